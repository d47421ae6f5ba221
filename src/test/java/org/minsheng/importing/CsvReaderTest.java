package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.base.RefusedException;

/**
 * A CSV as Chinese offices save it, read into the rows and row numbers a statistician sees in their
 * spreadsheet; each test is a way a real file can be written (Excel on Windows, WPS, a text editor).
 */
class CsvReaderTest {

    private static final String HEADER = "报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明";
    private static final String MEALS = "2021-01,350602,芗城区,meal_schools,营养改善计划学校,所,14,15,";

    @Test
    void a_utf8_file_with_a_bom_reads_without_the_bom_so_the_header_is_found() {
        var bytes = bytes(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (HEADER + "\r\n" + MEALS + "\r\n").getBytes(StandardCharsets.UTF_8));
        var rows = CsvReader.read(bytes, "芗城区.csv");
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().text(0)).isEqualTo("报告期");
        assertThat(rows.getFirst().sheet()).isEqualTo("芗城区.csv");
        assertThat(rows.get(1).text(Column.VALUE.ordinal())).isEqualTo("15");
    }

    @Test
    void a_file_that_is_only_a_bom_is_empty_text() {
        assertThat(CsvReader.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                .isEmpty();
        assertThat(CsvReader.decode(new byte[] {(byte) 0xEF, (byte) 0xBB}))
                .as("not a whole BOM: not UTF-8 either")
                .isNotEmpty()
                .doesNotContain("\uFEFF");
    }

    @Test
    void utf8_without_a_bom_and_gbk_from_excel_on_chinese_windows_read_the_same() {
        var text = HEADER + "\r\n" + MEALS + "\r\n";
        assertThat(CsvReader.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(CsvReader.decode(text.getBytes(CsvReader.GB18030))).isEqualTo(text);
        assertThat(CsvReader.decode(text.getBytes(Charset.forName("GBK")))).isEqualTo(text);
    }

    @Test
    void bytes_that_are_neither_utf8_nor_gb18030_are_refused_as_an_encoding_problem() {
        var refused = catchThrowableOfType(
                RefusedException.class, () -> CsvReader.read(new byte[] {'1', ',', (byte) 0xFF, (byte) 0xFF}, "x.csv"));
        assertThat(refused.messageKey()).isEqualTo("import.error.encoding");
    }

    @Test
    void row_numbers_are_the_spreadsheets_line_numbers_with_crlf_lf_or_a_lone_cr() {
        assertThat(numbers(HEADER + "\r\n" + MEALS + "\r\n" + MEALS + "\r\n")).containsExactly(1, 2, 3);
        assertThat(numbers(HEADER + "\n" + MEALS + "\n" + MEALS + "\n")).containsExactly(1, 2, 3);
        assertThat(numbers(HEADER + "\r" + MEALS + "\r" + MEALS + "\r")).containsExactly(1, 2, 3);
        assertThat(CsvReader.parse(HEADER + "\r\n" + MEALS + "\r\n", "x.csv")
                        .get(1)
                        .cells())
                .as("CRLF is one line break, not an empty row")
                .hasSize(9);
    }

    @Test
    void an_explanation_over_two_lines_in_quotes_stays_one_cell_and_the_next_row_keeps_its_line_number() {
        var text =
                HEADER + "\n" + "2021-01,350602,芗城区,passing_bays,增设错车道,个,20,60,\"新建道路同步建设，\n较去年增加\"\n" + MEALS + "\n";
        var rows = CsvReader.parse(text, "x.csv");
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 4);
        assertThat(rows.get(1).text(Column.EXPLANATION.ordinal())).isEqualTo("新建道路同步建设，\n较去年增加");
        assertThat(rows.get(2).text(Column.INDICATOR_CODE.ordinal())).isEqualTo("meal_schools");
    }

    @Test
    void line_breaks_in_quotes_crlf_or_lf_stay_in_their_cell_and_each_moves_the_next_rows_line_number() {
        var text = HEADER + "\r\n"
                + "2021-01,350602,芗城区,passing_bays,增设错车道,个,20,60,\"第一行\r\n第二行\n第三行\"\r\n"
                + MEALS + "\r\n"
                + "\"\r\n\",\"\n\n\",\"x\"\r\n"
                + MEALS + "\r\n";
        var rows = CsvReader.parse(text, "x.csv");
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 5, 6, 10);
        assertThat(rows.get(1).text(Column.EXPLANATION.ordinal())).isEqualTo("第一行\r\n第二行\n第三行");
        assertThat(rows.get(3).cells()).extracting(RawRow.RawCell::text).containsExactly("\r\n", "\n\n", "x");
        assertThat(rows.get(4).text(Column.INDICATOR_CODE.ordinal())).isEqualTo("meal_schools");
    }

    @Test
    void a_quoted_field_keeps_commas_and_doubled_quotes_and_a_quote_mid_field_is_text() {
        var row = CsvReader.parse("\"漳州市\"\"回眸2020\"\"\",\"1,200\",12\"3,\"117\"", "x.csv")
                .getFirst();
        assertThat(row.cells())
                .extracting(RawRow.RawCell::text)
                .containsExactly("漳州市\"回眸2020\"", "1,200", "12\"3", "117");
        assertThat(row.number()).isEqualTo(1);
    }

    @Test
    void text_after_a_closing_quote_stays_in_its_field_and_a_blank_line_is_a_row_of_one_empty_cell() {
        var rows = CsvReader.parse("\"芗城区\"（含开发区）,\"15\" ,x\n\n350602", "x.csv");
        assertThat(rows.getFirst().cells()).extracting(RawRow.RawCell::text).containsExactly("芗城区（含开发区）", "15 ", "x");
        assertThat(rows.get(1).cells()).extracting(RawRow.RawCell::text).containsExactly("");
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 3);
    }

    @Test
    void the_last_row_counts_without_a_final_line_break_and_a_final_line_break_adds_no_row() {
        assertThat(CsvReader.parse(HEADER + "\n" + MEALS, "x.csv")).hasSize(2);
        assertThat(CsvReader.parse(HEADER + "\n" + MEALS + "\n", "x.csv")).hasSize(2);
        assertThat(CsvReader.parse(HEADER + "\n2021", "x.csv").get(1).cells())
                .extracting(RawRow.RawCell::text)
                .containsExactly("2021");
        assertThat(CsvReader.parse(HEADER + "\n,", "x.csv").get(1).cells()).hasSize(2);
        assertThat(CsvReader.parse("", "x.csv")).isEmpty();
    }

    @Test
    void an_unclosed_quote_is_refused_with_the_line_where_its_record_starts() {
        var refused = catchThrowableOfType(
                RefusedException.class,
                () -> CsvReader.parse(HEADER + "\n" + MEALS + "\n2021-01,350602,\"芗城区\n", "x.csv"));
        assertThat(refused.messageKey()).isEqualTo("import.error.csvQuote");
        assertThat(refused.parameters()).containsExactly(3);
    }

    @Test
    void a_value_starting_with_an_equals_sign_is_a_formula_even_in_a_csv() {
        var row = CsvReader.parse("=SUM(G3:G4), =1+1,1=1,'=1", "x.csv").getFirst();
        assertThat(row.cells())
                .extracting(RawRow.RawCell::kind)
                .containsExactly(RawRow.Kind.FORMULA, RawRow.Kind.FORMULA, RawRow.Kind.TEXT, RawRow.Kind.TEXT);
    }

    @Test
    void a_cell_of_two_thousand_characters_is_read_and_one_more_is_read_cut_and_marked_for_its_row() {
        var explanation = "说".repeat(ImportLimits.MAX_CELL_CHARS);
        assertThat(CsvReader.parse(HEADER + "\n" + MEALS + explanation + "\n", "x.csv")
                        .get(1)
                        .cell(Column.EXPLANATION.ordinal()))
                .isEqualTo(new RawRow.RawCell(explanation, RawRow.Kind.TEXT));
        assertThat(CsvReader.parse(HEADER + "\n" + MEALS + explanation + "。\n", "芗城区.csv")
                        .get(1)
                        .cell(Column.EXPLANATION.ordinal()))
                .isEqualTo(new RawRow.RawCell(explanation, RawRow.Kind.TOO_LONG));
    }

    @Test
    void five_thousand_rows_and_a_few_blank_lines_are_read_and_more_are_refused_while_reading() {
        int allowed = ImportLimits.MAX_ROWS + 10;
        assertThat(CsvReader.parse((MEALS + "\n").repeat(allowed), "x.csv")).hasSize(allowed);
        var refused = catchThrowableOfType(
                RefusedException.class, () -> CsvReader.parse((MEALS + "\n").repeat(allowed + 1), "x.csv"));
        assertThat(refused.messageKey()).isEqualTo("import.error.tooManyRows");
        assertThat(refused.parameters()).containsExactly(ImportLimits.MAX_ROWS);
    }

    private static List<Integer> numbers(String text) {
        return CsvReader.parse(text, "x.csv").stream().map(RawRow::number).toList();
    }

    private static byte[] bytes(byte[] first, byte[] second) {
        var all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
