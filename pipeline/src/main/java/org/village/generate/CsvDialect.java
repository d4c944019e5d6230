package org.village.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file is written: delimiter, encoding, whether it opens with a byte-order mark, and its line ending.
 * Windows programs (Excel's "CSV UTF-8", older SIS exports in the ANSI code page) write CRLF; Unix tools write LF.
 */
record CsvDialect(char delimiter, Charset charset, boolean byteOrderMark, String lineEnd) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What a database or Unix tool writes. */
    static final CsvDialect UTF8_LF = new CsvDialect(',', StandardCharsets.UTF_8, false, "\n");
    /** Excel's "CSV UTF-8 (Comma delimited)". */
    static final CsvDialect UTF8_BOM_CRLF = new CsvDialect(',', StandardCharsets.UTF_8, true, "\r\n");
    /** A Windows export in the ANSI code page, with semicolons as where the list separator is set so. */
    static final CsvDialect WINDOWS_1252_SEMICOLON = new CsvDialect(';', WINDOWS_1252, false, "\r\n");
    /** A Windows export in UTF-8 without a byte-order mark. */
    static final CsvDialect UTF8_CRLF = new CsvDialect(',', StandardCharsets.UTF_8, false, "\r\n");
}
