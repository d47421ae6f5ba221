package org.minsheng.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.base.RefusedException;

/**
 * CSV as Chinese offices produce it: UTF-8 with or without BOM from modern tools, GB18030/GBK from
 * Excel's "CSV" on a Chinese Windows. The encoding is decided, never guessed per character, so a
 * file is either read right or not at all: a BOM means UTF-8; bytes that decode as strict UTF-8 are
 * UTF-8 (GBK text almost never does); anything else is GB18030, a superset of GBK.
 */
final class CsvReader {

    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvReader() {
    }

    static List<RawRow> read(byte[] bytes, String sheet) {
        return parse(decode(bytes), sheet);
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException neither) {
                throw new RefusedException("import.error.encoding");
            }
        }
    }

    /** RFC 4180: commas, double quotes around fields, "" for a quote inside, CRLF or LF between records. */
    static List<RawRow> parse(String text, String sheet) {
        var rows = new ArrayList<RawRow>();
        var cells = new ArrayList<RawRow.RawCell>();
        var field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell(field));
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell(field));
                rows.add(new RawRow(sheet, recordLine, List.copyOf(cells)));
                limit(rows.size());
                cells.clear();
                field.setLength(0);
                recordLine = ++line;
            } else {
                field.append(c);
            }
            if (field.length() > ImportLimits.MAX_CELL_CHARS) {
                throw new RefusedException("import.error.cellTooLong", sheet, recordLine, ImportLimits.MAX_CELL_CHARS);
            }
        }
        if (quoted) {
            throw new RefusedException("import.error.csvQuote", recordLine);
        }
        if (!field.isEmpty() || !cells.isEmpty()) {
            cells.add(cell(field));
            rows.add(new RawRow(sheet, recordLine, List.copyOf(cells)));
        }
        return rows;
    }

    private static void limit(int rows) {
        if (rows > ImportLimits.MAX_ROWS + 10) {
            throw new RefusedException("import.error.tooManyRows", ImportLimits.MAX_ROWS);
        }
    }

    /** A CSV has no formulas, but a spreadsheet would evaluate "=…", so such a value is treated as one. */
    private static RawRow.RawCell cell(StringBuilder field) {
        var text = field.toString();
        var kind = text.strip().startsWith("=") ? RawRow.Kind.FORMULA : RawRow.Kind.TEXT;
        return new RawRow.RawCell(text, kind);
    }
}
