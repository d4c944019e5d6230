package org.village.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * A CSV file written record by record. Fields holding the delimiter, a quote or a line break are quoted (RFC 4180).
 * Text the file's encoding cannot hold is written the way a Windows export does it: accents kept where the code page
 * has the letter, dropped where it has not ("Nguyễn" becomes "Nguyen" in Windows-1252).
 */
final class CsvFile implements TableFile, SheetRows {

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final CsvDialect dialect;
    private final CharsetEncoder encodable;
    private final Writer out;
    private final StringBuilder record = new StringBuilder(128);
    private boolean started;
    /** Lines finished so far; a quoted field with line breaks makes one record several lines. */
    private int lines;
    private int lastRecordLine;
    private RecordCells open;

    CsvFile(Path file, CsvDialect dialect) throws IOException {
        this.file = file;
        this.dialect = dialect;
        this.encodable = dialect.charset().newEncoder();
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream bytes = Files.newOutputStream(file);
        // An encoder that reports unmappable text, so a character that slipped past fold() fails loudly.
        this.out = new BufferedWriter(new OutputStreamWriter(bytes, dialect.charset().newEncoder()), BUFFER);
        if (dialect.byteOrderMark()) {
            out.write('\uFEFF');
        }
    }

    @Override
    public SheetRows sheet(String name) {
        if (started) {
            throw new IllegalStateException("A CSV file holds one table: " + file);
        }
        started = true;
        return this;
    }

    @Override
    public Cells row() {
        flushRecord();
        lastRecordLine = lines + 1;
        open = new RecordCells();
        return open;
    }

    @Override
    public void skipRow() {
        flushRecord();
        write(dialect.lineEnd());
        lines++;
    }

    @Override
    public int lastRowNumber() {
        return lastRecordLine;
    }

    @Override
    public void close() throws IOException {
        flushRecord();
        out.close();
    }

    private void flushRecord() {
        if (open != null) {
            record.append(dialect.lineEnd());
            write(record.toString());
            lines++;
            record.setLength(0);
            open = null;
        }
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not write " + file, e);
        }
    }

    private String fold(String text) {
        if (encodable.canEncode(text)) {
            return text;
        }
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String letter = Character.toString(c);
            if (encodable.canEncode(letter)) {
                folded.append(letter);
                return;
            }
            // The base letter of a letter the code page lacks ("ễ" is e with two marks), else a question mark.
            String base = switch (c) {
                case 'Đ' -> "D";
                case 'đ' -> "d";
                case 'ı' -> "i";
                default -> Normalizer.normalize(letter, Normalizer.Form.NFD).substring(0, 1);
            };
            folded.append(encodable.canEncode(base) ? base : "?");
        });
        return folded.toString();
    }

    private final class RecordCells implements Cells {

        private boolean first = true;

        private Cells field(String value) {
            if (!first) {
                record.append(dialect.delimiter());
            }
            first = false;
            String text = fold(value);
            if (text.indexOf(dialect.delimiter()) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                record.append('"').append(text.replace("\"", "\"\"")).append('"');
                lines += (int) text.chars().filter(ch -> ch == '\n').count();
            } else {
                record.append(text);
            }
            return this;
        }

        @Override
        public Cells text(String value) {
            return field(value);
        }

        @Override
        public Cells number(long value) {
            return field(Long.toString(value));
        }

        @Override
        public Cells decimal(double value) {
            return field(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString());
        }

        @Override
        public Cells date(LocalDate value, DateStyle style) {
            return field(style == DateStyle.EXCEL_SERIAL ? Long.toString(DateStyle.serial(value))
                    : style.format(value));
        }

        @Override
        public Cells blank(int count) {
            for (int i = 0; i < count; i++) {
                field("");
            }
            return this;
        }
    }
}
