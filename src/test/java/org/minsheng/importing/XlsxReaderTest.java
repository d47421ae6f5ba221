package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minsheng.base.RefusedException;

/** An XLSX read as the statistician typed it: numbers as they look, formulas as text, limits enforced. */
class XlsxReaderTest {

    private static final Path CORPUS = Path.of("src/test/resources/import-corpus");

    @Test
    void the_template_filled_in_reads_as_typed_with_spreadsheet_row_numbers() throws IOException {
        var rows = XlsxReader.read(BadFileCorpus.xlsx(List.of(
                List.of("2021-01", "350602", "芗城区", "road_widening", "农村公路拓宽", "公里", 12.5d, 14.6d, "已核实"),
                List.of(
                        "2021-01",
                        "350602",
                        "芗城区",
                        "passing_bays",
                        "",
                        "",
                        "",
                        new BadFileCorpus.Formula("2+2"),
                        ""))));
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 3, 4);
        assertThat(rows.getFirst().sheet()).isEqualTo("填报");
        var roads = rows.get(2);
        assertThat(roads.cell(Column.VALUE.ordinal())).isEqualTo(new RawRow.RawCell("14.6", RawRow.Kind.NUMBER));
        assertThat(roads.cell(Column.EXPLANATION.ordinal())).isEqualTo(new RawRow.RawCell("已核实", RawRow.Kind.TEXT));
        var bays = rows.get(3);
        assertThat(bays.cell(Column.VALUE.ordinal())).isEqualTo(new RawRow.RawCell("=2+2", RawRow.Kind.FORMULA));
        assertThat(bays.cell(Column.PREVIOUS.ordinal())).as("an empty cell").isEqualTo(RawRow.RawCell.BLANK);
        assertThat(bays.cells()).as("up to the last cell of the row").hasSize(9);
    }

    @Test
    void numbers_read_as_a_person_typed_them_not_as_floating_point() {
        assertThat(XlsxReader.number(117d)).isEqualTo("117");
        assertThat(XlsxReader.number(118000d)).isEqualTo("118000");
        assertThat(XlsxReader.number(14.6d)).isEqualTo("14.6");
        assertThat(XlsxReader.number(0d)).isEqualTo("0");
    }

    @Test
    void true_false_and_error_cells_read_as_text_for_the_value_checks_to_refuse() throws IOException {
        var rows = XlsxReader.read(workbook(sheet -> {
            var row = sheet.createRow(0);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
            row.createCell(3).setCellValue("已核实");
        }));
        var cells = rows.getFirst().cells();
        assertThat(cells).hasSize(4);
        assertThat(cells.get(0)).isEqualTo(new RawRow.RawCell("true", RawRow.Kind.TEXT));
        assertThat(cells.get(1).kind()).isEqualTo(RawRow.Kind.TEXT);
        assertThat(cells.get(1).text()).startsWith("#");
        assertThat(cells.get(2)).as("a cell never created").isEqualTo(RawRow.RawCell.BLANK);
    }

    @Test
    void a_cell_of_two_thousand_characters_is_read_and_one_more_is_refused_with_sheet_and_row() throws IOException {
        var explanation = "说".repeat(ImportLimits.MAX_CELL_CHARS);
        assertThat(XlsxReader.read(workbook(
                                sheet -> sheet.createRow(4).createCell(8).setCellValue(explanation)))
                        .getFirst()
                        .text(8))
                .hasSize(ImportLimits.MAX_CELL_CHARS);
        assertThat(XlsxReader.read(workbook(
                                sheet -> sheet.createRow(4).createCell(8).setCellValue(explanation + "。")))
                        .getFirst()
                        .cell(8))
                .as("cut to the limit and marked, for its row's problem")
                .isEqualTo(new RawRow.RawCell(explanation, RawRow.Kind.TOO_LONG));
    }

    @Test
    void a_sheet_reaching_past_five_thousand_and_ten_rows_is_refused_before_its_rows_are_read() throws IOException {
        int lastAllowed = ImportLimits.MAX_ROWS + 10;
        assertThat(XlsxReader.read(workbook(sheet -> {
                    sheet.createRow(0).createCell(0).setCellValue("报告期");
                    sheet.createRow(lastAllowed).createCell(0).setCellValue("2021-01");
                })))
                .extracting(RawRow::number)
                .containsExactly(1, lastAllowed + 1);
        var refused = catchThrowableOfType(
                RefusedException.class,
                () -> XlsxReader.read(workbook(
                        sheet -> sheet.createRow(lastAllowed + 1).createCell(0).setCellValue("2021-01"))));
        assertThat(refused.messageKey()).isEqualTo("import.error.tooManyRows");
    }

    @Test
    void a_workbook_without_sheets_is_empty_and_a_zip_bomb_or_a_damaged_file_is_refused_by_name() throws IOException {
        assertThat(key(workbook(null))).isEqualTo("import.error.empty");
        assertThat(key(Files.readAllBytes(CORPUS.resolve("zip-bomb.xlsx")))).isEqualTo("import.error.zipBomb");
        assertThat(key(Files.readAllBytes(CORPUS.resolve("truncated.xlsx")))).isEqualTo("import.error.unreadable");
        assertThat(key(Files.readAllBytes(CORPUS.resolve("not-really.xlsx")))).isEqualTo("import.error.unreadable");
    }

    @Test
    void an_xlsx_and_an_old_xls_are_told_apart_by_their_first_four_bytes() throws IOException {
        var xlsx = BadFileCorpus.xlsx(List.of());
        assertThat(XlsxReader.isXlsx(xlsx)).isTrue();
        assertThat(XlsxReader.isOldExcel(xlsx)).isFalse();
        var xls = Files.readAllBytes(CORPUS.resolve("old-excel.xls"));
        assertThat(XlsxReader.isOldExcel(xls)).isTrue();
        assertThat(XlsxReader.isXlsx(xls)).isFalse();
        for (int i = 0; i < 4; i++) {
            var almostXlsx = Arrays.copyOf(xlsx, 4);
            almostXlsx[i] ^= 0x01;
            assertThat(XlsxReader.isXlsx(almostXlsx)).as("byte " + i).isFalse();
            var almostXls = Arrays.copyOf(xls, 4);
            almostXls[i] ^= 0x01;
            assertThat(XlsxReader.isOldExcel(almostXls)).as("byte " + i).isFalse();
        }
        assertThat(XlsxReader.isXlsx(Arrays.copyOf(xlsx, 4)))
                .as("four bytes are enough")
                .isTrue();
        assertThat(XlsxReader.isOldExcel(Arrays.copyOf(xls, 4))).isTrue();
        assertThat(XlsxReader.isXlsx(Arrays.copyOf(xlsx, 3))).isFalse();
        assertThat(XlsxReader.isOldExcel(Arrays.copyOf(xls, 3))).isFalse();
    }

    private static String key(byte[] file) {
        return catchThrowableOfType(RefusedException.class, () -> XlsxReader.read(file))
                .messageKey();
    }

    /** A workbook with one sheet 填报 filled by {@code fill}, or none when it is null. */
    private static byte[] workbook(Consumer<XSSFSheet> fill) throws IOException {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            if (fill != null) {
                fill.accept(workbook.createSheet("填报"));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
