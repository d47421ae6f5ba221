package org.minsheng.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.audit.AuditLog;
import org.minsheng.audit.AuditQuery;
import org.minsheng.audit.AuditTexts;
import org.minsheng.base.Download;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.PeriodChoice;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Exports read back equal what the screens' services give, for the people allowed to see them. */
@IntegrationTest
class TableExportTest {

    @Autowired
    Translations translations;

    @Autowired
    TableExportService exports;

    @Autowired
    DashboardService dashboards;

    @Autowired
    PeriodService periods;

    @Autowired
    AuditLog audit;

    @Autowired
    FigureService figures;

    @Autowired
    DSLContext db;

    @Autowired
    ReviewService review;

    @Autowired
    ApplicationContext context;

    @Test
    void the_district_table_in_xlsx_holds_the_dashboards_numbers_as_numbers() throws IOException {
        var data = as("leader", () -> dashboards.cityYear(2020));
        var download = as(
                "leader",
                () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.XLSX, Translations.CHINESE));
        assertThat(download.fileName()).matches("漳州-2020-12-区县指标-第1版-\\d{8}\\.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            var sheet = workbook.getSheet("区县指标");
            assertThat(sheet).isNotNull();
            var title = sheet.getRow(XlsxTables.TITLE_ROW).getCell(0).getStringCellValue();
            assertThat(title).contains("漳州市", "2020年1—12月", "数据截至", "第 " + data.revision() + " 版");
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            var header = sheet.getRow(XlsxTables.HEADER_ROW);
            var indicators = data.districtIndicators();
            for (int c = 0; c < indicators.size(); c++) {
                var indicator = indicators.get(c);
                assertThat(header.getCell(c + 1).getStringCellValue())
                        .isEqualTo(indicator.shortNameZh() + "（" + indicator.unitZh() + "）");
            }
            for (int r = 0; r < data.counties().size(); r++) {
                var county = data.counties().get(r);
                var row = sheet.getRow(XlsxTables.HEADER_ROW + 1 + r);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(county.name());
                for (int c = 0; c < indicators.size(); c++) {
                    var expected = data.cell(indicators.get(c), county)
                            .map(y -> y.value())
                            .orElse(null);
                    var cell = row.getCell(c + 1);
                    if (expected == null) {
                        assertThat(cell == null || cell.getCellType() != CellType.NUMERIC)
                                .isTrue();
                    } else {
                        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                        assertThat(BigDecimal.valueOf(cell.getNumericCellValue()))
                                .isEqualByComparingTo(expected);
                        assertThat(cell.getCellStyle().getDataFormatString())
                                .isEqualTo(XlsxTables.format(indicators.get(c).scale()));
                    }
                }
            }
            var total = sheet.getRow(XlsxTables.HEADER_ROW + 1 + data.counties().size());
            var meal = indicators.stream()
                    .filter(i -> i.code().equals("meal_schools"))
                    .findFirst()
                    .orElseThrow();
            assertThat(total.getCell(1 + indicators.indexOf(meal)).getNumericCellValue())
                    .as("the article's 156")
                    .isEqualTo(156);
        }
    }

    @Test
    void the_district_table_in_csv_is_utf8_with_bom_and_the_same_numbers() {
        var download = as(
                "comms",
                () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.CSV, Translations.CHINESE));
        var bytes = download.bytes();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).contains("数据截至");
        assertThat(lines[1]).startsWith("区县,");
        assertThat(totalRow(download)).startsWith("漳州市合计,").contains(",156,");
        // the demo's figures say so at the file's foot, as their page and the PDF do
        assertThat(lines[lines.length - 1]).isEqualTo(DEMO_NOTE);
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("芗城区,")).count())
                .isEqualTo(1);
        var english = as(
                "comms",
                () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.CSV, Translations.ENGLISH));
        assertThat(english.fileName()).matches("漳州-2020-12-districts-rev1-\\d{8}\\.csv");
    }

    /**
     * The CSV's header names a column as the dashboard's table does: an English short name that ends in
     * brackets takes its unit after a comma (the tester read 「Dropouts (poor households) (people)」), the
     * others and the Chinese keep the unit in brackets.
     */
    @Test
    void a_column_whose_english_name_ends_in_brackets_gives_its_unit_after_a_comma() {
        // quoted, as CSV quotes any field holding a comma
        assertThat(header(Translations.ENGLISH))
                .contains(",\"Dropouts (poor households), people\",", ",Roads widened (km),")
                .doesNotContain(") (");
        assertThat(header(Translations.CHINESE)).contains(",贫困家庭儿童辍学（人）,", ",农村公路单改双（公里）,");
    }

    private String header(Locale locale) {
        var bytes = as("comms", () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.CSV, locale))
                .bytes();
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n")[1];
    }

    /**
     * A figure corrected after publication, marked † on the screen's table and in the PDF's, is marked in
     * the XLSX too, and both files carry the PDF's 修订说明 under the table: the files named it in their title
     * only, and a number copied out of them lost it (a stranger's trial). Both keep it a number: the XLSX
     * shows the mark through the cell's format, the CSV (plain text, where 「4†」 would stop a spreadsheet
     * summing the column) names the cell in its title and its 修订说明.
     */
    @Test
    @Transactional
    void a_figure_corrected_after_publication_is_marked_in_the_table_files_as_in_the_pdf() throws IOException {
        var figure = Catalogue.figure(db, "meal_schools", "350602", 2020, 12);
        var key = new CellKey(figure.getIndicatorId(), figure.getDivisionId(), figure.getPeriodId());
        var corrected = figure.getApprovedValue().add(BigDecimal.ONE);
        as(
                "reviewer",
                () -> review.revise(
                        new FigureInput(key, corrected.toPlainString(), false, null, figure.getVersion(), "补报一所学校")));
        var data = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        var meals = Catalogue.indicator(data, "meal_schools");
        var total = data.cell(meals, null).orElseThrow().value();
        var csv = as(
                        "leader",
                        () -> exports.districtTable(
                                DashboardFilter.year(2020), Download.Format.CSV, Translations.CHINESE))
                .bytes();
        var lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).endsWith(" · † 发布后经修订：芗城区 营养改善计划学校");
        int column = Arrays.asList(lines[1].split(",")).indexOf("营养改善计划学校（所）");
        assertThat(Arrays.stream(lines)
                        .filter(l -> l.startsWith("芗城区,"))
                        .findFirst()
                        .orElseThrow()
                        .split(",")[column])
                .as("a number a spreadsheet still sums")
                .isEqualTo(corrected.toPlainString());
        assertThat(Arrays.stream(lines)
                        .filter(l -> l.startsWith("龙文区,"))
                        .findFirst()
                        .orElseThrow()
                        .split(",")[column])
                .as("a figure nobody corrected")
                .doesNotContain("†");
        assertThat(Arrays.stream(lines)
                        .filter(l -> l.startsWith("漳州市合计,"))
                        .findFirst()
                        .orElseThrow()
                        .split(",")[column])
                .as("the total it changed, a number too")
                .isEqualTo(total.toPlainString());
        assertThat(Arrays.copyOfRange(lines, lines.length - 3, lines.length))
                .containsExactly("修订说明（第" + data.revision() + "版）", "†芗城区 · 营养改善计划学校", DEMO_NOTE);

        var xlsx = as(
                "leader",
                () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.XLSX, Locale.ENGLISH));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            var sheet = workbook.getSheetAt(0);
            var shown = new DataFormatter(Locale.ENGLISH);
            var district = data.counties().stream()
                    .filter(d -> d.code().equals("350602"))
                    .findFirst()
                    .orElseThrow();
            int xiangcheng = XlsxTables.HEADER_ROW + 1 + data.counties().indexOf(district);
            var cell = sheet.getRow(xiangcheng)
                    .getCell(1 + data.districtIndicators().indexOf(meals));
            assertThat(cell.getCellType()).as("still a number").isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(corrected);
            assertThat(shown.formatCellValue(cell)).isEqualTo(corrected.toPlainString() + "†");
            var notes = new ArrayList<String>();
            for (int r = xiangcheng + 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                    notes.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(notes.subList(notes.size() - 3, notes.size() - 1))
                    .containsExactly(
                            "Revisions (revision " + data.revision() + ")",
                            "† " + district.name() + " · " + meals.shortName(Locale.ENGLISH));
            assertThat(notes.getLast()).startsWith("Note: only the city totals are published");
        }
    }

    /** A year not yet out names no edition in the table's title nor in its file name, in either language. */
    @Test
    @Transactional
    void the_table_of_a_year_not_published_says_so_instead_of_naming_an_edition() throws IOException {
        Catalogue.unpublishMonth(db, 2020, 12);
        var download = as(
                "leader",
                () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.XLSX, Translations.CHINESE));
        assertThat(download.fileName()).matches("漳州-2020-12-区县指标-年度未发布-\\d{8}\\.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            var title = workbook.getSheet("区县指标")
                    .getRow(XlsxTables.TITLE_ROW)
                    .getCell(0)
                    .getStringCellValue();
            assertThat(title).contains("数据截至", " · 年度未发布").doesNotContain("版");
        }
        var english = as(
                "leader",
                () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.CSV, Translations.ENGLISH));
        assertThat(english.fileName()).matches("漳州-2020-12-districts-year-unpublished-\\d{8}\\.csv");
        var bytes = english.bytes();
        var title = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n")[0];
        assertThat(title).contains("not yet published").doesNotContain("revision");
    }

    /**
     * The first district of a new year approved, the other ten still entering: the page says which ten its
     * totals leave out, and the table's file, passed on without the page, says the same in its title. It
     * named none of them (a stranger's trial), so 漳州市合计 4 read as the city's.
     */
    @Test
    @Transactional
    void a_table_whose_totals_leave_out_units_names_them_in_its_title() {
        Catalogue.xiangchengFirstOf2021(db);
        var csv = as(
                        "leader",
                        () -> exports.districtTable(
                                DashboardFilter.year(2021), Download.Format.CSV, Translations.CHINESE))
                .bytes();
        var title = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n")[0];
        assertThat(title).contains("合计只含已有审核数据的 1 个县区；10 个县区尚无审核数据：").contains("龙文区");

        var english = as(
                        "leader",
                        () -> exports.districtTable(
                                DashboardFilter.year(2021), Download.Format.CSV, Translations.ENGLISH))
                .bytes();
        assertThat(new String(english, 3, english.length - 3, StandardCharsets.UTF_8).split("\r\n")[0])
                .contains("龙文区")
                .doesNotContain("县区");
    }

    /**
     * 芗城区 answers 不适用 in January 2021 and the other ten have not reported: the table's 漳州市合计 leaves
     * the column empty, as the dashboard's tile shows no data yet, where it wrote 不适用 for the whole city (a
     * tester's tour); 芗城区's own row keeps its answer.
     */
    @Test
    @Transactional
    void one_district_not_applicable_is_not_the_citys_not_applicable_in_the_table() {
        Catalogue.approvedFigure(db, "meal_schools", "350602", 2021, 1, 0);
        Catalogue.approvedAsNotApplicable(db, "meal_schools", "350602", 2021, 1);
        var csv = as(
                "leader",
                () -> exports.districtTable(DashboardFilter.year(2021), Download.Format.CSV, Translations.CHINESE));
        var lines = new String(csv.bytes(), StandardCharsets.UTF_8).substring(1).split("\r\n");
        int column = Arrays.asList(lines[1].split(",", -1)).indexOf("营养改善计划学校（所）");
        assertThat(column).isPositive();
        assertThat(Arrays.stream(lines)
                        .filter(l -> l.startsWith("芗城区,"))
                        .findFirst()
                        .orElseThrow()
                        .split(",", -1)[column])
                .isEqualTo("不适用");
        assertThat(totalRow(csv).split(",", -1)[column])
                .as("the city's total: no data yet")
                .isEmpty();
    }

    /**
     * 芗城区's leader opens 芗城区's page, whose table lists its towns, so the downloads page heads that table
     * 乡镇指标表, as its file is named; it read the city's 区县指标表 (a stranger's trial).
     */
    @Test
    void a_district_leaders_downloads_heading_names_the_towns_their_table_lists() {
        var page = DownloadsPage.withDistrictTable(context, "leader-xiangcheng");
        assertThat(page.headings()).contains("乡镇指标表").doesNotContain("区县指标表");
        assertThat(page.districtTable())
                .as("the table under that heading, where the city's was refused")
                .startsWith("芗城区 ")
                .contains("乡镇");
    }

    /**
     * 芗城区's leader downloads 芗城区's town table (/exports, 乡镇指标表) with 芗城区's values in its total row,
     * as their dashboard's tiles show them: no town of it has reported, and the row was 「芗城区合计,,,,,,」.
     * The city's leader downloading the same table gets the same row.
     */
    @Test
    void a_district_leaders_town_table_has_the_districts_values_in_its_total_row() {
        var xiangcheng = DashboardFilter.year(2020).withDivision("350602");
        var own = totalRow(as(
                "leader-xiangcheng",
                () -> exports.districtTable(xiangcheng, Download.Format.CSV, Translations.CHINESE)));
        var city = totalRow(
                as("leader", () -> exports.districtTable(xiangcheng, Download.Format.CSV, Translations.CHINESE)));
        // 芗城区's family doctors, as on its dashboard's tile
        assertThat(own).startsWith("芗城区合计,").contains(",4200", ",2.5").isEqualTo(city);
    }

    /** The total row: the last line of the table, above the notes at its foot. */
    private static String totalRow(Download csv) {
        var lines = new String(csv.bytes(), StandardCharsets.UTF_8).substring(1).split("\r\n");
        return Arrays.stream(lines)
                .filter(l -> l.contains("合计,"))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private static final String DEMO_NOTE = "说明：公开发布的是全市合计数；各区县数据为演示用的示意拆分，其合计与全市数一致。";

    /** A year an office entered, not the demo's, carries no demo note; nor does it in English. */
    @Test
    @Transactional
    void a_table_of_figures_an_office_entered_carries_no_demo_note() {
        var english = as(
                "comms",
                () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.CSV, Translations.ENGLISH));
        assertThat(new String(english.bytes(), StandardCharsets.UTF_8))
                .contains("Note: only the city totals are published");
        db.execute("update period set illustrative = false where year = 2020");
        var csv = as(
                "comms",
                () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.CSV, Translations.CHINESE));
        var text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("说明：").endsWith(totalRow(csv) + "\r\n");
    }

    @Test
    void a_statistician_exports_only_their_own_district_from_the_tracker() throws IOException {
        var period = as("reviewer", () -> periods.all()).stream()
                .filter(p -> p.year() == 2020 && Integer.valueOf(12).equals(p.month()))
                .findFirst()
                .orElseThrow();
        var own =
                as("stat-xiangcheng", () -> exports.tracker(period, null, Download.Format.XLSX, Translations.CHINESE));
        var all = as("reviewer", () -> exports.tracker(period, null, Download.Format.XLSX, Translations.CHINESE));
        assertThat(dataRows(own)).containsExactly("芗城区");
        assertThat(dataRows(all)).hasSize(11).contains("芗城区", "漳浦县", "龙海市");
    }

    @Test
    void the_audit_trail_is_exported_for_reviewers_only_and_matches_the_screen() {
        assertThatThrownBy(() -> as(
                        "stat-xiangcheng",
                        () -> exports.auditTrail(AuditQuery.all(), Download.Format.CSV, Translations.CHINESE)))
                .isInstanceOf(AccessDeniedException.class);
        var download =
                as("reviewer", () -> exports.auditTrail(AuditQuery.all(), Download.Format.CSV, Translations.CHINESE));
        int count = as("reviewer", () -> audit.count(AuditQuery.all()));
        var text = new String(download.bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("共 " + count + " 条");
        var newest = as("reviewer", () -> audit.search(AuditQuery.all(), 0, 1)).getFirst();
        // the export reads as the screen does: the entry's subject and action in words, never a table name
        var texts = new AuditTexts(translations, Translations.CHINESE);
        assertThat(text)
                .contains(texts.subject(newest))
                .contains(texts.action(newest))
                .doesNotContain(newest.entity() + ",");
    }

    @Test
    void the_entry_sheet_lists_the_statisticians_own_figures_each_with_its_indicators_scale() throws IOException {
        var december = month(2020, 12);
        var download = as(
                "stat-xiangcheng", () -> exports.entrySheet(december.id(), Download.Format.XLSX, Translations.CHINESE));
        assertThat(download.fileName())
                .as("named after the unit whose sheet it is")
                .matches("芗城区-2020-12-填报表-\\d{8}-\\d{4}\\.xlsx");
        var xiangcheng = as(
                "leader",
                () -> dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.MONTH, 12, null, "350602")));
        var roads = xiangcheng.indicators().stream()
                .filter(i -> i.code().equals("road_widening"))
                .findFirst()
                .orElseThrow();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            var sheet = workbook.getSheet("填报表");
            assertThat(sheet.getRow(XlsxTables.TITLE_ROW).getCell(0).getStringCellValue())
                    .startsWith("2020年12月 填报表");
            var roadRow = IntStream.rangeClosed(XlsxTables.HEADER_ROW + 1, sheet.getLastRowNum())
                    .mapToObj(sheet::getRow)
                    .peek(r -> assertThat(r.getCell(0).getStringCellValue()).isEqualTo("芗城区"))
                    .filter(r -> r.getCell(1).getStringCellValue().equals(roads.shortNameZh()))
                    .findFirst()
                    .orElseThrow();
            assertThat(roadRow.getCell(2).getStringCellValue()).isEqualTo("公里");
            var value = roadRow.getCell(3);
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(value.getNumericCellValue()))
                    .isEqualByComparingTo(
                            xiangcheng.value(roads, xiangcheng.focusId()).orElseThrow());
            assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(roadRow.getCell(7).getStringCellValue()).isEqualTo("已发布");
        }
        assertThatThrownBy(() -> as(
                        "reviewer", () -> exports.entrySheet(december.id(), Download.Format.CSV, Translations.CHINESE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Transactional
    void the_review_queue_export_holds_the_submitted_cells_for_reviewers_only() {
        var january = month(2021, 1);
        // a district submits its whole sheet: January's five monthly indicators
        var values = Map.of(
                "meal_schools",
                "4",
                "dropouts",
                "0",
                "family_doctor",
                "3300",
                "road_widening",
                "0.3",
                "passing_bays",
                "1");
        var sheet = as("stat-xiangcheng", () -> figures.sheet(january.id()));
        for (var cell : sheet.cells()) {
            as(
                    "stat-xiangcheng",
                    () -> figures.save(FigureInput.of(
                            cell.key(), values.get(cell.indicator().code()), cell.version())));
        }
        assertThat(as(
                                "stat-xiangcheng",
                                () -> figures.submit(
                                        january.id(),
                                        sheet.divisions().getFirst().id()))
                        .submitted())
                .isEqualTo(5);
        var csv = new String(
                as("reviewer", () -> exports.reviewQueue(january.id(), Download.Format.CSV, Translations.CHINESE))
                        .bytes(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("2021年1月 待审核", "共 5 条");
        assertThat(Arrays.stream(csv.split("\r\n"))
                        .filter(l -> l.contains("公里"))
                        .findFirst()
                        .orElseThrow())
                .startsWith("芗城区,")
                .contains(",公里,0.3,", ",已提交");
        assertThatThrownBy(() -> as(
                        "stat-xiangcheng",
                        () -> exports.reviewQueue(january.id(), Download.Format.CSV, Translations.CHINESE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Period month(int year, int month) {
        return as("reviewer", () -> periods.all()).stream()
                .filter(p -> p.year() == year && Integer.valueOf(month).equals(p.month()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised() {
        var table = new Table(
                "t",
                "s",
                List.of(Table.Column.text("text"), new Table.Column("n", 1)),
                List.of(
                        List.of("=HYPERLINK(\"http://x\")", new BigDecimal("-5")),
                        List.of("+86 596", new BigDecimal("2.5")),
                        List.of("-1+2", 3L),
                        List.of("@SUM(A1)", BigDecimal.ONE),
                        List.of("\tcmd", BigDecimal.ONE),
                        List.of("\rcmd", BigDecimal.ONE),
                        List.of("芗城区, 漳州 \"新\"", BigDecimal.ONE)));
        var csv = new String(CsvTables.write(table), StandardCharsets.UTF_8)
                .substring(1)
                .split("\r\n", -1);
        assertThat(csv[2]).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",-5.0");
        assertThat(csv[3]).isEqualTo("'+86 596,2.5");
        assertThat(csv[4]).isEqualTo("'-1+2,3");
        assertThat(csv[5]).isEqualTo("'@SUM(A1),1.0");
        assertThat(csv[6]).isEqualTo("'\tcmd,1.0");
        assertThat(csv[7]).isEqualTo("\"'\rcmd\",1.0");
        assertThat(csv[8]).isEqualTo("\"芗城区, 漳州 \"\"新\"\"\",1.0");
    }

    private static List<String> dataRows(Download download) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("报送进度");
            var names = new ArrayList<String>();
            for (int r = XlsxTables.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            return names;
        }
    }
}
