package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodOverview;

/**
 * The rows of a file given their meaning: where the header is, which cell each row is about, and the
 * problems only a file can have, each at the row and column where the statistician will look.
 */
class ImportRowsTest {

    private static final Period JANUARY_2021 = new Period(13, 2021, 1, PeriodOverview.Status.OPEN, null, null);
    private static final Period YEAR_2020 = new Period(12, 2020, null, PeriodOverview.Status.PUBLISHED, null, null);
    private static final Division XIANGCHENG = new Division(2, "350602", "芗城区", Division.Level.COUNTY, 1);
    private static final Division ZHANGPU = new Division(4, "350623", "漳浦县", Division.Level.COUNTY, 1);
    /** 龙海市 reported until 2020; from 2021 it is 龙海区 with another code. */
    private static final Division LONGHAI_SHI = new Division(5, "350681", "龙海市", Division.Level.COUNTY, 1);

    private static final Indicator MEAL_SCHOOLS = indicator(1, "meal_schools");
    private static final Indicator PASSING_BAYS = indicator(2, "passing_bays");

    private static final ImportRows.Catalogue CATALOGUE = new ImportRows.Catalogue(
            List.of(YEAR_2020, JANUARY_2021),
            year -> year == 2020 ? List.of(XIANGCHENG, ZHANGPU, LONGHAI_SHI) : List.of(XIANGCHENG, ZHANGPU),
            List.of(MEAL_SCHOOLS, PASSING_BAYS));

    private static final RawRow HEADER_ZH = row(2, "报告期", "区划代码", "区县", "指标代码", "指标", "单位", "上期值", "本期值", "情况说明");

    @Test
    void periods_are_written_as_in_the_template_a_month_with_two_digits_and_a_year_alone() {
        assertThat(ImportRows.periodCode(JANUARY_2021)).isEqualTo("2021-01");
        assertThat(ImportRows.periodCode(YEAR_2020)).isEqualTo("2020");
        assertThat(ImportRows.periodCode(new Period(24, 2021, 12, PeriodOverview.Status.OPEN, null, null)))
                .isEqualTo("2021-12");
    }

    @Test
    void each_data_row_under_the_header_becomes_the_input_of_its_cell_as_typed() {
        var mapped = ImportRows.map(
                List.of(
                        row(1, "2021年1月 芗城区"),
                        HEADER_ZH,
                        row(3, "2021-01", "350602", "芗城区", "meal_schools", "", "", "14", " 15 ", "新增1所"),
                        row(4, "2021-01", "350623", "漳浦县", "passing_bays", "", "", "20", "不适用", "")),
                CATALOGUE);
        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.dataRows()).isEqualTo(2);
        assertThat(mapped.periodId()).isEqualTo(JANUARY_2021.id());
        assertThat(mapped.inputs())
                .containsExactly(
                        new FigureInput(new CellKey(1, 2, 13), " 15 ", false, "新增1所", 0, null),
                        new FigureInput(new CellKey(2, 4, 13), "不适用", false, "", 0, null));
        assertThat(mapped.origins()).extracting(o -> o.row().number()).containsExactly(3, 4);
    }

    @Test
    void an_english_header_works_as_well_and_blank_rows_are_skipped_without_counting() {
        var mapped = ImportRows.map(
                List.of(
                        row(1, "Period", "Division code"),
                        row(2),
                        row(3, " ", ""),
                        row(4, "2020", "350681", "龙海市", "meal_schools", "", "", "", "12", "")),
                CATALOGUE);
        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.dataRows()).isEqualTo(1);
        assertThat(mapped.inputs()).extracting(FigureInput::key).containsExactly(new CellKey(1, 5, 12));
    }

    @Test
    void a_file_without_the_header_row_is_refused_and_an_empty_one_is_called_empty() {
        assertThat(keys(ImportRows.map(List.of(row(1, "2021-01", "350602")), CATALOGUE)))
                .containsExactly("import.error.noHeader");
        assertThat(keys(ImportRows.map(List.of(row(1), row(2, "", " ")), CATALOGUE)))
                .containsExactly("import.error.empty");
        assertThat(keys(ImportRows.map(List.of(), CATALOGUE))).containsExactly("import.error.empty");
        assertThat(keys(ImportRows.map(List.of(HEADER_ZH, row(3, "")), CATALOGUE)))
                .containsExactly("import.error.noRows");
    }

    @Test
    void unknown_codes_and_a_formula_are_errors_at_their_row_and_column_and_the_row_gives_no_input() {
        var mapped = ImportRows.map(
                List.of(
                        HEADER_ZH,
                        row(3, "2021-13", "350602", "芗城区", "meal_schools", "", "", "", "4", ""),
                        row(4, "2021-01", "350681", "龙海市", "meal_schools", "", "", "", "4", ""),
                        row(5, "2021-01", "350602", "芗城区", "schools", "", "", "", "4", ""),
                        new RawRow(
                                "填报",
                                6,
                                List.of(
                                        text("2021-01"),
                                        text("350602"),
                                        text("芗城区"),
                                        text("passing_bays"),
                                        text(""),
                                        text(""),
                                        text(""),
                                        new RawRow.RawCell("=SUM(G3:G4)", RawRow.Kind.FORMULA))),
                        row(7, "2021-01", "999999", "", "bays", "", "", "", "4", "")),
                CATALOGUE);
        assertThat(mapped.inputs()).isEmpty();
        assertThat(mapped.dataRows()).isEqualTo(5);
        assertThat(mapped.periodId()).isNull();
        assertThat(mapped.problems())
                .extracting(p -> p.row() + p.column() + " " + p.messageKey() + " " + p.parameters())
                .containsExactly(
                        "3A import.error.unknownPeriod [2021-13]",
                        "4B import.error.unknownDivision [350681]",
                        "5D import.error.unknownIndicator [schools]",
                        "6H import.error.formula [=SUM(G3:G4)]",
                        "7B import.error.unknownDivision [999999]",
                        "7D import.error.unknownIndicator [bays]");
        assertThat(mapped.problems()).allSatisfy(p -> {
            assertThat(p.error()).isTrue();
            assertThat(p.sheet()).isEqualTo("填报");
        });
        assertThat(mapped.problems().get(1).columnKey()).isEqualTo("import.col.divisionCode");
    }

    /**
     * A unit is known within a year, so a row without a readable period looks its unit up in every year:
     * named when all years that know it mean one unit (龙海市 reported only in 2020), as its indicator is.
     */
    @Test
    void a_row_whose_period_cannot_be_read_still_names_its_unit_and_indicator() {
        var template = ImportRows.map(
                List.of(
                        HEADER_ZH,
                        row(3, "2021-13", "350681", "龙海市", "passing_bays", "", "", "", "4", ""),
                        row(4, "2021-13", "999999", "", "schools", "", "", "", "4", "")),
                CATALOGUE);
        var longList = ImportRows.map(
                List.of(row(1, "区县", "指标", "期间", "数值"), row(2, "漳浦县", "meal_schools", "2021-13", "4")), CATALOGUE);
        assertThat(template.problems())
                .extracting(ImportProblem::place)
                .containsExactly(
                        new ImportProblem.Place(LONGHAI_SHI, PASSING_BAYS, null),
                        new ImportProblem.Place(null, null, null));
        assertThat(longList.problems())
                .extracting(ImportProblem::place)
                .containsExactly(new ImportProblem.Place(ZHANGPU, MEAL_SCHOOLS, null));
        assertThat(template.inputs()).isEmpty();
        assertThat(longList.inputs()).isEmpty();
    }

    @Test
    void rows_of_two_periods_map_but_name_no_single_period_for_the_batch() {
        var mapped = ImportRows.map(
                List.of(
                        HEADER_ZH,
                        row(3, "2021-01", "350602", "芗城区", "meal_schools", "", "", "", "4", ""),
                        row(4, "2020", "350602", "芗城区", "meal_schools", "", "", "", "4", "")),
                CATALOGUE);
        assertThat(mapped.inputs()).hasSize(2);
        assertThat(mapped.periodId()).isNull();
    }

    @Test
    void five_thousand_data_rows_are_mapped_and_one_more_refuses_the_whole_file() {
        var rows = new ArrayList<RawRow>(List.of(HEADER_ZH));
        for (int i = 0; i < ImportLimits.MAX_ROWS; i++) {
            rows.add(row(i + 3, "2021-01", "350602", "芗城区", "meal_schools", "", "", "", "4", ""));
        }
        var full = ImportRows.map(rows, CATALOGUE);
        assertThat(full.dataRows()).isEqualTo(ImportLimits.MAX_ROWS);
        assertThat(full.inputs()).hasSize(ImportLimits.MAX_ROWS);
        rows.add(row(ImportLimits.MAX_ROWS + 3, "2021-01", "350623", "漳浦县", "meal_schools", "", "", "", "4", ""));
        var over = ImportRows.map(rows, CATALOGUE);
        assertThat(over.inputs()).isEmpty();
        assertThat(over.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.error.tooManyRows");
            assertThat(p.parameters()).containsExactly(ImportLimits.MAX_ROWS);
            assertThat(p.row()).as("the file as a whole").isZero();
        });
    }

    @Test
    void the_template_columns_have_their_letters_headers_widths_and_only_value_and_explanation_are_editable() {
        assertThat(Column.values())
                .extracting(Column::letter)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I");
        assertThat(Column.values()).filteredOn(Column::editable).containsExactly(Column.VALUE, Column.EXPLANATION);
        var zh = Translations.bundle(Translations.CHINESE);
        assertThat(Column.values())
                .extracting(c -> zh.getString(c.headerKey()))
                .containsExactly("报告期", "区划代码", "区县", "指标代码", "指标", "单位", "上期值", "本期值", "情况说明");
        assertThat(Column.values()).extracting(Column::width).containsExactly(12, 12, 14, 12, 40, 12, 14, 14, 40);
    }

    @Test
    void a_row_reads_missing_cells_as_blank_and_is_blank_only_when_every_cell_is() {
        var row = row(3, "2021-01", " 350602 ");
        assertThat(row.text(1)).isEqualTo("350602");
        assertThat(row.cell(2)).isEqualTo(RawRow.RawCell.BLANK);
        assertThat(row.isBlank()).isFalse();
        assertThat(row(4, "", "  ").isBlank()).isTrue();
    }

    @Test
    void a_dry_run_can_be_committed_only_without_errors_and_with_something_to_write() {
        var warning = new ImportProblem(
                "填报",
                3,
                "H",
                "import.col.value",
                ImportProblem.Place.NONE,
                false,
                "figure.warning.yearOnYear",
                List.of(new BigDecimal("24"), new BigDecimal("150")));
        var error = ImportProblem.file("import.error.noRows");
        var warned = new ImportPreview("芗城区.xlsx", "ab", 2, 1, 0, 1, 0, List.of(warning));
        assertThat(warned.errors()).isZero();
        assertThat(warned.warnings()).isEqualTo(1);
        assertThat(warned.committable()).isTrue();
        assertThat(new ImportPreview("芗城区.xlsx", "ab", 2, 0, 1, 1, 0, List.of()).committable())
                .isTrue();
        assertThat(new ImportPreview("芗城区.xlsx", "ab", 2, 0, 0, 2, 0, List.of()).committable())
                .as("nothing new or changed")
                .isFalse();
        var broken = new ImportPreview("芗城区.xlsx", "ab", 2, 1, 0, 0, 0, List.of(warning, error));
        assertThat(broken.errors()).isEqualTo(1);
        assertThat(broken.warnings()).isEqualTo(1);
        assertThat(broken.committable()).isFalse();
        var refused = ImportPreview.refused("旧表.xls", "cd", ImportProblem.file("import.error.oldExcel"));
        assertThat(refused.fileName()).isEqualTo("旧表.xls");
        assertThat(refused.errors()).isEqualTo(1);
        assertThat(refused.committable()).isFalse();
    }

    private static List<String> keys(ImportRows.Mapped mapped) {
        return mapped.problems().stream().map(ImportProblem::messageKey).toList();
    }

    private static RawRow row(int number, String... cells) {
        return new RawRow(
                "填报", number, Arrays.stream(cells).map(ImportRowsTest::text).toList());
    }

    private static RawRow.RawCell text(String text) {
        return new RawRow.RawCell(text, RawRow.Kind.TEXT);
    }

    private static Indicator indicator(int id, String code) {
        return new Indicator(
                id,
                code,
                new Indicator.Names(code, code, code, code),
                new Indicator.Measure("所", "schools", Indicator.ValueType.INTEGER, 0, BigDecimal.ZERO, null),
                new Indicator.Reporting(true, false, true, Indicator.Aggregation.SUM, TargetDirection.INCREASE_TO),
                new Indicator.Category("education", "教育", "Education"),
                id);
    }
}
