package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import org.assertj.core.data.Offset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.Download;
import org.minsheng.base.RefusedException;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.YearPoint;
import org.minsheng.db.Tables;
import org.minsheng.indicator.Indicator;
import org.minsheng.publication.render.ChartFrame;
import org.minsheng.publication.render.CjkFont;
import org.minsheng.publication.render.SvgCanvas;
import org.minsheng.support.Catalogue;
import org.minsheng.support.SvgTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Chart images and the headline card must be the right size, drawn, framed and carry the screen's numbers. */
@IntegrationTest
class PublicationImagesTest {

    /** As first published: no revision marks a figure. */
    private static final Edition FIRST_EDITION = new Edition(1, true, List.of());

    private static final DashboardFilter YEAR_2020 = DashboardFilter.year(2020);

    @Autowired
    PublicationImageService images;

    @Autowired
    DashboardService dashboards;

    @Autowired
    HeadlineCard card;

    @Autowired
    DSLContext db;

    @Test
    void a_web_chart_is_1200_by_800_at_96_dpi_and_actually_drawn() throws Exception {
        var file = chart(ChartKind.RANKING, ImageSize.WEB, ImageFormat.PNG, null);
        var image = read(file);
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(dpi(file.bytes())).isCloseTo(96, Offset.offset(0.1));
        assertThat(distinctColours(image))
                .as("bars, markers, anti-aliased text")
                .isGreaterThan(100);
        assertThat(inkShare(image, 200, 220, 1130, 640))
                .as("plot area covered by bars")
                .isGreaterThan(0.08);
        assertThat(inkShare(image, 60, 40, 900, 90)).as("the title is drawn").isGreaterThan(0.05);
        assertThat(file.fileName()).isEqualTo("漳州市-2020-营养改善计划学校-区县排名-网页1200x800-第1版.png");
    }

    @Test
    void a_print_chart_is_1890_pixels_wide_for_16_cm_at_300_dpi() throws Exception {
        var file = chart(ChartKind.TREND, ImageSize.PRINT, ImageFormat.PNG, "各区县数据为示意拆分");
        var image = read(file);
        assertThat(image.getWidth()).isEqualTo(1890);
        assertThat(image.getHeight()).isEqualTo(1260);
        assertThat(dpi(file.bytes())).isCloseTo(300, Offset.offset(0.1));
        assertThat(image.getWidth() / dpi(file.bytes()) * 2.54).isCloseTo(16.0, Offset.offset(0.01));
        assertThat(distinctColours(image)).isGreaterThan(100);
    }

    @Test
    void the_ranked_svg_carries_the_frame_and_the_dashboards_district_values() throws Exception {
        var texts = svgTexts(chart(ChartKind.RANKING, ImageSize.WEB, ImageFormat.SVG, "各区县数据为示意拆分"));
        assertThat(texts)
                .contains(
                        "各区县营养改善计划学校排名（2020年1—12月）", "单位：所", "来源：漳州市纪委监委", "注：各区县数据为示意拆分", "完成值", "目标值", "芗城区", "漳浦县");
        assertThat(texts).anyMatch(t -> t.matches("数据截至 2021年1月\\d+日（第1版）|数据截至 2020年12月\\d+日（第1版）"));
        var screen = as("comms", () -> dashboards.dashboard(YEAR_2020));
        var meal = screen.districtIndicators().stream()
                .filter(i -> i.code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
        var onScreen = screen.counties().stream()
                .map(c -> screen.value(meal, c.id()).orElseThrow().toPlainString())
                .toList();
        // the value labels follow the district names, in the ranked order
        var labels = texts.stream().filter(t -> t.matches("\\d+")).toList();
        assertThat(labels).containsAll(onScreen);
        assertThat(onScreen.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("156");
    }

    @Test
    void a_ranking_names_the_targets_tick_only_where_one_is_drawn() throws Exception {
        assertThat(svgTexts(chart(ChartKind.RANKING, ImageSize.WEB, ImageFormat.SVG, null)))
                .as("2020: every district has a target")
                .anyMatch(t -> t.contains("竖线为目标值"));
        var without = as(
                "comms",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2019),
                        "meal_schools",
                        ChartKind.RANKING,
                        ImageSize.WEB,
                        ImageFormat.SVG,
                        null)));
        assertThat(svgTexts(without))
                .as("2019: no district targets, no tick")
                .anyMatch(t -> t.contains("各区县完成值"))
                .noneMatch(t -> t.contains("目标"));
    }

    @Test
    void the_trend_svg_ends_in_december_at_the_city_total() throws Exception {
        var texts = svgTexts(chart(ChartKind.TREND, ImageSize.PRINT, ImageFormat.SVG, null));
        assertThat(texts).contains("漳州市2020年营养改善计划学校逐月累计与目标进度", "1月", "12月", "156", "累计完成", "按目标均衡进度", "来源：漳州市纪委监委");
        assertThat(texts).noneMatch(t -> t.startsWith("注："));
    }

    @Test
    void the_year_on_year_svg_puts_each_districts_2019_beside_its_2020_as_on_screen() throws Exception {
        var texts = svgTexts(chart(ChartKind.YEAR_ON_YEAR, ImageSize.WEB, ImageFormat.SVG, null));
        assertThat(texts)
                .contains("营养改善计划学校同比（2020年1—12月与上年同期）", "2019年", "2020年", "芗城区", "来源：漳州市纪委监委")
                .as("the city's total is said over the plot, not drawn as a bar on the districts' scale")
                .doesNotContain("漳州市", "156");
        var screen = as("comms", () -> dashboards.dashboard(YEAR_2020));
        var meal = indicator(screen, "meal_schools");
        var labels = texts.stream().filter(t -> t.matches("\\d+")).toList();
        for (var county : screen.counties()) {
            var now = screen.value(meal, county.id()).orElseThrow().toPlainString();
            var before =
                    screen.lastYearCell(meal, county.id()).orElseThrow().value().toPlainString();
            assertThat(labels).as(county.name()).contains(now, before);
        }
        var cityBefore = screen.lastYearCell(meal, null).orElseThrow().value();
        assertThat(cityBefore).as("2019 is a smaller year in the demo").isLessThan(new BigDecimal("156"));
        assertThat(texts).contains("单位：所 · 漳州市合计：2019年 " + cityBefore.toPlainString() + "所，2020年 156所");
    }

    @Test
    void the_year_on_year_png_is_drawn_with_both_years_colours() throws Exception {
        var image = read(chart(ChartKind.YEAR_ON_YEAR, ImageSize.PRINT, ImageFormat.PNG, null));
        assertThat(image.getWidth()).isEqualTo(1890);
        assertThat(image.getHeight()).isEqualTo(1260);
        assertThat(pixels(image, 0x0072B2)).as("last year in the screen's blue").isGreaterThan(2000);
        assertThat(pixels(image, 0xE69F00))
                .as("this year in the screen's orange")
                .isGreaterThan(2000);
    }

    @Test
    void the_year_by_year_svg_shows_2019_and_2020_whole_year_values() throws Exception {
        var file = chart(ChartKind.YEARS, ImageSize.WEB, ImageFormat.PNG, null);
        var image = read(file);
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(inkShare(image, 200, 220, 1130, 640))
                .as("plot area covered by bars")
                .isGreaterThan(0.08);
        assertThat(file.fileName()).isEqualTo("漳州市-2020-营养改善计划学校-历年变化-网页1200x800-第1版.png");

        var texts = svgTexts(chart(ChartKind.YEARS, ImageSize.PRINT, ImageFormat.SVG, "2019年为上一轮整治"));
        var screen = as("comms", () -> dashboards.dashboard(YEAR_2020));
        var meal = indicator(screen, "meal_schools");
        var years = screen.years(meal);
        assertThat(years).extracting(YearPoint::year).containsExactly(2019, 2020);
        assertThat(texts)
                .contains(
                        "漳州市营养改善计划学校历年变化（2019—2020年）",
                        "单位：所",
                        "2019年",
                        "2020年",
                        "注：2019年为上一轮整治",
                        years.get(0).value().toPlainString(),
                        "156");
    }

    @Test
    void the_heat_map_svg_writes_each_districts_completion_as_the_dashboard_table() throws Exception {
        var texts = svgTexts(chart(ChartKind.HEAT_MAP, ImageSize.WEB, ImageFormat.SVG, null));
        assertThat(texts)
                .contains(
                        "各区县目标完成率（2020年1—12月）",
                        "单位：%（完成率）",
                        "区县",
                        "龙文区",
                        "东山县",
                        "营养改善计划学校",
                        "贫困家庭儿童辍学",
                        "75.0%",
                        "已实现清零",
                        "未完成",
                        "来源：漳州市纪委监委");
        assertThat(texts).doesNotContain("0.0%");
        var screen = as("comms", () -> dashboards.dashboard(YEAR_2020));
        var roads = indicator(screen, "road_widening");
        for (var county : screen.counties()) {
            var percent = screen.value(roads, county.id())
                    .orElseThrow()
                    .multiply(BigDecimal.valueOf(100))
                    .divide(screen.target(roads, county.id()).orElseThrow().value(), 1, RoundingMode.HALF_UP);
            assertThat(texts).as(county.name()).contains(percent.toPlainString() + "%");
        }
    }

    @Test
    void a_heat_map_for_a_year_without_district_targets_says_so_instead_of_drawing_empty_cells() throws Exception {
        var file = as(
                "comms",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2019), null, ChartKind.HEAT_MAP, ImageSize.WEB, ImageFormat.SVG, null)));
        var texts = svgTexts(file);
        assertThat(texts)
                .contains("各区县目标完成率（2019年1—12月）", "本年度未给区县下达目标，无法计算区县完成率。", "来源：漳州市纪委监委")
                .doesNotContain("芗城区");
    }

    @Test
    void the_heat_map_png_shades_met_targets_blue_and_missed_ones_orange_as_on_screen() throws Exception {
        var file = chart(ChartKind.HEAT_MAP, ImageSize.PRINT, ImageFormat.PNG, null);
        var image = read(file);
        assertThat(image.getWidth()).isEqualTo(1890);
        assertThat(file.fileName()).isEqualTo("漳州市-2020-各指标-完成率热力图-印刷16厘米300dpi-第1版.png");
        assertThat(pixels(image, 0xF5C38A)).as("missed targets (龙文区, 东山县)").isGreaterThan(10_000);
        // a met 100-150 % cell: the screen's rgba(0,114,178,0.58..0.75) over white
        long blue = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if ((rgb >> 16) < 0x80 && (rgb & 0xFF) > 0xC0 && ((rgb >> 8) & 0xFF) < 0xC0) {
                    blue++;
                }
            }
        }
        assertThat(blue).as("met targets in deep blue").isGreaterThan(10_000);
    }

    @Test
    void the_headline_card_is_1080_wide_with_the_years_big_numbers() throws Exception {
        var file = as("comms", () -> images.headlineCard(2020));
        save(file);
        var image = read(file);
        assertThat(image.getWidth()).isEqualTo(1080);
        assertThat(image.getHeight()).isGreaterThan(1080);
        assertThat(distinctColours(image)).isGreaterThan(100);
        assertThat(file.fileName()).isEqualTo("回眸2020-成果数字卡片-第1版.png");

        var data = as("comms", () -> dashboards.cityYear(2020));
        var figures = card.figures(data, FIRST_EDITION);
        assertThat(figures)
                .extracting(f -> f.number() + f.unit())
                .contains("156所", "清零", "117公里", "267个", "11.8万人", "51所", "17个");
        var svg = new SvgCanvas(HeadlineCard.WIDTH, HeadlineCard.height(figures.size()), null, fontFor());
        card.paint(svg, data, figures, List.of(), new ChartFrame("来源：漳州市纪委监委", "数据截至 2020年12月（第1版）", null, null), 1400);
        var texts = svgTexts(new Download("card.svg", "image/svg+xml", svg.finish()));
        assertThat(texts).contains("回眸2020", "156", "所", "清零", "11.8万", "营养改善计划学校", "来源：漳州市纪委监委");
    }

    @Test
    @Transactional
    void the_headline_card_leaves_out_an_indicator_without_a_figure_and_spans_the_odd_last_tile() throws Exception {
        // a year in which nobody could enter the city's own 牵头市直部门 (issue 15)
        db.execute("""
                delete from figure_revision where figure_id in (select id from figure
                  where indicator_id = (select id from indicator where code = 'lead_departments'))""");
        db.execute(
                "delete from figure where indicator_id = (select id from indicator where code = 'lead_departments')");
        var data = as("comms", () -> dashboards.cityYear(2020));
        var figures = card.figures(data, FIRST_EDITION);
        assertThat(figures)
                .extracting(HeadlineCard.Figure::label)
                .containsExactly("营养改善计划学校", "贫困家庭儿童辍学", "交叉指导检查学校", "家庭医生签约覆盖", "农村公路单改双", "增设错车道", "整治问题类别");
        assertThat(figures).extracting(HeadlineCard.Figure::number).doesNotContain("暂无数据");

        var last = HeadlineCard.tile(6, 7);
        assertThat(last.x() + last.width() / 2)
                .as("the seventh tile is centred under the other six")
                .isEqualTo(HeadlineCard.WIDTH / 2.0);
        var pair = List.of(HeadlineCard.tile(4, 7), HeadlineCard.tile(5, 7));
        assertThat(pair.getFirst().x()).isEqualTo(last.x());
        assertThat(pair.getLast().x() + pair.getLast().width()).isEqualTo(last.x() + last.width());
        Files.createDirectories(Path.of("target/publication"));
        Files.write(
                Path.of("target/publication/card-without-lead-departments.png"),
                as("comms", () -> images.headlineCard(2020)).bytes());
    }

    /** A year not yet out: its images and their file names say 未发布, never an edition nobody received. */
    @Test
    @Transactional
    void a_chart_and_the_card_of_a_year_not_published_name_no_edition() throws Exception {
        Catalogue.unpublishMonth(db, 2020, 12);
        var svg = chart(ChartKind.RANKING, ImageSize.WEB, ImageFormat.SVG, null);
        assertThat(svgTexts(svg)).anyMatch(t -> t.matches("数据截至 .+（年度未发布）")).noneMatch(t -> t.contains("版"));
        assertThat(svg.fileName()).endsWith("-年度未发布.svg");
        assertThat(chart(ChartKind.RANKING, ImageSize.WEB, ImageFormat.PNG, null)
                        .fileName())
                .isEqualTo("漳州市-2020-营养改善计划学校-区县排名-网页1200x800-年度未发布.png");
        assertThat(as("comms", () -> images.headlineCard(2020)).fileName()).isEqualTo("回眸2020-成果数字卡片-年度未发布.png");
    }

    /**
     * A note as long as the field allows is drawn whole: the footer used to cut a 100-character note with
     * 「…」 and say nothing; 60 full-width characters after 注： fit the footer's line, a longer note is
     * refused with its limit instead of cut.
     */
    @Test
    @Transactional
    void a_note_of_the_length_allowed_is_drawn_whole_and_a_longer_one_is_refused_not_cut() throws Exception {
        var longest = "国".repeat(PublicationImageService.NOTE_LENGTH - 10) + "各区县数据为示意拆分";
        assertThat(longest).hasSize(60);
        assertThat(svgTexts(chart(ChartKind.RANKING, ImageSize.WEB, ImageFormat.SVG, longest)))
                .contains("注：" + longest)
                .noneMatch(t -> t.contains("…"));
        int exports = db.fetchCount(Tables.EXPORT_RECORD);
        assertThatThrownBy(() -> chart(ChartKind.RANKING, ImageSize.WEB, ImageFormat.PNG, longest + "。"))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "publication.export.noteTooLong");
        assertThat(db.fetchCount(Tables.EXPORT_RECORD))
                .as("a refused chart records no export")
                .isEqualTo(exports);
    }

    /** The frame writes 注： itself; a note typed as 「注：…」 printed 「注：注：…」. */
    @Test
    void a_note_typed_with_its_own_label_is_not_labelled_twice() throws Exception {
        for (var typed : List.of("注：各区县数据为示意拆分", "注: 各区县数据为示意拆分", " Note:各区县数据为示意拆分", "NOTE： 各区县数据为示意拆分")) {
            assertThat(svgTexts(chart(ChartKind.RANKING, ImageSize.WEB, ImageFormat.SVG, typed)))
                    .as(typed)
                    .contains("注：各区县数据为示意拆分")
                    .noneMatch(t -> t.startsWith("注：注") || t.startsWith("注：Note") || t.startsWith("注：NOTE"));
        }
        assertThat(svgTexts(chart(ChartKind.RANKING, ImageSize.WEB, ImageFormat.SVG, "注：")))
                .as("a label and nothing else is no note")
                .noneMatch(t -> t.startsWith("注："));
    }

    @Test
    void statisticians_cannot_export_chart_images_or_the_card() {
        assertThatThrownBy(() -> as(
                        "stat-xiangcheng",
                        () -> images.chart(new ChartRequest(
                                YEAR_2020, "meal_schools", ChartKind.RANKING, ImageSize.WEB, ImageFormat.PNG, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("stat-xiangcheng", () -> images.headlineCard(2020)))
                .isInstanceOf(AccessDeniedException.class);
        for (var kind : List.of(ChartKind.YEAR_ON_YEAR, ChartKind.YEARS, ChartKind.HEAT_MAP)) {
            assertThatThrownBy(() -> as(
                            "stat-xiangcheng",
                            () -> images.chart(new ChartRequest(
                                    YEAR_2020, "meal_schools", kind, ImageSize.PRINT, ImageFormat.SVG, null))))
                    .as(kind.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Autowired
    CjkFont cjk;

    private Font fontFor() {
        return cjk.awt();
    }

    private Download chart(ChartKind kind, ImageSize size, ImageFormat format, String note) throws Exception {
        var file =
                as("comms", () -> images.chart(new ChartRequest(YEAR_2020, "meal_schools", kind, size, format, note)));
        save(file);
        return file;
    }

    private static Indicator indicator(Dashboard screen, String code) {
        return screen.districtIndicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Pixels of exactly this colour, every other row and column: the inside of filled bars and cells. */
    private static long pixels(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void save(Download file) throws Exception {
        Files.createDirectories(Path.of("target/publication"));
        Files.write(Path.of("target/publication", file.fileName()), file.bytes());
    }

    private static BufferedImage read(Download file) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(file.bytes()));
    }

    /** Dots per inch from the PNG's pHYs chunk. */
    private static double dpi(byte[] png) throws Exception {
        var reader = ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
        var root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        var phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
        assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
        return Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
    }

    private static int distinctColours(BufferedImage image) {
        var colours = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    /** Share of non-white pixels in a rectangle given in 1200-wide logical units. */
    private static double inkShare(BufferedImage image, int x0, int y0, int x1, int y1) {
        double scale = image.getWidth() / 1200.0;
        int ink = 0;
        int all = 0;
        for (int y = (int) (y0 * scale); y < y1 * scale; y++) {
            for (int x = (int) (x0 * scale); x < x1 * scale; x++) {
                all++;
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / all;
    }

    private static List<String> svgTexts(Download file) throws Exception {
        save(file);
        return SvgTexts.of(file.bytes());
    }
}
