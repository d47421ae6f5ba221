package org.minsheng.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel on a Chinese Windows opens it without mojibake: UTF-8 with a BOM, RFC 4180 quoting,
 * CRLF. A text cell that a spreadsheet would take for a formula (= + - @ tab CR) gets a leading
 * apostrophe, so a district name or a reason typed by a user cannot run in the reader's Excel.
 */
final class CsvTables {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** RFC 4180 with CRLF; Commons CSV quotes a field only where a reader needs it. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvTables() {}

    /** For a person opening it in Excel: the title line saying what and as of when, then the header. */
    static byte[] write(Table table) {
        return withBom(text(table, true));
    }

    /**
     * For machines (open data): the header is the first row, as a CSV reader takes it, with no title
     * line above it; what the title says (year, unit, edition) is in the file's columns and name.
     */
    static byte[] data(Table table) {
        return withBom(text(table, false));
    }

    /** As {@link #data(Table)}, in another encoding (GB18030 for older Chinese software), which carries no BOM. */
    static byte[] data(Table table, Charset charset) {
        return text(table, false).getBytes(charset);
    }

    private static byte[] withBom(String text) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static String text(Table table, boolean titleLine) {
        var out = new StringBuilder();
        try (var printer = new CSVPrinter(out, FORMAT)) {
            if (titleLine) {
                printer.printRecord(neutralise(table.title()));
            }
            printer.printRecord(table.columns().stream().map(column -> neutralise(column.header())));
            for (var row : table.rows()) {
                var fields = new ArrayList<String>();
                for (int c = 0; c < row.size(); c++) {
                    fields.add(text(row.get(c), table.columns().get(c).scale()));
                }
                printer.printRecord(fields);
            }
            for (var footnote : table.footnotes()) {
                printer.printRecord(neutralise(footnote));
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * A number is written as is (a negative number is not a formula), a revised one too: 「4†」 would be
     * text to a spreadsheet, which then no longer sums the column; the title and the 修订说明 below the
     * table name the revised cells. Any other value is neutralised.
     */
    private static String text(Object value, Integer scale) {
        if (value instanceof Table.Revised revised) {
            return text(revised.value(), scale);
        }
        if (value instanceof BigDecimal number) {
            return scale == null
                    ? number.toPlainString()
                    : number.setScale(scale, RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        return neutralise(value == null ? "" : value.toString());
    }

    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
