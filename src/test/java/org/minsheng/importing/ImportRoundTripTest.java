package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.support.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division;
import org.minsheng.figure.CellState;
import org.minsheng.figure.FigureService;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** 芗城区's statistician fills January 2021 from the template, by program, and gets exactly those figures. */
@IntegrationTest
@Transactional
class ImportRoundTripTest {

    @Autowired
    ImportService imports;

    @Autowired
    FigureService figures;

    @Autowired
    DSLContext db;

    @Test
    void a_filled_template_imports_exactly_the_figures_put_in_and_audits_them_against_the_batch() throws IOException {
        var period = january2021();
        var template = as("stat-xiangcheng", () -> imports.template(period.id(), Translations.CHINESE));
        var put = new HashMap<String, BigDecimal>();
        byte[] filled;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("填报");
            assertThat(sheet.getProtect()).as("sheet protection").isTrue();
            var header = sheet.getRow(TemplateWriter.HEADER_ROW);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("报告期");
            assertThat(header.getCell(Column.VALUE.ordinal()).getStringCellValue())
                    .isEqualTo("本期值");
            assertThat(sheet.getLastRowNum() - TemplateWriter.HEADER_ROW)
                    .as("one row per indicator of 芗城区")
                    .isEqualTo(5);
            for (int r = TemplateWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                assertThat(row.getCell(Column.PERIOD.ordinal()).getStringCellValue())
                        .isEqualTo("2021-01");
                assertThat(row.getCell(Column.DIVISION_CODE.ordinal()).getStringCellValue())
                        .isEqualTo("350602");
                assertThat(row.getCell(Column.DIVISION_CODE.ordinal())
                                .getCellStyle()
                                .getLocked())
                        .isTrue();
                assertThat(row.getCell(Column.VALUE.ordinal()).getCellStyle().getLocked())
                        .isFalse();
                assertThat(row.getCell(Column.EXPLANATION.ordinal())
                                .getCellStyle()
                                .getLocked())
                        .isFalse();
                var code = row.getCell(Column.INDICATOR_CODE.ordinal()).getStringCellValue();
                var value = switch (code) {
                    case "road_widening" -> new BigDecimal("12.3");
                    case "dropouts" -> BigDecimal.ZERO;
                    default -> BigDecimal.valueOf(7 + r);
                };
                put.put(code, value);
                row.getCell(Column.VALUE.ordinal()).setCellValue(value.doubleValue());
                row.getCell(Column.EXPLANATION.ordinal()).setCellValue("程序填写：" + code);
            }
            workbook.write(out);
            filled = out.toByteArray();
        }

        var preview = as("stat-xiangcheng", () -> imports.preview("芗城区-2021-01.xlsx", filled));
        assertThat(preview.errors()).as(preview.problems().toString()).isZero();
        assertThat(preview.newRows()).isEqualTo(5);
        assertThat(preview.changedRows() + preview.unchangedRows()).isZero();
        long batchId = as("stat-xiangcheng", () -> imports.commit("芗城区-2021-01.xlsx", filled));

        var sheet = as("stat-xiangcheng", () -> figures.sheet(period.id()));
        var stored = new HashMap<String, BigDecimal>();
        sheet.cells().forEach(c -> {
            assertThat(c.state()).isEqualTo(CellState.DRAFT);
            assertThat(c.explanation()).isEqualTo("程序填写：" + c.indicator().code());
            stored.put(c.indicator().code(), c.value());
        });
        assertThat(stored).hasSameSizeAs(put);
        put.forEach((code, value) -> assertThat(stored.get(code)).as(code).isEqualByComparingTo(value));

        var batch = db.fetchOne("select file_name, sha256, rows_new from import_batch where id = ?", batchId);
        assertThat(batch.get(0, String.class)).isEqualTo("芗城区-2021-01.xlsx");
        assertThat(batch.get(1, String.class))
                .isEqualTo(ImportService.sha256(filled))
                .hasSize(64);
        assertThat(batch.get(2, Integer.class)).isEqualTo(5);
        assertThat(db.fetchValue(
                        "select count(*) from audit_entry where import_id = ? and entity = 'figure'"
                                + " and action = 'enter' and source = 'import'",
                        batchId))
                .isEqualTo(5L);

        var again = as("stat-xiangcheng", () -> imports.preview("again.xlsx", filled));
        assertThat(again.unchangedRows())
                .as("the same file twice changes nothing")
                .isEqualTo(5);
        assertThat(again.committable()).isFalse();
    }

    @Test
    void a_gbk_csv_from_chinese_excel_keeps_its_chinese_text() {
        var csv = BadFileCorpus.HEADER + "\r\n"
                + "2021-01,350602,芗城区,meal_schools,营养改善计划学校,所,4,5,\"新增一所，乡镇学校并入\"\r\n"
                + "2021-01,350602,芗城区,passing_bays,,个,,不适用,\r\n";
        for (var charset : new Charset[] {BadFileCorpus.GB18030, Charset.forName("GBK"), StandardCharsets.UTF_8}) {
            var preview = as("stat-xiangcheng", () -> imports.preview("进度.csv", csv.getBytes(charset)));
            assertThat(preview.errors()).as(charset + " " + preview.problems()).isZero();
            assertThat(preview.newRows()).isEqualTo(2);
        }
        var bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        assertThat(as("stat-xiangcheng", () -> imports.preview("bom.csv", bom)).newRows())
                .isEqualTo(2);

        as("stat-xiangcheng", () -> imports.commit("进度.csv", csv.getBytes(BadFileCorpus.GB18030)));
        var cells =
                as("stat-xiangcheng", () -> figures.sheet(january2021().id())).cells();
        assertThat(cells).anySatisfy(c -> {
            assertThat(c.indicator().code()).isEqualTo("meal_schools");
            assertThat(c.value()).isEqualByComparingTo("5");
            assertThat(c.explanation()).isEqualTo("新增一所，乡镇学校并入");
        });
        assertThat(cells).anySatisfy(c -> {
            assertThat(c.indicator().code()).isEqualTo("passing_bays");
            assertThat(c.notApplicable()).isTrue();
        });
    }

    @Test
    void a_second_file_changes_only_what_differs_and_the_trail_keeps_each_old_value() {
        var first = BadFileCorpus.HEADER + "\r\n"
                + "2021-01,350602,芗城区,meal_schools,,所,,18,已核实\r\n"
                + "2021-01,350602,芗城区,road_widening,,公里,,12.3,已核实\r\n";
        as("stat-xiangcheng", () -> imports.commit("第一次.csv", first.getBytes(StandardCharsets.UTF_8)));
        var second = BadFileCorpus.HEADER + "\r\n"
                + "2021-01,350602,芗城区,meal_schools,,所,,18,已核实\r\n"
                + "2021-01,350602,芗城区,road_widening,,公里,,12.8,已核实\r\n"
                + "2021-01,350602,芗城区,passing_bays,,个,,25,已核实\r\n";
        var preview = as("stat-xiangcheng", () -> imports.preview("第二次.csv", second.getBytes(StandardCharsets.UTF_8)));
        assertThat(List.of(preview.newRows(), preview.changedRows(), preview.unchangedRows()))
                .containsExactly(1, 1, 1);

        long batchId = as("stat-xiangcheng", () -> imports.commit("第二次.csv", second.getBytes(StandardCharsets.UTF_8)));

        var cells =
                as("stat-xiangcheng", () -> figures.sheet(january2021().id())).cells();
        assertThat(cells)
                .filteredOn(c -> c.indicator().code().equals("road_widening"))
                .singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualByComparingTo("12.8"));
        assertThat(cells)
                .filteredOn(c -> c.indicator().code().equals("passing_bays"))
                .singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualByComparingTo("25"));
        var trail = db.fetch(
                "select action, old_value->>'value', new_value->>'value' from audit_entry"
                        + " where import_id = ? and entity = 'figure' order by id",
                batchId);
        assertThat(trail)
                .as("the unchanged row leaves no entry; the others keep the file's order")
                .extracting(r -> r.get(0, String.class) + " " + r.get(1, String.class) + "→" + r.get(2, String.class))
                .containsExactly("edit 12.3→12.8", "enter null→25");
    }

    @Test
    void an_english_template_has_english_headers_and_still_imports() throws IOException {
        var template = as("stat-zhangpu", () -> imports.template(january2021().id(), Locale.ENGLISH));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var header = workbook.getSheetAt(0).getRow(TemplateWriter.HEADER_ROW);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Period");
            assertThat(header.getCell(Column.EXPLANATION.ordinal()).getStringCellValue())
                    .isEqualTo("Explanation");
            assertThat(workbook.getSheetAt(0)
                            .getRow(2)
                            .getCell(Column.DIVISION_CODE.ordinal())
                            .getStringCellValue())
                    .isEqualTo("350623");
        }
        var preview = as("stat-zhangpu", () -> imports.preview("blank.xlsx", template));
        assertThat(preview.errors()).isZero();
        assertThat(preview.emptyRows()).isEqualTo(5);
        assertThat(preview.committable()).as("nothing to write").isFalse();
    }

    @Test
    void an_offices_own_long_list_maps_its_names_asks_once_per_cell_for_an_explanation_and_writes_nothing_on_dry_run() {
        int before = db.fetchCount(FIGURE);
        var list = String.join(
                        "\r\n",
                        "区县,指标,期间,数值,情况说明",
                        "芗城区,营养改善计划学校,2021年1月,4,",
                        "350602,Passing bays added,2021-01,3,",
                        "芗城区,家庭医生签约覆盖,2021-1,999999,",
                        "芗城区,学生营养餐,2021年1月,4,",
                        "龙海市,dropouts,2021年1月,0,")
                + "\r\n";
        var preview = as("stat-xiangcheng", () -> imports.preview("芗城区长表.csv", list.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.problems())
                .extracting(p -> p.row() + p.column() + " " + p.messageKey() + " "
                        + p.parameters() + " " + name(p.place().division(), Division::name) + " "
                        + name(p.place().indicator(), Indicator::code) + " "
                        + name(p.place().period(), ImportRows::periodCode))
                .as("two warnings on family_doctor, and one request for its explanation")
                .containsExactly(
                        "4D figure.warning.yearOnYear [3276, 30425] 芗城区 family_doctor 2021-01",
                        "4D figure.warning.outlier [3738, 12] 芗城区 family_doctor 2021-01",
                        "4E figure.error.explanationNeeded [] 芗城区 family_doctor 2021-01",
                        "5B import.error.unknown.indicator [学生营养餐] 芗城区 - 2021-01",
                        "6A import.error.unknown.division [龙海市] - dropouts 2021-01");
        assertThat(preview.newRows())
                .as("family_doctor's row waits for its explanation: it is a problem, not a row the commit would add")
                .isEqualTo(2);
        assertThat(preview.cellsWithProblems()).isEqualTo(3);
        assertThat(preview.cellsWithErrors()).isEqualTo(3);
        assertThat(db.fetchCount(FIGURE)).as("a dry run writes nothing").isEqualTo(before);
    }

    /**
     * A statistician keeps one file for the year and imports it again with next month's rows: the
     * month already under review comes back as it is, which changes nothing and must not block the rest.
     */
    @Test
    void rows_repeating_a_month_under_review_as_it_is_leave_it_alone_and_the_next_month_still_imports() {
        var january = BadFileCorpus.HEADER + "\r\n"
                + "2021-01,350602,芗城区,meal_schools,,所,,18,已核实\r\n"
                + "2021-01,350602,芗城区,dropouts,,人,,0,已核实\r\n"
                + "2021-01,350602,芗城区,road_widening,,公里,,12.3,已核实\r\n"
                + "2021-01,350602,芗城区,passing_bays,,个,,25,已核实\r\n"
                + "2021-01,350602,芗城区,family_doctor,,人,,12000,已核实\r\n";
        as("stat-xiangcheng", () -> imports.commit("一月.csv", january.getBytes(StandardCharsets.UTF_8)));
        var sheet = as("stat-xiangcheng", () -> figures.sheet(january2021().id()));
        int xiangcheng = sheet.cells().getFirst().key().divisionId();
        var submitted = as("stat-xiangcheng", () -> figures.submit(january2021().id(), xiangcheng));
        assertThat(submitted.problems()).isEmpty();

        db.execute(
                "insert into period (kind, year, month, due_on, status) values ('month', 2021, 2, date '2021-03-10', 'open')");
        var both = january + "2021-02,350602,芗城区,meal_schools,,所,,19,已核实\r\n";
        var preview = as("stat-xiangcheng", () -> imports.preview("一二月.csv", both.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.errors()).as(preview.problems().toString()).isZero();
        assertThat(List.of(preview.newRows(), preview.changedRows(), preview.unchangedRows()))
                .containsExactly(1, 0, 5);
        assertThat(preview.committable()).isTrue();
        as("stat-xiangcheng", () -> imports.commit("一二月.csv", both.getBytes(StandardCharsets.UTF_8)));

        assertThat(as("stat-xiangcheng", () -> figures.sheet(january2021().id()))
                        .cells())
                .extracting(c -> c.state())
                .containsOnly(CellState.SUBMITTED);

        var changed = both.replace("2021-01,350602,芗城区,meal_schools,,所,,18", "2021-01,350602,芗城区,meal_schools,,所,,17");
        var refused = as("stat-xiangcheng", () -> imports.preview("改一月.csv", changed.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.errors())
                .as("a changed value under review is still refused")
                .isEqualTo(1);
    }

    /**
     * The same file for the year, imported again once December 2020 is published (the demo's 2020 is):
     * its December rows repeat the published figures as they are (an integer written 156.0), change
     * nothing and must not block January. A December row that changes a published figure is still
     * refused: a file carries no correction reason.
     */
    @Test
    void rows_repeating_a_published_month_as_it_is_change_nothing_and_the_next_month_still_imports() {
        var published = db.fetch("""
                select i.code, f.value, f.not_applicable, f.explanation, f.id, f.version, f.status::text
                from figure f
                join indicator i on i.id = f.indicator_id
                join division d on d.id = f.division_id
                join period p on p.id = f.period_id
                where d.code = '350602' and p.kind = 'month' and p.year = 2020 and p.month = 12
                  and p.status = 'published' and i.retired_on is null
                order by f.id""");
        assertThat(published).as("the demo publishes 芗城区's December 2020").hasSizeGreaterThan(2);
        var december = new ArrayList<String>();
        for (var figure : published) {
            var value = figure.get(1, BigDecimal.class);
            var text = figure.get(2, Boolean.class)
                    ? "不适用"
                    : value.scale() <= 0 ? value.toPlainString() + ".0" : value.toPlainString();
            var explanation = figure.get(3, String.class);
            december.add("2020-12,350602,芗城区,%s,,,,%s,%s\r\n"
                    .formatted(
                            figure.get(0, String.class),
                            text,
                            explanation == null ? "" : "\"" + explanation.replace("\"", "\"\"") + "\""));
        }
        var january = "2021-01,350602,芗城区,meal_schools,,所,,18,已核实\r\n";
        var file = BadFileCorpus.HEADER + "\r\n" + String.join("", december) + january;

        var preview = as("stat-xiangcheng", () -> imports.preview("全年.csv", file.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.errors()).as(preview.problems().toString()).isZero();
        assertThat(List.of(preview.newRows(), preview.changedRows(), preview.unchangedRows()))
                .containsExactly(1, 0, published.size());
        assertThat(preview.committable()).isTrue();
        long batchId = as("stat-xiangcheng", () -> imports.commit("全年.csv", file.getBytes(StandardCharsets.UTF_8)));

        assertThat(db.fetch(
                                "select action, new_value->>'value' from audit_entry where import_id = ? and entity = 'figure'",
                                batchId)
                        .map(r -> r.get(0, String.class) + " " + r.get(1, String.class)))
                .as("only January is written; the published rows leave no entry")
                .containsExactly("enter 18");
        var after = db.fetch("select version, status::text from figure where id = any(?) order by id", (Object)
                published.map(r -> r.get(4, Long.class)).toArray(Long[]::new));
        assertThat(after.map(r -> r.get(0, Integer.class) + " " + r.get(1, String.class)))
                .as("the published figures are not written")
                .containsExactlyElementsOf(published.map(r -> r.get(5, Integer.class) + " " + r.get(6, String.class)));

        var changed = BadFileCorpus.HEADER + "\r\n"
                + "2020-12,350602,芗城区,%s,,,,9999,\r\n"
                        .formatted(published.getFirst().get(0, String.class))
                + String.join("", december.subList(1, december.size()))
                + january;
        var refused =
                as("stat-xiangcheng", () -> imports.preview("改十二月.csv", changed.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.problems())
                .filteredOn(ImportProblem::error)
                .as("a changed published figure is still refused")
                .extracting(ImportProblem::messageKey)
                .containsExactly("figure.error.periodPublished");
        assertThat(refused.committable()).isFalse();
    }

    private static <T> String name(T part, Function<T, String> name) {
        return part == null ? "-" : name.apply(part);
    }

    /** 不适用 is an answer, an empty cell the lack of one: last period's 不适用 is written as such in the template. */
    @Test
    void the_template_writes_not_applicable_for_last_periods_value_approved_as_not_applicable() throws IOException {
        Catalogue.approvedAsNotApplicable(db, "road_widening", "350602", 2020, 12);
        var template =
                as("stat-xiangcheng", () -> imports.template(january2021().id(), Translations.CHINESE));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = workbook.getSheetAt(0);
            var previous = new ArrayList<String>();
            for (int r = TemplateWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row.getCell(Column.INDICATOR_CODE.ordinal())
                        .getStringCellValue()
                        .equals("road_widening")) {
                    previous.add(new DataFormatter().formatCellValue(row.getCell(Column.PREVIOUS.ordinal())));
                }
            }
            assertThat(previous).containsExactly("不适用");
        }
    }

    private Period january2021() {
        return as("stat-xiangcheng", () -> imports.periods()).stream()
                .filter(p -> p.year() == 2021 && Integer.valueOf(1).equals(p.month()))
                .findFirst()
                .orElseThrow();
    }
}
