package org.village.ingest.edfi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Ed-Fi API resource as JSON Lines, as Ed-Fi's bulk tools write it: one JSON object per line, in the API's shape
 * (Data Standard 5.x, camelCase names, references as nested objects, descriptors as URIs). The file's name says which
 * resource it holds ({@code studentSchoolAttendanceEvents.jsonl}, or any name ending so, such as
 * {@code 0101-2025-10-studentSchoolAttendanceEvents.ndjson}). Lines are parsed one at a time. Enrolments and grades
 * take their students' groups and credits from the associations and sections files beside them, named alike, read
 * through before the first row.
 */
public final class EdFiJsonLines implements EdFiFile {

    private static final List<String> EXTENSIONS = List.of(".jsonl", ".ndjson");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Ed-Fi resources that arrive beside the ones Village loads, and why they are not used. */
    private static final Map<String, String> NOT_USED = Map.ofEntries(
            Map.entry(RecordKind.SECTION_ATTENDANCE_RESOURCE, "holds attendance per class period (Ed-Fi "
                    + "studentSectionAttendanceEvents), not a student's daily status, so it is not used: Village "
                    + "counts school days from daily attendance (studentSchoolAttendanceEvents)"),
            Map.entry("calendarDates", "holds Ed-Fi calendar dates, which Village does not use: school days are the "
                    + "days the daily attendance records"),
            Map.entry("calendars", "holds Ed-Fi calendars, which Village does not use: school days are the days the "
                    + "daily attendance records"),
            Map.entry("students", "holds Ed-Fi student records (names, birth data), which Village neither needs nor "
                    + "reads: students come from enrolments (studentSchoolAssociations)"),
            Map.entry("studentSectionAssociations", "holds Ed-Fi class enrolments, which Village does not use: "
                    + "students come from school enrolments (studentSchoolAssociations)"));

    private final Path file;
    private final RecordKind kind;
    private final EdFiTable table;
    /** The file beside this one whose records fill some of its columns, if any. */
    private final Optional<Path> companion;

    private EdFiJsonLines(Path file, RecordKind kind, EdFiTable table, Optional<Path> companion) {
        this.file = file;
        this.kind = kind;
        this.table = table;
        this.companion = companion;
    }

    /**
     * The file beside this one that holds the companion's records, named alike: {@code sections.jsonl} beside
     * {@code grades.jsonl}, {@code 0101-sections.jsonl} beside {@code 0101-grades.jsonl} (else the folder's
     * {@code sections.jsonl}); empty where there is none or the file holds no kind a companion serves.
     */
    static Optional<Path> companion(Path file) {
        String stem = stem(file);
        Optional<RecordKind> kind = RecordKind.ofFileStem(stem);
        Optional<Companion> companion = kind.flatMap(Companion::serving);
        if (companion.isEmpty()) {
            return Optional.empty();
        }
        String prefix = stem.substring(0, stem.length() - kind.get().resource().length());
        Optional<Path> alike = sibling(file, prefix + companion.get().resource());
        return alike.isPresent() || prefix.isEmpty() ? alike : sibling(file, companion.get().resource());
    }

    /** True for a companion's file (sections, associations) that a file beside it reads. */
    static boolean servesAnother(Path file) {
        if (!isJsonLines(file)) {
            return false;
        }
        Optional<Companion> companion = Companion.ofFileStem(stem(file));
        if (companion.isEmpty()) {
            return false;
        }
        try (Stream<Path> siblings = Files.list(file.toAbsolutePath().getParent())) {
            return siblings.filter(EdFiJsonLines::isJsonLines)
                    .filter(other -> RecordKind.namesResource(stem(other), companion.get().serves().resource()))
                    .anyMatch(other -> companion(other).map(c -> c.equals(file.toAbsolutePath())).orElse(false));
        }
        catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> sibling(Path file, String wantedStem) {
        try (Stream<Path> siblings = Files.list(file.toAbsolutePath().getParent())) {
            return siblings.filter(Files::isRegularFile).filter(EdFiJsonLines::isJsonLines)
                    .filter(other -> stem(other).equalsIgnoreCase(wantedStem)).sorted().findFirst();
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * True for the names JSON Lines files go by; a plain {@code .json} file only where its name names an Ed-Fi
     * resource, since other JSON (a settings file, say) may sit beside the data.
     */
    public static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            String stem = name.substring(0, name.length() - ".json".length());
            return RecordKind.ofFileStem(stem).isPresent() || Companion.ofFileStem(stem).isPresent()
                    || NOT_USED.keySet().stream().anyMatch(r -> RecordKind.namesResource(stem, r));
        }
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    public static EdFiJsonLines open(Path file) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        Optional<RecordKind> kind = RecordKind.ofFileStem(stem);
        if (kind.isPresent()) {
            Optional<Path> companion = companion(file);
            return new EdFiJsonLines(file, kind.get(), EdFiTable.used(kind.get().resource(),
                    kind.get().columns(companion.isPresent()).stream().map(RecordKind.Column::header).toList()),
                    companion);
        }
        Optional<Companion> companion = Companion.ofFileStem(stem);
        if (companion.isPresent()) {
            return new EdFiJsonLines(file, null, EdFiTable.notUsed(companion.get().resource(),
                    companion.get().alone()), Optional.empty());
        }
        for (Map.Entry<String, String> other : NOT_USED.entrySet()) {
            if (RecordKind.namesResource(stem, other.getKey())) {
                return new EdFiJsonLines(file, null, EdFiTable.notUsed(other.getKey(), other.getValue()),
                        Optional.empty());
            }
        }
        throw new EdFiProblem("is a JSON file whose name names no Ed-Fi resource Village reads; Village reads "
                + "Ed-Fi JSON Lines, one resource per file named after it (" + String.join(", ",
                        RecordKind.resources()) + "), e.g. studentSchoolAttendanceEvents.jsonl");
    }

    @Override
    public List<EdFiTable> tables() {
        return List.of(table);
    }

    @Override
    public EdFiRows open(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException(index);
        }
        if (kind == null) {
            return EdFiRows.NONE;
        }
        if (companion.isEmpty()) {
            return new Lines(reader(file), kind.columns(false), Join.NONE);
        }
        return new Lines(reader(file), kind.columns(true), Join.of(kind, (which, each) -> companion.ifPresent(
                other -> {
                    try (Lines lines = new Lines(reader(other), List.of(), Join.NONE)) {
                        for (JsonRecord record = lines.nextRecord(); record != null; record = lines.nextRecord()) {
                            each.accept(record);
                        }
                    }
                    catch (EdFiProblem problem) {
                        throw new EdFiProblem("is read with " + other.getFileName() + " beside it, which "
                                + problem.getMessage(), problem);
                    }
                })));
    }

    private static BufferedReader reader(Path file) {
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
        }
        catch (IOException e) {
            throw new EdFiProblem("could not be read from the inbox folder; send it again", e);
        }
    }

    /** A record's values found by JSON path; a path step {@code *} takes every item of an array. */
    private record JsonRecord(JsonNode node) implements EdFiRecord {

        @Override
        public String first(RecordKind.Column column) {
            for (String[] path : column.jsonPaths()) {
                List<String> found = new ArrayList<>();
                values(node, path, 0, found);
                if (!found.isEmpty()) {
                    return column.cell(found.get(0));
                }
            }
            return column.cell(null);
        }

        @Override
        public List<String> all(RecordKind.Column column) {
            List<String> found = new ArrayList<>();
            for (String[] path : column.jsonPaths()) {
                values(node, path, 0, found);
            }
            return found.stream().map(column::cell).toList();
        }

        @Override
        public boolean hasList(RecordKind.Column column) {
            for (String[] path : column.jsonPaths()) {
                JsonNode at = node;
                for (int step = 0; step < path.length && !path[step].equals("*"); step++) {
                    at = at.path(path[step]);
                }
                if (at.isArray()) {
                    return true;
                }
            }
            return false;
        }

        /** The texts at a path, leaving out where it leads nowhere or to an empty value. */
        private static void values(JsonNode node, String[] path, int step, List<String> found) {
            if (step == path.length) {
                if (!node.isMissingNode() && !node.isNull() && node.isValueNode()) {
                    String text = node.isNumber() && !node.isIntegralNumber()
                            ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asString();
                    if (!text.isBlank()) {
                        found.add(text);
                    }
                }
                return;
            }
            String name = path[step];
            if (name.equals("*")) {
                for (JsonNode item : node) {
                    values(item, path, step + 1, found);
                }
            } else {
                values(Character.isDigit(name.charAt(0)) ? node.path(Integer.parseInt(name)) : node.path(name), path,
                        step + 1, found);
            }
        }
    }

    private static final class Lines implements EdFiRows {

        private final BufferedReader reader;
        private final List<RecordKind.Column> columns;
        private final Join join;
        private int line;

        Lines(BufferedReader reader, List<RecordKind.Column> columns, Join join) {
            this.reader = reader;
            this.columns = columns;
            this.join = join;
        }

        @Override
        public EdFiRow next() {
            JsonRecord record = nextRecord();
            if (record == null) {
                return null;
            }
            String[] cells = new String[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = record.first(columns.get(c));
            }
            join.fill(cells, record);
            return new EdFiRow(line, cells);
        }

        /** The next line's object, or null at the end. */
        JsonRecord nextRecord() {
            String text;
            do {
                text = readLine();
                if (text == null) {
                    return null;
                }
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
            }
            while (text.isBlank());
            return new JsonRecord(parse(text));
        }

        private String readLine() {
            try {
                return reader.readLine();
            }
            catch (CharacterCodingException e) {
                throw new EdFiProblem("is not UTF-8 text after line " + line + "; Ed-Fi JSON is always UTF-8. "
                        + "Export it again from the Ed-Fi API", e);
            }
            catch (IOException e) {
                throw new EdFiProblem("could not be read past line " + line + "; send it again", e);
            }
        }

        private JsonNode parse(String text) {
            if (line == 1 && text.strip().startsWith("[")) {
                throw new EdFiProblem("holds a JSON array; Village reads Ed-Fi JSON Lines, one JSON object per "
                        + "line, as the Ed-Fi bulk tools write them");
            }
            try {
                JsonNode record = JSON.readTree(text);
                if (record == null || !record.isObject()) {
                    throw new EdFiProblem("has a line " + line + " that is not a JSON object; JSON Lines hold one "
                            + "object per line. Export it again from the Ed-Fi API");
                }
                return record;
            }
            catch (JacksonException e) {
                throw new EdFiProblem("has a line " + line + " that is not a complete JSON object (the file may be "
                        + "cut short, or hold JSON spread over several lines); JSON Lines hold one object per line. "
                        + "Export it again from the Ed-Fi API", e);
            }
        }

        @Override
        public void close() {
            try {
                reader.close();
            }
            catch (IOException ignored) {
                // Closing a file only read from cannot lose anything.
            }
        }
    }
}
