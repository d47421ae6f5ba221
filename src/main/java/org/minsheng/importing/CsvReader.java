package org.minsheng.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.minsheng.base.RefusedException;

/**
 * CSV as Chinese offices produce it: UTF-8 with or without BOM from modern tools, GB18030/GBK from
 * Excel's "CSV" on a Chinese Windows. The encoding is decided, never guessed per character, so a
 * file is either read right or not at all: a BOM means UTF-8; bytes that decode as strict UTF-8 are
 * UTF-8 (GBK text almost never does); anything else is GB18030, a superset of GBK.
 */
final class CsvReader {

    static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * RFC 4180 as Commons CSV reads it: commas, double quotes around fields, "" for a quote inside,
     * CRLF, LF or a lone CR between records. A blank line is a row (the spreadsheet shows it), and
     * text after a closing quote belongs to the field, as in Excel, rather than failing the file.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .setLenientEof(false)
            .get();

    private CsvReader() {}

    static List<RawRow> read(byte[] bytes, String sheet) {
        return parse(decode(bytes), sheet);
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return GB18030.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException neither) {
                throw new RefusedException("import.error.encoding");
            }
        }
    }

    static List<RawRow> parse(String text, String sheet) {
        var rows = new ArrayList<RawRow>();
        // the line a record starts on, as the spreadsheet numbers it: one more per record, plus the
        // line breaks inside its quoted cells (a CSV has no other place for them)
        int line = 1;
        try (var parser = CSVParser.parse(text, FORMAT)) {
            for (var record : parser) {
                var cells = new ArrayList<RawRow.RawCell>(record.size());
                int breaks = 0;
                for (var value : record) {
                    cells.add(
                            value.length() > ImportLimits.MAX_CELL_CHARS ? RawRow.RawCell.tooLong(value) : cell(value));
                    breaks += lineFeeds(value);
                }
                rows.add(new RawRow(sheet, line, List.copyOf(cells)));
                limit(rows.size());
                line += 1 + breaks;
            }
        } catch (UncheckedIOException | IOException unclosedQuote) {
            // with trailing data allowed, the only malformed RFC 4180 is a quote left open at the end
            throw new RefusedException("import.error.csvQuote", line);
        }
        return rows;
    }

    /**
     * The line breaks inside a cell, CRLF or LF: its line feeds, found by {@code indexOf} (a cell has
     * none but in quotes) rather than a stream visiting each of its characters.
     */
    private static int lineFeeds(String value) {
        int feeds = 0;
        for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
            feeds++;
        }
        return feeds;
    }

    private static void limit(int rows) {
        if (rows > ImportLimits.MAX_ROWS + 10) {
            throw new RefusedException("import.error.tooManyRows", ImportLimits.MAX_ROWS);
        }
    }

    /** A CSV has no formulas, but a spreadsheet would evaluate "=…", so such a value is treated as one. */
    private static RawRow.RawCell cell(String text) {
        var kind = text.strip().startsWith("=") ? RawRow.Kind.FORMULA : RawRow.Kind.TEXT;
        return new RawRow.RawCell(text, kind);
    }
}
