package org.village.ingest.edfi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An Ed-Fi XML interchange (Data Standard 5.x bulk interchanges such as InterchangeStudentAttendance), recognised by
 * its root element's namespace. Enrolments take their students' groups from the associations of the same interchange
 * (InterchangeStudentEnrollment holds both), grades their credits from the sections of the Master Schedule
 * interchanges beside them, each read through before the table's first row. Each record, a child of the root, is one row of the table for its element; the file
 * is read once when opened to learn which records it holds, then once per table read, always as a stream. DTDs and
 * external entities are refused: an interchange has none, and reading them would let a file reach outside itself.
 */
public final class EdFiInterchange implements EdFiFile {

    private static final String NAMESPACE = "http://ed-fi.org/";
    private static final String GRADES = "InterchangeStudentGrade";
    private static final String MASTER_SCHEDULE = "InterchangeMasterSchedule";
    private static final XMLInputFactory FACTORY = safeFactory();

    private final Path file;
    private final List<EdFiTable> tables = new ArrayList<>();
    /** The record kind each table reads, null for a table that is not used. */
    private final List<RecordKind> kinds = new ArrayList<>();
    /** The kinds whose companion records are sent, in this interchange or beside it. */
    private final Set<RecordKind> joined = EnumSet.noneOf(RecordKind.class);

    private EdFiInterchange(Path file, Map<String, Integer> recordCounts) {
        this.file = file;
        for (RecordKind kind : RecordKind.values()) {
            if (recordCounts.containsKey(kind.element())) {
                boolean withCompanion = Companion.serving(kind).map(c -> recordCounts.containsKey(c.element()))
                        .orElse(false) || kind == RecordKind.GRADE && !companions(file).isEmpty();
                if (withCompanion) {
                    joined.add(kind);
                }
                tables.add(EdFiTable.used(kind.element(), kind.columns(withCompanion).stream()
                        .map(RecordKind.Column::header).toList()));
                kinds.add(kind);
            }
        }
        for (Companion companion : Companion.values()) {
            if (recordCounts.containsKey(companion.element())
                    && !recordCounts.containsKey(companion.serves().element())) {
                tables.add(EdFiTable.notUsed(companion.element(), companion.alone()));
                kinds.add(null);
            }
        }
        Integer sections = recordCounts.get(RecordKind.SECTION_ATTENDANCE_ELEMENT);
        if (sections != null) {
            tables.add(EdFiTable.notUsed(RecordKind.SECTION_ATTENDANCE_ELEMENT,
                    RecordKind.SECTION_ATTENDANCE_REASON.formatted(sections)));
            kinds.add(null);
        }
        String others = recordCounts.entrySet().stream()
                .filter(e -> RecordKind.ofElement(e.getKey()).isEmpty() && Companion.ofElement(e.getKey()).isEmpty()
                        && !e.getKey().equals(RecordKind.SECTION_ATTENDANCE_ELEMENT))
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        if (!others.isEmpty()) {
            tables.add(EdFiTable.notUsed("Other records", "holds Ed-Fi records Village does not use (" + others
                    + "); it reads School, StudentSchoolAssociation, StudentSchoolAttendanceEvent, Grade, Session and "
                    + "GradingPeriod records, and with them StudentEducationOrganizationAssociation and Section "
                    + "records"));
            kinds.add(null);
        }
    }

    /** True when the file's root element is in an Ed-Fi namespace; false for other XML or a file that is not XML. */
    public static boolean isInterchange(Path file) {
        return root(file) != null;
    }

    /**
     * The interchanges beside this one whose companion records its table uses: a grades interchange
     * (InterchangeStudentGrade) reads the sections of the Master Schedule interchanges in its folder. The enrolments'
     * associations travel in their own interchange, so they need none.
     */
    static List<Path> companions(Path file) {
        if (!GRADES.equals(root(file))) {
            return List.of();
        }
        return siblings(file, MASTER_SCHEDULE);
    }

    /** True for a Master Schedule interchange with a grades interchange beside it, whose grades its sections serve. */
    static boolean servesAnother(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")
                && MASTER_SCHEDULE.equals(root(file)) && !siblings(file, GRADES).isEmpty();
    }

    private static List<Path> siblings(Path file, String root) {
        try (Stream<Path> files = Files.list(file.toAbsolutePath().getParent())) {
            return files.filter(other -> !other.equals(file.toAbsolutePath()) && Files.isRegularFile(other)
                    && other.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")
                    && root.equals(root(other))).sorted().toList();
        }
        catch (IOException e) {
            return List.of();
        }
    }

    /** The local name of the file's root element when it is in an Ed-Fi namespace, else null. */
    private static String root(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        String namespace = reader.getNamespaceURI();
                        return namespace != null && namespace.startsWith(NAMESPACE) ? reader.getLocalName() : null;
                    }
                }
                return null;
            }
            finally {
                reader.close();
            }
        }
        catch (IOException | XMLStreamException e) {
            return null;
        }
    }

    /** Reads the interchange through once to learn which records it holds. */
    public static EdFiInterchange open(Path file) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Records records = new Records(file, Set.of())) {
            for (String element = records.nextRecord(); element != null; element = records.nextRecord()) {
                counts.merge(element, 1, Integer::sum);
                records.skipRecord();
            }
        }
        if (counts.isEmpty()) {
            throw new EdFiProblem("is an Ed-Fi interchange with no records in it; export it again from the SIS");
        }
        return new EdFiInterchange(file, counts);
    }

    @Override
    public List<EdFiTable> tables() {
        return List.copyOf(tables);
    }

    @Override
    public EdFiRows open(int table) {
        RecordKind kind = kinds.get(table);
        if (kind == null) {
            return EdFiRows.NONE;
        }
        List<RecordKind.Column> columns = kind.columns(joined.contains(kind));
        Join join = !joined.contains(kind) ? Join.NONE : Join.of(kind, (companion, each) -> {
            List<Path> files = new ArrayList<>();
            files.add(file);
            files.addAll(companions(file));
            for (Path from : files) {
                try (Records records = new Records(from, companion.xmlNames())) {
                    for (String element = records.nextRecord(); element != null; element = records.nextRecord()) {
                        if (element.equals(companion.element())) {
                            each.accept(new XmlRecord(records.readRecord()));
                        } else {
                            records.skipRecord();
                        }
                    }
                }
                catch (EdFiProblem problem) {
                    throw from.equals(file) ? problem : new EdFiProblem("is read with " + from.getFileName()
                            + " beside it, which " + problem.getMessage(), problem);
                }
            }
        });
        Records records = new Records(file, kind.xmlNames());
        return new EdFiRows() {
            @Override
            public EdFiRow next() {
                for (String element = records.nextRecord(); element != null; element = records.nextRecord()) {
                    if (element.equals(kind.element())) {
                        int line = records.line();
                        XmlRecord record = new XmlRecord(records.readRecord());
                        String[] cells = new String[columns.size()];
                        for (int c = 0; c < cells.length; c++) {
                            cells[c] = record.first(columns.get(c));
                        }
                        join.fill(cells, record);
                        return new EdFiRow(line, cells);
                    }
                    records.skipRecord();
                }
                return null;
            }

            @Override
            public void close() {
                records.close();
            }
        };
    }

    /** A record's values by element local name, every occurrence in document order. */
    private record XmlRecord(Map<String, List<String>> found) implements EdFiRecord {

        @Override
        public String first(RecordKind.Column column) {
            for (String name : column.xmlNames()) {
                for (String value : found.getOrDefault(name, List.of())) {
                    if (!value.isBlank()) {
                        return column.cell(value);
                    }
                }
            }
            return column.cell(null);
        }

        @Override
        public List<String> all(RecordKind.Column column) {
            List<String> values = new ArrayList<>();
            for (String name : column.xmlNames()) {
                for (String value : found.getOrDefault(name, List.of())) {
                    if (!value.isBlank()) {
                        values.add(column.cell(value));
                    }
                }
            }
            return values;
        }

        @Override
        public boolean hasList(RecordKind.Column column) {
            return !all(column).isEmpty();
        }
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The records of an interchange, the root's children, streamed: each is read into its wanted values or skipped. */
    private static final class Records implements AutoCloseable {

        private final InputStream in;
        private final XMLStreamReader reader;
        private final Set<String> wanted;
        private int line;
        /** The root element has closed: there are no more records. */
        private boolean closed;

        Records(Path file, Set<String> wanted) {
            this.wanted = wanted;
            try {
                in = Files.newInputStream(file);
            }
            catch (IOException e) {
                throw new EdFiProblem("could not be read from the inbox folder; send it again", e);
            }
            try {
                reader = FACTORY.createXMLStreamReader(in);
                toRoot();
            }
            catch (XMLStreamException | RuntimeException e) {
                closeQuietly();
                throw damaged(e);
            }
        }

        private void toRoot() throws XMLStreamException {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new EdFiProblem("declares a DTD, which an Ed-Fi interchange never does; Village does not "
                            + "read it. Export the interchange again from the SIS");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return;
                }
            }
            throw new EdFiProblem("is an empty XML file; export it again from the SIS");
        }

        /** Moves to the next record and returns its element name, or null after the last one (and ever after). */
        String nextRecord() {
            if (closed) {
                return null;
            }
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        line = reader.getLocation().getLineNumber();
                        return reader.getLocalName();
                    }
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        finish();
                        closed = true;
                        return null;
                    }
                }
                throw new EdFiProblem("ends before its last record is closed: the file is cut short. Export it "
                        + "again from the SIS");
            }
            catch (XMLStreamException | RuntimeException e) {
                throw damaged(e);
            }
        }

        /** The root has closed: only comments and white space may follow. */
        private void finish() throws XMLStreamException {
            while (reader.hasNext()) {
                reader.next();
            }
        }

        int line() {
            return line;
        }

        void skipRecord() {
            readRecord(Set.of());
        }

        /**
         * Reads the current record to its end: the text of each wanted element, by local name, every occurrence. An
         * element holding one of the same name (a StudentCharacteristic's StudentCharacteristic descriptor) gives the
         * inner one's text.
         */
        Map<String, List<String>> readRecord() {
            return readRecord(wanted);
        }

        private Map<String, List<String>> readRecord(Set<String> names) {
            Map<String, List<String>> found = new HashMap<>();
            try {
                int depth = 1;
                String capturing = null;
                StringBuilder text = new StringBuilder();
                while (depth > 0) {
                    if (!reader.hasNext()) {
                        throw new EdFiProblem("ends in the middle of a record: the file is cut short. Export it "
                                + "again from the SIS");
                    }
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String name = reader.getLocalName();
                        if (capturing == null && names.contains(name)) {
                            capturing = name;
                            text.setLength(0);
                        }
                    }
                    else if (event == XMLStreamConstants.CHARACTERS && capturing != null) {
                        text.append(reader.getText());
                    }
                    else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        if (capturing != null && capturing.equals(reader.getLocalName())) {
                            found.computeIfAbsent(capturing, n -> new ArrayList<>(1)).add(text.toString().strip());
                            capturing = null;
                        }
                    }
                }
                return found;
            }
            catch (XMLStreamException | RuntimeException e) {
                throw damaged(e);
            }
        }

        /** A problem in the XML, said plainly; the parser's own words name the character or tag it stopped at. */
        private EdFiProblem damaged(Exception e) {
            if (e instanceof EdFiProblem problem) {
                return problem;
            }
            String detail = e.getMessage() == null ? "" : e.getMessage();
            int message = detail.indexOf("Message: ");
            if (message >= 0) {
                detail = detail.substring(message + "Message: ".length());
            }
            Location location = e instanceof XMLStreamException x ? x.getLocation() : null;
            String where = location != null && location.getLineNumber() > 0 ? " near line "
                    + location.getLineNumber() : "";
            return new EdFiProblem("is damaged" + where + ": it is not well-formed XML (" + detail.strip()
                    + "). The file may be cut short or hold a stray control character; export it again from the SIS",
                    e);
        }

        @Override
        public void close() {
            closeQuietly();
        }

        private void closeQuietly() {
            try {
                if (reader != null) {
                    reader.close();
                }
            }
            catch (XMLStreamException ignored) {
                // The stream below is closed next; nothing more can be released.
            }
            try {
                in.close();
            }
            catch (IOException ignored) {
                // Closing a file only read from cannot lose anything.
            }
        }
    }
}
