package org.village.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The report templates a district edits: {@code theme.yml}, one {@code <report>.yml} per report and the wording in
 * {@code messages_<language>.properties}. Each file is read from the district's folder when it is there, and
 * otherwise from the copy packaged in the jar, so a district overrides only what it changes and {@code java -jar}
 * works from any folder. Read once per run; immutable afterwards, so any number of threads may render with it.
 */
public final class ReportTemplates {

    static final String PACKAGED = "/report-templates/";

    private final Theme theme;
    private final Messages messages;
    private final Map<ReportKind, ReportTemplate> templates;

    private ReportTemplates(Theme theme, Messages messages, Map<ReportKind, ReportTemplate> templates) {
        this.theme = theme;
        this.messages = messages;
        this.templates = templates;
    }

    /**
     * @param folder the district's templates; {@code null} or a missing folder means the packaged ones
     * @param language {@code en} or {@code es}, or any language a {@code messages_<language>.properties} exists for
     */
    public static ReportTemplates load(Path folder, String language) {
        Source source = new Source(folder);
        Map<ReportKind, ReportTemplate> templates = new EnumMap<>(ReportKind.class);
        for (ReportKind kind : ReportKind.values()) {
            templates.put(kind, template(source, kind.templateName() + ".yml"));
        }
        return new ReportTemplates(theme(source), messages(source, language), templates);
    }

    public Theme theme() {
        return theme;
    }

    public Messages messages() {
        return messages;
    }

    public ReportTemplate template(ReportKind kind) {
        return templates.get(kind);
    }

    private static ReportTemplate template(Source source, String file) {
        Map<String, Object> yaml = source.yaml(file);
        Object title = yaml.get("title");
        Object sections = yaml.get("sections");
        if (!(title instanceof String) || !(sections instanceof List<?> list) || list.isEmpty()) {
            throw source.problem(file, "needs a 'title' (a message key) and a list of 'sections'");
        }
        List<ReportTemplate.Section> parsed = new ArrayList<>();
        for (Object entry : list) {
            ReportTemplate.Section section = section(entry);
            if (section == null || !ReportSections.NAMES.contains(section.name())) {
                throw source.problem(file, "has an unknown section '" + entry + "'; the sections are "
                        + String.join(", ", ReportSections.NAMES));
            }
            parsed.add(section);
        }
        return new ReportTemplate((String) title, parsed);
    }

    /** {@code - trend} or {@code - scorecard: {heading: school.scorecard}}. */
    private static ReportTemplate.Section section(Object entry) {
        if (entry instanceof String name) {
            return new ReportTemplate.Section(name.strip(), Map.of());
        }
        if (entry instanceof Map<?, ?> map && map.size() == 1) {
            Map.Entry<?, ?> only = map.entrySet().iterator().next();
            Map<String, String> options = new LinkedHashMap<>();
            if (only.getValue() instanceof Map<?, ?> values) {
                values.forEach((k, v) -> options.put(String.valueOf(k), String.valueOf(v)));
            }
            return new ReportTemplate.Section(String.valueOf(only.getKey()).strip(), options);
        }
        return null;
    }

    private static Theme theme(Source source) {
        String file = "theme.yml";
        Map<String, Object> yaml = source.yaml(file);
        Object font = yaml.get("font");
        Typeface typeface = font == null ? Typeface.standard() : Typeface.named(String.valueOf(font))
                .orElseThrow(() -> source.problem(file, "asks for font '" + font + "'; write one of the fonts Village "
                        + "ships: " + String.join(", ", Typeface.names())));
        Map<?, ?> colours = yaml.get("colours") instanceof Map<?, ?> map ? map : Map.of();
        byte[] logo = null;
        if (yaml.get("logo") instanceof String name && !name.isBlank()) {
            logo = source.bytes(name.strip());
        }
        Object name = yaml.get("district-name");
        return new Theme(name == null ? "" : String.valueOf(name).strip(), logo,
                colour(source, file, colours, "primary", "#0072B2"), colour(source, file, colours, "accent", "#E69F00"),
                typeface);
    }

    private static Color colour(Source source, String file, Map<?, ?> colours, String name, String fallback) {
        String value = String.valueOf(colours.containsKey(name) ? colours.get(name) : fallback).strip();
        if (!value.matches("#[0-9A-Fa-f]{6}")) {
            throw source.problem(file, "has colour " + name + " '" + value + "'; write it as #RRGGBB, e.g. #0072B2");
        }
        return new Color(Integer.parseInt(value.substring(1), 16));
    }

    private static Messages messages(Source source, String language) {
        String file = "messages_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = source.open(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read report template " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key).strip()));
        return new Messages(Locale.forLanguageTag(language), texts);
    }

    /** A district's folder first, the packaged copy second. */
    private record Source(Path folder) {

        InputStream open(String file) throws IOException {
            if (folder != null && Files.isRegularFile(folder.resolve(file))) {
                return Files.newInputStream(folder.resolve(file));
            }
            InputStream packaged = ReportTemplates.class.getResourceAsStream(PACKAGED + file);
            if (packaged == null) {
                throw new IllegalArgumentException("There is no report template " + file + " in "
                        + (folder == null ? "the jar" : folder + " or in the jar")
                        + "; for a language, copy messages_en.properties and translate it");
            }
            return packaged;
        }

        byte[] bytes(String file) {
            try (InputStream in = open(file)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read report template " + file + ": " + e.getMessage(), e);
            }
        }

        Map<String, Object> yaml(String file) {
            try (InputStream in = open(file)) {
                Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                if (parsed instanceof Map<?, ?> map) {
                    Map<String, Object> result = new LinkedHashMap<>();
                    map.forEach((k, v) -> result.put(String.valueOf(k), v));
                    return result;
                }
                throw problem(file, "should hold 'name: value' lines at its top level");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read report template " + file + ": " + e.getMessage(), e);
            } catch (YAMLException e) {
                throw problem(file, "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }

        IllegalArgumentException problem(String file, String what) {
            return new IllegalArgumentException("Report template " + file + " " + what);
        }
    }
}
