package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Hostile.forAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minsheng.base.RefusedException;
import org.minsheng.support.Hostile;

/**
 * Whatever bytes arrive as an upload, the readers give rows that keep their contract, or a refusal
 * with one of their own message keys, never another exception. The contract of every row returned:
 * numbered as the spreadsheet numbers it (1-based, increasing, a line or row that exists), at most
 * 2,000 characters a cell, a formula kept as its text and never evaluated, a number only as a plain
 * decimal. The 39-file corpus (ImportBadFilesTest) has the known bad cases, this the unknown.
 */
class ImportParserPropertiesTest {

    private static final String[] HEADER = {"报告期", "区划代码", "区县", "指标代码", "指标", "单位", "上期值", "本期值", "情况说明"};
    private static final Set<String> CSV_REFUSALS =
            Set.of("import.error.encoding", "import.error.csvQuote", "import.error.tooManyRows");
    private static final Set<String> XLSX_REFUSALS =
            Set.of("import.error.empty", "import.error.tooManyRows", "import.error.zipBomb", "import.error.unreadable");

    @Test
    void any_csv_text_in_utf8_or_gb18030_reads_as_rows_within_the_limits_or_is_refused() {
        forAll(ImportParserPropertiesTest::csvBytes, bytes -> {
            // what the cells say (controls, formulas, nonsense) is for the checks after reading, which
            // HostileInputTest drives through the dry run; here: the reader's own contract
            csvRowsOrRefusal(bytes, "hostile.csv");
        });
    }

    @Test
    void a_well_formed_csv_reads_back_cell_for_cell_numbered_by_the_line_each_record_starts_on() {
        forAll(WrittenCsv::of, csv -> {
            var rows = CsvReader.read(csv.bytes(), "写好的.csv");
            assertThat(rows)
                    .extracting(RawRow::number)
                    .as("the line each record starts on")
                    .isEqualTo(csv.lines());
            assertThat(rows)
                    .extracting(row ->
                            row.cells().stream().map(RawRow.RawCell::text).toList())
                    .as(
                            "every cell as written, quotes and line breaks inside it included; one over the limit cut to it")
                    .isEqualTo(csv.records().stream()
                            .map(record -> record.stream()
                                    .map(cell -> cell.length() > ImportLimits.MAX_CELL_CHARS
                                            ? cell.substring(0, ImportLimits.MAX_CELL_CHARS)
                                            : cell)
                                    .toList())
                            .toList());
            assertThat(rows)
                    .flatExtracting(RawRow::cells)
                    .filteredOn(cell -> cell.kind() == RawRow.Kind.TOO_LONG)
                    .as("marked exactly where a cell was over the limit")
                    .hasSize((int) csv.records().stream()
                            .flatMap(List::stream)
                            .filter(cell -> cell.length() > ImportLimits.MAX_CELL_CHARS)
                            .count());
            assertCsvContract(csv.bytes(), "写好的.csv", rows);
        });
    }

    @Test
    void random_bytes_are_refused_as_a_file_never_crash_the_reader() {
        forAll(
                random -> {
                    var bytes = new byte[random.nextInt(4096)];
                    random.nextBytes(bytes);
                    return bytes;
                },
                bytes -> csvRowsOrRefusal(bytes, "random.csv"));
    }

    @Test
    void an_intact_workbook_reads_as_typed_with_its_formula_as_text_and_its_rows_as_numbered_in_the_sheet() {
        var rows = XlsxReader.read(workbook());
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 3, 5);
        assertThat(rows).extracting(RawRow::sheet).containsOnly("填报");
        assertThat(rows.get(0).cells()).extracting(RawRow.RawCell::text).containsExactly(HEADER);
        assertThat(rows.get(1).cells())
                .containsExactly(
                        text("2021-01"),
                        text("350602"),
                        text("芗城区"),
                        text("meal_schools"),
                        text("营养改善计划学校"),
                        text("所"),
                        number("4"),
                        number("4.5"),
                        text("已核实"));
        assertThat(rows.get(2).cell(Column.VALUE.ordinal()))
                .as("a formula is its text, never its value")
                .isEqualTo(new RawRow.RawCell("=G3+1", RawRow.Kind.FORMULA));
        assertThat(rows.get(3).cell(Column.EXPLANATION.ordinal())).isEqualTo(text("=不是公式"));
        assertXlsxContract(rows);
    }

    @Test
    void a_workbook_cell_of_two_thousand_characters_reads_and_one_more_reads_cut_and_marked() {
        var atLimit = XlsxReader.read(workbookWithExplanation("说".repeat(ImportLimits.MAX_CELL_CHARS)));
        assertThat(atLimit.getLast().cell(Column.EXPLANATION.ordinal()).text()).hasSize(ImportLimits.MAX_CELL_CHARS);
        var over = XlsxReader.read(workbookWithExplanation("说".repeat(ImportLimits.MAX_CELL_CHARS + 1)));
        assertThat(over.getLast().cell(Column.EXPLANATION.ordinal()))
                .isEqualTo(new RawRow.RawCell("说".repeat(ImportLimits.MAX_CELL_CHARS), RawRow.Kind.TOO_LONG));
    }

    @Test
    void a_damaged_xlsx_reads_within_the_contract_or_is_refused_with_a_message_key() {
        var valid = workbook();
        forAll(random -> damage(valid, random), bytes -> {
            List<RawRow> rows;
            try {
                rows = XlsxReader.read(bytes);
            } catch (RefusedException refused) {
                assertThat(refused.messageKey()).isIn(XLSX_REFUSALS);
                return;
            }
            assertXlsxContract(rows);
        });
    }

    private static void csvRowsOrRefusal(byte[] bytes, String name) {
        List<RawRow> rows;
        try {
            rows = CsvReader.read(bytes, name);
        } catch (RefusedException refused) {
            assertThat(refused.messageKey()).isIn(CSV_REFUSALS);
            return;
        }
        assertCsvContract(bytes, name, rows);
    }

    /** What every row a CSV file gives must satisfy, whatever the text. */
    private static void assertCsvContract(byte[] bytes, String name, List<RawRow> rows) {
        var text = CsvReader.decode(bytes);
        // an empty file has no rows at all (the import then says it has no header): every row there is names the file
        assertThat(rows).allSatisfy(row -> assertThat(row.sheet()).isEqualTo(name));
        assertIncreasingFromOne(rows, lines(text));
        long characters = 0;
        for (var row : rows) {
            assertThat(row.cells())
                    .as("row %d: a record has at least one field", row.number())
                    .isNotEmpty();
            for (var cell : row.cells()) {
                assertThat(cell.text().length())
                        .as("row %d: cell length", row.number())
                        .isLessThanOrEqualTo(ImportLimits.MAX_CELL_CHARS);
                // a CSV has no numbers and no formulas, but "=…" would be one in a spreadsheet: never run, always
                // flagged
                if (cell.kind() == RawRow.Kind.TOO_LONG) {
                    assertThat(cell.text())
                            .as("row %d: cut to the limit", row.number())
                            .hasSize(ImportLimits.MAX_CELL_CHARS);
                } else {
                    assertThat(cell.kind())
                            .as("row %d: %s", row.number(), cell.text())
                            .isEqualTo(cell.text().strip().startsWith("=") ? RawRow.Kind.FORMULA : RawRow.Kind.TEXT);
                }
                characters += cell.text().length();
            }
        }
        assertThat(characters)
                .as("the reader never adds text that is not in the file")
                .isLessThanOrEqualTo(text.length());
    }

    /** What every row a workbook gives must satisfy, however damaged the file was. */
    private static void assertXlsxContract(List<RawRow> rows) {
        // one sheet; a damaged workbook part can lose its name, so the name itself is not promised
        assertThat(rows.stream().map(RawRow::sheet).distinct()).as("one sheet").hasSizeLessThanOrEqualTo(1);
        assertIncreasingFromOne(rows, ImportLimits.MAX_ROWS + 11);
        for (var row : rows) {
            for (var cell : row.cells()) {
                assertThat(cell.text().length())
                        .as("row %d: cell length", row.number())
                        .isLessThanOrEqualTo(ImportLimits.MAX_CELL_CHARS);
                switch (cell.kind()) {
                    case FORMULA ->
                        assertThat(cell.text())
                                .as("row %d: a formula as its text", row.number())
                                .startsWith("=");
                    case NUMBER ->
                        assertThat(cell.text())
                                .as("row %d: a number as a person typed it", row.number())
                                .matches("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");
                    case TEXT -> {
                        // any text, as typed
                    }
                    case TOO_LONG ->
                        assertThat(cell.text())
                                .as("row %d: cut to the limit", row.number())
                                .hasSize(ImportLimits.MAX_CELL_CHARS);
                }
            }
        }
    }

    /** Row numbers are the sheet's own: 1 or more, strictly increasing, none past the last line or row. */
    private static void assertIncreasingFromOne(List<RawRow> rows, int last) {
        int previous = 0;
        for (var row : rows) {
            assertThat(row.number()).as("row numbers increase").isGreaterThan(previous);
            assertThat(row.number()).as("row %d exists", row.number()).isLessThanOrEqualTo(last);
            previous = row.number();
        }
    }

    /** Lines as a spreadsheet or editor counts them: CRLF, LF or a lone CR ends one. */
    private static int lines(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }

    private static RawRow.RawCell text(String text) {
        return new RawRow.RawCell(text, RawRow.Kind.TEXT);
    }

    private static RawRow.RawCell number(String text) {
        return new RawRow.RawCell(text, RawRow.Kind.NUMBER);
    }

    /**
     * A CSV written by the rules of RFC 4180 from known cells (typed text of any script, line breaks,
     * quotes and commas inside cells, now and then one near the 2,000-character limit), and the line
     * each record starts on.
     */
    private record WrittenCsv(List<List<String>> records, List<Integer> lines, byte[] bytes) {

        static WrittenCsv of(Random random) {
            var records = new ArrayList<List<String>>();
            records.add(List.of(HEADER));
            for (int r = random.nextInt(6); r > 0; r--) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < HEADER.length; c++) {
                    cells.add(
                            random.nextInt(40) == 0
                                    ? "说".repeat(1995 + random.nextInt(10))
                                    : Hostile.typedText(random));
                }
                records.add(cells);
            }
            var text = new StringBuilder();
            var lines = new ArrayList<Integer>();
            int line = 1;
            for (var record : records) {
                lines.add(line);
                for (int c = 0; c < record.size(); c++) {
                    var cell = record.get(c);
                    boolean mustQuote =
                            cell.contains(",") || cell.contains("\"") || cell.contains("\r") || cell.contains("\n");
                    text.append(mustQuote || random.nextInt(4) == 0 ? '"' + cell.replace("\"", "\"\"") + '"' : cell)
                            .append(c < record.size() - 1 ? "," : "");
                    line += (int) cell.chars().filter(ch -> ch == '\n').count();
                }
                if (record != records.getLast() || random.nextBoolean()) {
                    text.append(random.nextBoolean() ? "\r\n" : "\n");
                }
                line++;
            }
            return new WrittenCsv(records, lines, encode(text.toString(), random));
        }

        private static byte[] encode(String text, Random random) {
            return switch (random.nextInt(3)) {
                case 0 -> text.getBytes(StandardCharsets.UTF_8);
                case 1 -> {
                    var out = new ByteArrayOutputStream();
                    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
                    yield out.toByteArray();
                }
                default -> text.getBytes(Charset.forName("GB18030"));
            };
        }

        /** The index of the first record with a cell over the limit, or -1. */
        @Override
        public String toString() {
            return "records " + records;
        }
    }

    private static byte[] csvBytes(Random random) {
        var text = new StringBuilder(String.join(",", HEADER)).append('\n');
        int rows = random.nextInt(6);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 9; c++) {
                var cell = Hostile.anyText(random);
                text.append(random.nextInt(4) == 0 ? '"' + cell + '"' : cell).append(c < 8 ? "," : "\n");
            }
        }
        return text.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : CsvReader.GB18030);
    }

    private static byte[] damage(byte[] valid, Random random) {
        var bytes = valid.clone();
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return random.nextInt(5) == 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes;
    }

    private static byte[] workbookWithExplanation(String explanation) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("填报");
            var header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            sheet.createRow(1).createCell(Column.EXPLANATION.ordinal()).setCellValue(explanation);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's shape: header, a row of text and numbers, a formula in the value column, a gap, text like a formula. */
    private static byte[] workbook() {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("填报");
            var header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            var row = sheet.createRow(1);
            var values = new String[] {"2021-01", "350602", "芗城区", "meal_schools", "营养改善计划学校", "所"};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            row.createCell(6).setCellValue(4);
            row.createCell(7).setCellValue(4.5);
            row.createCell(8).setCellValue("已核实");
            var formula = sheet.createRow(2);
            formula.createCell(0).setCellValue("2021-01");
            formula.createCell(6).setCellValue(4);
            formula.createCell(7).setCellFormula("G3+1");
            var afterGap = sheet.createRow(4);
            afterGap.createCell(0).setCellValue("2021-01");
            afterGap.createCell(8).setCellValue("=不是公式");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
