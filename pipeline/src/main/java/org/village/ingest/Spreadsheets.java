package org.village.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.village.ingest.edfi.EdFiInterchange;
import org.village.ingest.edfi.EdFiJsonLines;
import org.village.ingest.oneroster.OneRosterBundle;

/**
 * Opens a file as a {@link Spreadsheet}. The name decides which inbox files are spreadsheets at all; the first bytes
 * decide how one is read, because the name is often wrong: web exports save CSV text as {@code .xls}, people rename
 * an {@code .xlsx} to {@code .xls}, and an encrypted {@code .xlsx} is really an OLE2 file. Ed-Fi files are the
 * exception: JSON Lines are known by their name, an XML interchange by its root element's Ed-Fi namespace.
 */
final class Spreadsheets {

    /**
     * What the inbox offers: the formats Village reads (tab-delimited exports often come as .txt or .tsv), and
     * spreadsheet formats it does not read, which are registered so the data manager hears why they were not used
     * rather than finding them silently ignored.
     */
    private static final String[] EXTENSIONS = { ".xlsx", ".xlsm", ".xls", ".csv", ".tsv", ".txt", ".ods", ".xlsb",
        ".xml", ".numbers" };
    /** An OpenDocument file is a zip whose first entry, stored uncompressed, is its media type. */
    private static final String OPEN_DOCUMENT = "mimetypeapplication/vnd.oasis.opendocument";
    private static final int HEAD = 128;

    private Spreadsheets() {
    }

    static boolean isSpreadsheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("~$")) {
            return false;
        }
        for (String extension : EXTENSIONS) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return EdFiJsonLines.isJsonLines(file);
    }

    static Spreadsheet open(Path file) {
        if (OneRosterBundle.isBundle(file)) {
            return OneRosterSpreadsheet.open(file);
        }
        if (EdFiJsonLines.isJsonLines(file)) {
            return EdFiSpreadsheet.jsonLines(file);
        }
        byte[] head = head(file);
        FileMagic magic = FileMagic.valueOf(head);
        if ((magic == FileMagic.XML || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                && EdFiInterchange.isInterchange(file)) {
            return EdFiSpreadsheet.interchange(file);
        }
        return switch (magic) {
            case OLE2 -> XlsWorkbook.open(file);
            case OOXML -> {
                if (new String(head, StandardCharsets.ISO_8859_1).contains(OPEN_DOCUMENT)) {
                    throw new SpreadsheetProblem("is an OpenDocument spreadsheet (.ods), which Village does not read; "
                            + "open it in LibreOffice or Excel and save it as .xlsx");
                }
                yield XlsxWorkbook.open(file);
            }
            case BIFF2, BIFF3, BIFF4 -> throw new SpreadsheetProblem(XlsWorkbook.OLD_EXCEL);
            case XML -> throw new SpreadsheetProblem("is an XML file (such as an Excel 2003 XML spreadsheet), which "
                    + "Village does not read; open it in Excel and save it as .xlsx");
            case HTML -> throw new SpreadsheetProblem("is a web page saved under a spreadsheet name; open it in Excel "
                    + "and save it as .xlsx");
            case PDF -> throw new SpreadsheetProblem("is a PDF, not a spreadsheet; send the spreadsheet the PDF was "
                    + "made from, as .xlsx, .xls or .csv");
            default -> CsvFile.open(file);
        };
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
        catch (IOException e) {
            throw new SpreadsheetProblem("could not be read from the inbox folder; send it again", e);
        }
    }
}
