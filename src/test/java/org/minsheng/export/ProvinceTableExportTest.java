package org.minsheng.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.Download;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.period.PeriodService;
import org.minsheng.publication.PublicationImageService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.ProvinceRoot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's table downloaded on a province installation says what the screen says: its units are
 * cities, a returned city is marked and the title names what the totals leave out, and a city's table
 * ranking image or tracker is named after that city, not after the province the server belongs to.
 */
@IntegrationTest
@TestPropertySource(properties = {"minsheng.test.database=province-root", "minsheng.city-code=350000"})
@DirtiesContext
@Transactional
class ProvinceTableExportTest {

    @Autowired
    TableExportService exports;

    @Autowired
    PublicationImageService images;

    @Autowired
    PeriodService periods;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void xiamenReturned() {
        ProvinceRoot.xiamenReturned(db);
    }

    @Test
    void the_provinces_table_heads_its_cities_and_marks_the_returned_one() {
        var lines = csv(DashboardFilter.year(2020), Translations.CHINESE);

        assertThat(lines.getFirst())
                .startsWith("福建省 2020年1—12月 市指标 · 数据截至")
                .endsWith(" · 合计只计入已确认的 1 个市；1 个市待确认：厦门市（已退回）");
        assertThat(lines.get(1)).startsWith("市,");
        assertThat(lines).anyMatch(l -> l.startsWith("厦门市（已退回）,"));
        assertThat(lines).anyMatch(l -> l.startsWith("漳州市,"));
    }

    @Test
    void an_english_table_reads_the_mark_in_english() {
        db.execute("delete from unit_acceptance where division_id = (select id from division where code = '350200')");

        var lines = csv(DashboardFilter.year(2020), Locale.ENGLISH);

        assertThat(lines.get(1)).startsWith("City,");
        assertThat(lines).anyMatch(l -> l.startsWith("厦门市 (awaiting acceptance by the province),"));
        assertThat(lines.getFirst()).endsWith("1 not counted yet: 厦门市");
    }

    @Test
    void a_citys_table_is_named_after_the_city_and_heads_its_districts() {
        var filter = DashboardFilter.year(2020).withDivision("350600");

        var download = as("leader", () -> exports.districtTable(filter, Download.Format.CSV, Translations.CHINESE));

        assertThat(download.fileName()).startsWith("漳州-2020-12-");
        assertThat(lines(download).get(1)).startsWith("区县,");
    }

    @Test
    void a_districts_table_heads_its_towns() {
        var filter = DashboardFilter.year(2020).withDivision("350623");

        var download = as("leader", () -> exports.districtTable(filter, Download.Format.CSV, Translations.CHINESE));

        assertThat(download.fileName()).startsWith("漳浦-2020-");
        assertThat(lines(download).getFirst()).contains("乡镇（街道）指标");
    }

    @Test
    void the_file_sheet_and_downloads_heading_name_the_units_listed_not_districts() throws Exception {
        var province = xlsx(DashboardFilter.year(2020), Translations.CHINESE);
        assertThat(province.fileName()).startsWith("福建-2020-12-市指标-");
        assertThat(sheetName(province)).isEqualTo("市指标");
        var english = xlsx(DashboardFilter.year(2020), Locale.ENGLISH);
        assertThat(english.fileName()).startsWith("福建-2020-12-cities-");
        assertThat(sheetName(english)).isEqualTo("Indicators by city");
        assertThat(xlsx(DashboardFilter.year(2020).withDivision("350600"), Translations.CHINESE)
                        .fileName())
                .startsWith("漳州-2020-12-区县指标-");
        assertThat(xlsx(DashboardFilter.year(2020).withDivision("350623"), Translations.CHINESE)
                        .fileName())
                .contains("-乡镇指标-");

        assertThat(DownloadsPage.headings(context, "leader")).contains("市指标表").doesNotContain("区县指标表");
    }

    /**
     * A leader scoped to 漳州市 opens 漳州市's page, whose table lists its districts, so the downloads page
     * heads that table 区县指标表, as its file is named (a_citys_table_is_named_after_the_city_and_heads_its_districts):
     * it read the root's 市指标表 (a stranger's trial).
     */
    @Test
    void a_scoped_leaders_downloads_heading_names_the_units_their_table_lists() {
        // the province demo's 漳州市 leader (db/demo/fujian-illustrative.sql), which this database does not load
        Catalogue.scopedUser(db, "leader-zhangzhou", "leader", "350600");
        var page = DownloadsPage.withDistrictTable(context, "leader-zhangzhou");
        assertThat(page.headings()).contains("区县指标表").doesNotContain("市指标表");
        assertThat(page.districtTable())
                .as("the table under that heading, where the root's was refused")
                .startsWith("漳州市 ")
                .contains("区县指标");
    }

    @Test
    void a_ranking_image_is_named_after_what_it_ranks() {
        var province = as(
                "comms",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2020),
                        "meal_schools",
                        ChartKind.RANKING,
                        ImageSize.WEB,
                        ImageFormat.PNG,
                        null)));
        var city = as(
                "comms",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2020).withDivision("350600"),
                        "meal_schools",
                        ChartKind.RANKING,
                        ImageSize.WEB,
                        ImageFormat.PNG,
                        null)));

        assertThat(province.fileName()).startsWith("福建省-2020-营养改善计划学校-各市排名-");
        assertThat(city.fileName()).startsWith("漳州市-2020-营养改善计划学校-区县排名-");
    }

    @Test
    void a_citys_tracker_is_named_after_the_city() {
        var december = as("reviewer", () -> periods.all()).stream()
                .filter(p -> p.year() == 2020 && Integer.valueOf(12).equals(p.month()))
                .findFirst()
                .orElseThrow();

        var download =
                as("reviewer", () -> exports.tracker(december, "350600", Download.Format.CSV, Translations.CHINESE));

        assertThat(download.fileName()).startsWith("漳州-2020-12-");
        assertThat(lines(download).getFirst()).startsWith("漳州市 2020年12月 报送进度");
    }

    private Download xlsx(DashboardFilter filter, Locale locale) {
        return as("leader", () -> exports.districtTable(filter, Download.Format.XLSX, locale));
    }

    private static String sheetName(Download xlsx) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            return workbook.getSheetName(0);
        }
    }

    private List<String> csv(DashboardFilter filter, Locale locale) {
        return lines(as("leader", () -> exports.districtTable(filter, Download.Format.CSV, locale)));
    }

    private static List<String> lines(Download download) {
        var bytes = download.bytes();
        return Arrays.asList(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
    }
}
