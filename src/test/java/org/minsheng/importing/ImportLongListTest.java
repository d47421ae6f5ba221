package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Hostile.forAll;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.CheckedInput;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.Finding;
import org.minsheng.importing.ImportProblem.Place;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodOverview;
import org.minsheng.security.AppUser;
import org.minsheng.security.Role;
import org.minsheng.support.Hostile;
import org.mockito.ArgumentCaptor;

/**
 * An office's own long list, one figure a row, named as the office names things: district by code
 * or name, indicator by code, name or short name, period as people write it. What maps becomes the
 * same inputs the template would give; what does not is reported by what the row says.
 */
class ImportLongListTest extends MockedImportService {

    private static final Period YEAR_2021 = new Period(12, 2021, null, PeriodOverview.Status.OPEN, null, null);
    private static final Period JANUARY_2021 = new Period(13, 2021, 1, PeriodOverview.Status.OPEN, null, null);
    private static final Period DECEMBER_2021 = new Period(24, 2021, 12, PeriodOverview.Status.OPEN, null, null);
    private static final Division CITY = new Division(1, "350600", "漳州市", Division.Level.CITY, null);
    private static final Division XIANGCHENG = new Division(2, "350602", "芗城区", Division.Level.COUNTY, 1);
    private static final Division LONGWEN = new Division(3, "350603", "龙文区", Division.Level.COUNTY, 1);
    private static final Division ZHANGPU = new Division(6, "350623", "漳浦县", Division.Level.COUNTY, 1);
    private static final Indicator MEAL_SCHOOLS = indicator(
            1,
            "meal_schools",
            "实施营养改善计划的农村公办义务教育寄宿制学校",
            "Rural public boarding schools in the nutrition improvement programme",
            "营养改善计划学校",
            "Schools in meal programme");
    private static final Indicator PASSING_BAYS =
            indicator(7, "passing_bays", "增设错车道数量", "Passing bays added on rural roads", "增设错车道", "Passing bays added");
    private static final Indicator CROSS_INSPECTED = indicator(
            3,
            "cross_inspected",
            "开展交叉指导检查的学校",
            "Schools given cross-inspection of meal-subsidy management",
            "交叉指导检查学校",
            "Schools cross-inspected");
    private static final AppUser STATISTICIAN =
            new AppUser(5, "stat-xiangcheng", "芗城区统计员", Set.of(Role.STATISTICIAN), Set.of(2, 3, 6));

    @BeforeEach
    void catalogue() {
        when(currentUser.require(Role.STATISTICIAN)).thenReturn(STATISTICIAN);
        when(periods.all()).thenReturn(List.of(YEAR_2021, JANUARY_2021, DECEMBER_2021));
        unitsIn2021(XIANGCHENG, LONGWEN, ZHANGPU);
        when(indicators.activeIndicators()).thenReturn(List.of(MEAL_SCHOOLS, PASSING_BAYS, CROSS_INSPECTED));
        when(figures.checkAll(anyList())).thenAnswer(call -> {
            List<FigureInput> inputs = call.getArgument(0);
            return inputs.stream()
                    .map(input -> new CheckedInput(input, CheckedInput.Outcome.NEW, null, false, List.of()))
                    .toList();
        });
    }

    @Test
    void names_short_names_and_codes_mixed_map_to_their_cells_and_unknown_names_are_reported_by_name() {
        var preview = imports.preview(
                "芗城区报表.csv",
                csv(
                        "区县,指标,期间,数值,情况说明",
                        "芗城区,营养改善计划学校,2021年1月,15,新增1所",
                        "350603,meal_schools,2021-01,12,",
                        "漳浦县,Rural public boarding schools in the nutrition improvement programme,2021-1,9,",
                        " ３５０６０２ ,ＰＡＳＳＩＮＧ＿ＢＡＹＳ,２０２１年１２月,20,",
                        "龙文区,增设错车道数量,12/2021,8,",
                        "龙海市,营养改善计划学校,2021年1月,3,",
                        "芗城区,学生营养餐,2021年1月,4,",
                        "漳浦县,交叉指导检查学校,2021年,6,",
                        "芗城区,Passing bays added,2021年13月,4,",
                        ",增设错车道,2021-12,5,"));
        assertThat(preview.problems())
                .extracting(p -> p.row() + p.column() + " " + p.messageKey() + " " + p.parameters())
                .containsExactly(
                        "7A import.error.unknown.division [龙海市]",
                        "8B import.error.unknown.indicator [学生营养餐]",
                        "10C import.error.unknown.period [2021年13月]",
                        "11A import.error.blank.division []");
        assertThat(preview.problems())
                .extracting(ImportProblem::place)
                .containsExactly(
                        new Place(null, MEAL_SCHOOLS, JANUARY_2021),
                        new Place(XIANGCHENG, null, JANUARY_2021),
                        // its period unreadable, the row still names the district it gave
                        new Place(XIANGCHENG, PASSING_BAYS, null),
                        new Place(null, PASSING_BAYS, DECEMBER_2021));
        assertThat(preview.problems())
                .extracting(ImportProblem::columnKey)
                .containsExactly(
                        "import.field.division",
                        "import.field.indicator",
                        "import.field.period",
                        "import.field.division");
        assertThat(preview.rows()).isEqualTo(10);
        assertThat(preview.newRows()).isEqualTo(6);
        assertThat(preview.cellsWithErrors()).isEqualTo(4);
        assertThat(preview.committable()).isFalse();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<FigureInput>> checked = ArgumentCaptor.forClass(List.class);
        verify(figures).checkAll(checked.capture());
        assertThat(checked.getValue())
                .containsExactly(
                        new FigureInput(new CellKey(1, 2, 13), "15", false, "新增1所", 0, null),
                        new FigureInput(new CellKey(1, 3, 13), "12", false, "", 0, null),
                        new FigureInput(new CellKey(1, 6, 13), "9", false, "", 0, null),
                        new FigureInput(new CellKey(7, 2, 24), "20", false, "", 0, null),
                        new FigureInput(new CellKey(7, 3, 24), "8", false, "", 0, null),
                        new FigureInput(new CellKey(3, 6, 12), "6", false, "", 0, null));
        verify(figures, never()).saveAll(anyList(), any());
        // a dry run records no batch (it reads the structure version its mapping is of, for the commit)
        verify(batches, never()).insertBatch(any(), any(), anyInt());
        verifyNoInteractions(audit);
    }

    @Test
    void an_english_header_in_another_order_in_an_xlsx_with_numbers_as_numbers_is_read_the_same_way()
            throws IOException {
        var preview = imports.preview(
                "long list.xlsx",
                xlsx(
                        List.of("Notes", "Value", "Period", "Indicator", "District"),
                        List.of("", 15.0, "2021-01", "Schools in meal programme", "芗城区"),
                        List.of("one more road", 8.0, 2021.0, "cross_inspected", "Longwen")));
        assertThat(preview.problems())
                .extracting(p -> p.row() + p.column() + " " + p.messageKey() + " " + p.parameters())
                .containsExactly("3E import.error.unknown.division [Longwen]");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<FigureInput>> checked = ArgumentCaptor.forClass(List.class);
        verify(figures).checkAll(checked.capture());
        assertThat(checked.getValue())
                .containsExactly(new FigureInput(new CellKey(1, 2, 13), "15", false, "", 0, null));
    }

    @Test
    void a_name_that_fits_two_indicators_is_not_guessed_but_asks_for_the_code() {
        var schools = indicator(9, "boarding_schools", "营养改善计划学校", "Boarding schools", "寄宿制学校", "Boarding");
        when(indicators.activeIndicators()).thenReturn(List.of(MEAL_SCHOOLS, schools));
        var preview = imports.preview("x.csv", csv("区县,指标,期间,数值", "芗城区,营养改善计划学校,2021-01,15"));
        assertThat(preview.problems())
                .extracting(p -> p.messageKey() + " " + p.parameters())
                .containsExactly("import.error.ambiguous.indicator [营养改善计划学校, meal_schools, boarding_schools]");
        verifyNoInteractions(figures);
    }

    @Test
    void the_city_maps_by_name_and_code_once_the_catalogue_lists_it_as_a_reporting_unit() {
        unitsIn2021(CITY, XIANGCHENG);
        var preview = imports.preview(
                "市本级.csv", csv("单位,指标,时期,数值,说明", "漳州市,交叉指导检查学校,2021,40,", "350600,cross_inspected,2021年（年报）,40,"));
        assertThat(preview.problems()).isEmpty();
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<FigureInput>> checked = ArgumentCaptor.forClass(List.class);
        verify(figures).checkAll(checked.capture());
        assertThat(checked.getValue())
                .extracting(FigureInput::key)
                .containsExactly(new CellKey(3, 1, 12), new CellKey(3, 1, 12));
    }

    @Test
    void a_long_list_without_an_explanation_column_shows_the_explanation_problem_by_the_columns_name() {
        when(figures.checkAll(anyList())).thenAnswer(call -> {
            List<FigureInput> inputs = call.getArgument(0);
            var key = inputs.getFirst().key();
            return List.of(new CheckedInput(
                    inputs.getFirst(),
                    CheckedInput.Outcome.NEW,
                    null,
                    false,
                    List.of(
                            Finding.warning(key, "figure.warning.cumulativeFell", new BigDecimal("20")),
                            Finding.error(key, "figure.error.explanationNeeded"))));
        });
        var preview = imports.preview("x.csv", csv("数值,期间,指标,区县", "12,2021-12,增设错车道,芗城区"));
        assertThat(preview.problems())
                .extracting(p -> p.column() + " " + p.columnKey() + " " + p.messageKey())
                .containsExactly(
                        " import.field.explanation figure.error.explanationNeeded",
                        "A import.field.value figure.warning.cumulativeFell");
    }

    @Test
    void any_text_in_a_long_list_either_maps_to_the_catalogue_or_is_quoted_back_never_guessed_or_crashing() {
        var catalogue = new ImportRows.Catalogue(
                List.of(YEAR_2021, JANUARY_2021, DECEMBER_2021),
                year -> List.of(CITY, XIANGCHENG, LONGWEN),
                List.of(MEAL_SCHOOLS, PASSING_BAYS, CROSS_INSPECTED));
        forAll(
                random -> {
                    var cells = new String[3];
                    var known = new String[] {"芗城区", "350600", "增设错车道", "passing_bays", "2021年12月", "2021"};
                    for (int c = 0; c < cells.length; c++) {
                        cells[c] = random.nextBoolean() ? known[random.nextInt(known.length)] : Hostile.anyText(random);
                    }
                    return cells;
                },
                cells -> {
                    var mapped = ImportRows.map(
                            List.of(row(1, "区县", "指标", "期间", "数值"), row(2, cells[0], cells[1], cells[2], "1")),
                            catalogue);
                    for (var problem : mapped.problems()) {
                        assertThat(Translations.bundle(Translations.CHINESE).containsKey(problem.messageKey()))
                                .as(problem.messageKey())
                                .isTrue();
                        if (!problem.parameters().isEmpty()) {
                            assertThat(List.of(cells).stream().map(String::strip))
                                    .as("quoted as written")
                                    .contains((String) problem.parameters().getFirst());
                        }
                    }
                    assertThat(mapped.inputs().size() + (mapped.problems().isEmpty() ? 0 : 1))
                            .isEqualTo(1);
                    mapped.origins().forEach(origin -> {
                        assertThat(List.of(CITY, XIANGCHENG, LONGWEN))
                                .contains(origin.place().division());
                        assertThat(List.of(MEAL_SCHOOLS, PASSING_BAYS, CROSS_INSPECTED))
                                .contains(origin.place().indicator());
                    });
                });
    }

    @Test
    void a_period_is_read_as_offices_write_it_and_as_the_app_names_it_in_either_language() {
        var lookup = Names.periods(List.of(YEAR_2021, JANUARY_2021, DECEMBER_2021));
        for (var name : List.of("2021", "2021年", "２０２１年", "2021年（年报）", "2021 (annual)")) {
            assertThat(lookup.find(name)).as(name).containsExactly(YEAR_2021);
        }
        for (var name : List.of("2021-12", "2021/12", "2021年12月", "2021 年 12 月", "12/2021", "２０２１－１２")) {
            assertThat(lookup.find(name)).as(name).containsExactly(DECEMBER_2021);
        }
        for (var name : List.of("2021-1", "2021-01", "2021年1月", "2021年01月", "1/2021")) {
            assertThat(lookup.find(name)).as(name).containsExactly(JANUARY_2021);
        }
        for (var name : List.of("2021.1", "202101", "2021年1季度", "一月", "44197")) {
            assertThat(lookup.find(name)).as("not guessed: " + name).isEmpty();
        }
    }

    @Test
    void the_column_names_the_import_page_gives_are_recognised_in_both_languages_and_the_template_is_told_apart() {
        for (var locale : Translations.LOCALES) {
            var bundle = Translations.bundle(locale);
            for (var field : Layout.Field.values()) {
                assertThat(field.aliases())
                        .as(locale + " " + field)
                        .contains(Names.normalize(bundle.getString(field.headerKey())));
            }
            for (var field : List.of(Layout.Field.DIVISION, Layout.Field.INDICATOR, Layout.Field.PERIOD)) {
                for (var trouble : Names.Trouble.values()) {
                    assertThat(bundle.containsKey(field.problemKey(trouble)))
                            .as(field.problemKey(trouble))
                            .isTrue();
                }
            }
        }
        var template = row(2, "报告期", "区划代码", "区县", "指标代码", "指标", "单位", "上期值", "本期值", "情况说明");
        assertThat(Layout.find(List.of(template)).orElseThrow().layout()).isEqualTo(Layout.TEMPLATE);
        var longList = row(1, "报告期", "单位", "区县", "指标", "数值");
        var layout = Layout.find(List.of(longList)).orElseThrow().layout();
        assertThat(layout.longList()).as("a long list may begin with 报告期 too").isTrue();
        assertThat(layout.at(Layout.Field.DIVISION).letter()).as("区县 before 单位").isEqualTo("C");
        assertThat(layout.at(Layout.Field.PERIOD).letter()).isEqualTo("A");
        assertThat(Layout.letter(0) + Layout.letter(25) + Layout.letter(26) + Layout.letter(27))
                .isEqualTo("AZAAAB");
    }

    /** The reporting units the catalogue lists for 2021: the only place the import learns them. */
    private void unitsIn2021(Division... units) {
        when(divisions.reportingUnitsIn(2021)).thenReturn(List.of(units));
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(List<?>... rows) throws IOException {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("报表");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    var value = rows[r].get(c);
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static RawRow row(int number, String... cells) {
        return new RawRow(
                "报表",
                number,
                Arrays.stream(cells)
                        .map(c -> new RawRow.RawCell(c, RawRow.Kind.TEXT))
                        .toList());
    }

    private static Indicator indicator(
            int id, String code, String nameZh, String nameEn, String shortZh, String shortEn) {
        return new Indicator(
                id,
                code,
                new Indicator.Names(nameZh, nameEn, shortZh, shortEn),
                new Indicator.Measure("所", "schools", Indicator.ValueType.INTEGER, 0, BigDecimal.ZERO, null),
                new Indicator.Reporting(true, false, true, Indicator.Aggregation.SUM, TargetDirection.INCREASE_TO),
                new Indicator.Category("education", "教育", "Education"),
                id);
    }
}
