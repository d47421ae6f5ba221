package org.minsheng.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Excel on a Chinese Windows opens it without mojibake: UTF-8 with a BOM, RFC 4180 quoting,
 * CRLF. A text cell that a spreadsheet would take for a formula (= + - @ tab CR) gets a leading
 * apostrophe, so a district name or a reason typed by a user cannot run in the reader's Excel.
 */
final class CsvTables {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTables() {
    }

    static byte[] write(Table table) {
        var out = new StringBuilder();
        line(out, List.of(table.title()));
        line(out, table.columns().stream().map(Table.Column::header).map(h -> (Object) h).toList());
        for (var row : table.rows()) {
            var fields = new ArrayList<Object>();
            for (int c = 0; c < row.size(); c++) {
                fields.add(text(row.get(c), table.columns().get(c).scale()));
            }
            line(out, fields);
        }
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static Object text(Object value, Integer scale) {
        if (value instanceof BigDecimal number) {
            return new Number(scale == null ? number.toPlainString()
                    : number.setScale(scale, RoundingMode.HALF_UP).toPlainString());
        }
        if (value instanceof Long || value instanceof Integer) {
            return new Number(value.toString());
        }
        return value == null ? "" : value.toString();
    }

    /** A number is written as is: a negative number is not a formula. */
    private record Number(String text) {
    }

    private static void line(StringBuilder out, List<Object> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            var field = fields.get(i);
            out.append(field instanceof Number n ? n.text() : quote(neutralise(String.valueOf(field))));
        }
        out.append("\r\n");
    }

    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
