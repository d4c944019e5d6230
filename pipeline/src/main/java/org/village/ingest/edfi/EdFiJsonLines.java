package org.village.ingest.edfi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Ed-Fi API resource as JSON Lines, as Ed-Fi's bulk tools write it: one JSON object per line, in the API's shape
 * (Data Standard 5.x, camelCase names, references as nested objects, descriptors as URIs). The file's name says which
 * resource it holds ({@code studentSchoolAttendanceEvents.jsonl}, or any name ending so, such as
 * {@code 0101-2025-10-studentSchoolAttendanceEvents.ndjson}). Lines are parsed one at a time.
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

    private EdFiJsonLines(Path file, RecordKind kind, EdFiTable table) {
        this.file = file;
        this.kind = kind;
        this.table = table;
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
            return RecordKind.ofFileStem(stem).isPresent()
                    || NOT_USED.keySet().stream().anyMatch(r -> RecordKind.namesResource(stem, r));
        }
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    public static EdFiJsonLines open(Path file) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        Optional<RecordKind> kind = RecordKind.ofFileStem(stem);
        if (kind.isPresent()) {
            return new EdFiJsonLines(file, kind.get(), EdFiTable.used(kind.get().resource(), kind.get().header()));
        }
        for (Map.Entry<String, String> other : NOT_USED.entrySet()) {
            if (RecordKind.namesResource(stem, other.getKey())) {
                return new EdFiJsonLines(file, null, EdFiTable.notUsed(other.getKey(), other.getValue()));
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
        BufferedReader reader;
        try {
            reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
        }
        catch (IOException e) {
            throw new EdFiProblem("could not be read from the inbox folder; send it again", e);
        }
        return new Lines(reader, kind);
    }

    private static final class Lines implements EdFiRows {

        private final BufferedReader reader;
        private final RecordKind kind;
        private int line;

        Lines(BufferedReader reader, RecordKind kind) {
            this.reader = reader;
            this.kind = kind;
        }

        @Override
        public EdFiRow next() {
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
            JsonNode record = parse(text);
            String[] cells = new String[kind.columns().size()];
            for (int c = 0; c < cells.length; c++) {
                RecordKind.Column column = kind.columns().get(c);
                String found = null;
                for (String[] path : column.jsonPaths()) {
                    found = value(record, path);
                    if (found != null) {
                        break;
                    }
                }
                cells[c] = column.cell(found);
            }
            return new EdFiRow(line, cells);
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

        /** The text at a path, or null where the path leads nowhere or to an empty value. */
        private static String value(JsonNode record, String[] path) {
            JsonNode node = record;
            for (String step : path) {
                node = Character.isDigit(step.charAt(0)) ? node.path(Integer.parseInt(step)) : node.path(step);
            }
            if (node.isMissingNode() || node.isNull() || !node.isValueNode()) {
                return null;
            }
            String text = node.isNumber() && !node.isIntegralNumber()
                    ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asString();
            return text.isBlank() ? null : text;
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
