package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.format.Numbers;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.PdfText;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The year-in-review must state the article's facts, from the data, in a PDF that keeps its Chinese. */
@IntegrationTest
class PublicationServiceTest {

    @Autowired
    PublicationService publications;

    @Autowired
    DSLContext db;

    @Autowired
    UnitYears units;

    @Autowired
    DashboardService dashboards;

    @Autowired
    ReviewService reviews;

    @Test
    void the_lede_states_the_facts_of_the_seed_articles_first_sentence() {
        var lede = as("comms", () -> publications.yearInReview(2020)).lede();
        assertThat(lede)
                .startsWith("全市156所农村公办义务教育寄宿制学校实施营养改善计划；全市建档立卡贫困家庭适龄儿童辍学人数实现清零")
                .contains("完成农村公路单改双117公里；完成错车道增设267个")
                .contains("全市建档立卡贫困户家庭医生签约服务已覆盖11.8万人")
                .contains("选取51所学校开展交叉指导检查")
                .contains("督促17个市直部门分别牵头")
                .endsWith("。")
                .doesNotContain("{")
                .doesNotContain("暂无数据");
    }

    @Test
    void the_pdf_is_a4_with_the_chinese_font_embedded_and_its_text_searchable() throws Exception {
        var bytes = as("comms", () -> publications.yearInReviewPdf(2020)).bytes();
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target/publication"));
        Files.write(Path.of("target/publication/year-in-review-2020.pdf"), bytes);
        var reader = new PdfReader(bytes);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f, Offset.offset(1f));
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(842f, Offset.offset(1f));
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        var compact = text.toString().replaceAll("\\s+", "");
        assertThat(compact)
                .contains("156所", "实现清零", "117公里", "267个", "11.8万人", "回眸2020", "数据截至", "第1版", "芗城区", "漳州市合计");
        assertThat(embeddedFonts(reader))
                .isNotEmpty()
                .allMatch(name -> name.contains("WenQuanYi")
                        || name.contains("Noto")
                        || name.contains("Ming")
                        || name.contains("Zen"));
    }

    @Test
    void the_pdf_places_a_print_resolution_chart_for_the_district_indicators_in_their_category_sections()
            throws Exception {
        var reader = new PdfReader(
                as("comms", () -> publications.yearInReviewPdf(2020)).bytes());
        var images = new ArrayList<int[]>();
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            var xobjects = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
            if (xobjects == null) {
                continue;
            }
            for (var key : xobjects.getKeys()) {
                var object = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(key));
                if (PdfName.IMAGE.equals(object.getAsName(PdfName.SUBTYPE))) {
                    images.add(
                            new int[] {page, object.getAsNumber(PdfName.WIDTH).intValue()});
                }
            }
        }
        assertThat(reader.getNumberOfPages()).as("a page or two per category").isBetween(4, 9);
        assertThat(images)
                .as("six district indicators; the dropouts, all cleared to zero, need no chart")
                .hasSize(5)
                .allSatisfy(image -> assertThat(image[1]).isEqualTo(1890));
        var compact = text.toString().replaceAll("\\s+", "");
        assertThat(compact).contains("教育", "数据截至", "第1版");
    }

    /** The PDF of a year not yet out is named so, not after an edition nobody received. */
    @Test
    @Transactional
    void the_pdf_of_a_year_not_published_names_no_edition() throws Exception {
        Catalogue.unpublishMonth(db, 2020, 12);
        // a published July corrected while December is not yet out: the revisions are listed, under no edition
        var july = Catalogue.figure(db, "meal_schools", "350602", 2020, 7);
        as(
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        new CellKey(july.getIndicatorId(), july.getDivisionId(), july.getPeriodId()),
                        july.getApprovedValue().subtract(BigDecimal.ONE).toPlainString(),
                        false,
                        null,
                        july.getVersion(),
                        "七月学校数录入有误")));
        var pdf = as("comms", () -> publications.yearInReviewPdf(2020));
        var reader = new PdfReader(pdf.bytes());
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString().replaceAll("\\s+", ""))
                .contains("修订说明（年度未发布）", "七月学校数录入有误")
                .contains("7月" + Numbers.exact(july.getApprovedValue()) + "→"
                        + Numbers.exact(july.getApprovedValue().subtract(BigDecimal.ONE)) + "：七月学校数录入有误")
                .doesNotContain("版）");
        assertThat(pdf.fileName()).isEqualTo("回眸2020-民生领域集中整治成果-年度未发布.pdf");
        assertThat(as("comms", () -> publications.yearInReviewPdf(2020, "350602"))
                        .fileName())
                .isEqualTo("回眸2020-芗城区-民生领域集中整治成果-年度未发布.pdf");
    }

    /** A figure revised to 不适用 says so in its line: 「7月 18 → 不适用」, not a bare month and reason. */
    @Test
    @Transactional
    void a_revision_to_not_applicable_is_stated_as_such() {
        var july = Catalogue.figure(db, "meal_schools", "350602", 2020, 7);
        as(
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        new CellKey(july.getIndicatorId(), july.getDivisionId(), july.getPeriodId()),
                        "",
                        true,
                        null,
                        july.getVersion(),
                        "芗城区七月无此项")));
        assertThat(as("comms", () -> publications.yearInReview(2020)).edition().revisions())
                .extracting(Edition.Revision::text)
                .containsExactly("†芗城区 · 营养改善计划学校 · 7月 " + Numbers.exact(july.getApprovedValue()) + " → 不适用：芗城区七月无此项");
    }

    /**
     * A missing figure is never printed as 0, nor as a 【增设错车道：暂无数据】 marker, which went out to the
     * public in 2019's lede (a stranger's tour): its clause is left out, and the reviewer is told of it.
     */
    @Test
    @Transactional
    void a_missing_figure_leaves_its_clause_out_of_the_lede_never_a_zero() {
        Catalogue.neverReported(db, "passing_bays");
        var review = as("comms", () -> publications.yearInReview(2020));
        assertThat(review.lede()).contains("完成农村公路单改双117公里；督促17个市直部门分别牵头").doesNotContain("错车道", "【", "暂无数据", "；；");
        assertThat(review.gaps()).containsExactly("增设错车道");
    }

    /** 2019's PDF as the comms office downloads it (下载PDF（A4）): no marker, and the lede still a sentence. */
    @Test
    void the_pdf_of_a_year_short_of_figures_prints_no_gap_marker() throws Exception {
        var text = PdfText.withoutSpaces(
                as("comms", () -> publications.yearInReviewPdf(2019)).bytes());
        assertThat(text)
                .contains("来源：漳州市纪委监委全市136所农村公办义务教育寄宿制学校实施营养改善计划；全市建档立卡贫困家庭适龄儿童辍学人数为25人，"
                        + "尚未清零；全市建档立卡贫困户家庭医生签约服务已覆盖10.03万人；完成农村公路单改双64.3公里；完成错车道增设131个。")
                .doesNotContain("【", "：暂无数据");
    }

    /**
     * 不适用 is an answer: the trial's year-in-review printed 【贫困家庭儿童辍学：暂无数据】 for a figure the
     * dashboard shows as 不适用, and asked the publisher to fill it in.
     */
    @Test
    @Transactional
    void a_not_applicable_figure_says_not_applicable_in_the_lede_its_line_and_the_pdf() throws Exception {
        db.execute("update figure set approved_value = null, approved_not_applicable = true, value = null, "
                + "not_applicable = true where indicator_id = (select id from indicator where code = 'dropouts')");
        var review = as("comms", () -> publications.yearInReview(2020));
        assertThat(review.lede()).contains("；贫困家庭儿童辍学不适用；").doesNotContain("暂无数据");
        assertThat(review.gaps()).isEmpty();
        assertThat(review.sections().stream().flatMap(s -> s.lines().stream()))
                .filteredOn(l -> l.indicatorCode().equals("dropouts"))
                .singleElement()
                .satisfies(l -> assertThat(l.value()).isEqualTo("不适用"));
        var reader = new PdfReader(
                as("comms", () -> publications.yearInReviewPdf(2020)).bytes());
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString().replaceAll("\\s+", ""))
                .contains("贫困家庭儿童辍学不适用")
                .doesNotContain("暂无数据");
    }

    /**
     * The city's year-in-review now reads the city's dashboard page, as every unit's does: that page's year
     * must be exactly the city's year it read before, so the city's publication says what it always said.
     */
    @Test
    void the_citys_year_in_review_reads_exactly_the_year_the_city_read_before_units_had_their_own() {
        var unitYear = as("comms", () -> units.read(2020, null).data());
        var cityYear = as("comms", () -> dashboards.cityYear(2020));
        assertThat(unitYear.cells()).containsExactlyInAnyOrderElementsOf(cityYear.cells());
        assertThat(unitYear).usingRecursiveComparison().ignoringFields("cells").isEqualTo(cityYear);
        assertThat(as("comms", () -> publications.yearInReviewPdf(2020)).fileName())
                .isEqualTo("回眸2020-民生领域集中整治成果-第1版.pdf");
    }

    @Test
    void a_districts_year_in_review_states_its_own_figures_as_its_dashboard_page_does() {
        var review = as("comms", () -> publications.yearInReview(2020, "350602"));
        var page = as(
                "comms", () -> dashboards.dashboard(DashboardFilter.year(2020).withDivision("350602")));
        assertThat(review.city()).isEqualTo("芗城区");
        int xiangcheng = page.focus().id();
        for (var indicator : page.districtIndicators()) {
            var line = review.sections().stream()
                    .flatMap(s -> s.lines().stream())
                    .filter(l -> l.indicatorCode().equals(indicator.code()))
                    .findFirst()
                    .orElseThrow();
            assertThat(line.number())
                    .as(indicator.code())
                    .isEqualByComparingTo(page.value(indicator, xiangcheng).orElseThrow());
        }
        assertThat(review.chartedIndicators())
                .as("its page ranks the city's districts, which are not its own year")
                .isEmpty();
        // what only the city reports is not the district's: no line, no gap in the lede; and a 区 is 全区
        assertThat(review.sections().stream().flatMap(s -> s.lines().stream()))
                .noneMatch(l -> l.indicatorCode().equals("lead_departments"));
        assertThat(review.lede()).startsWith("全区").doesNotContain("暂无数据").doesNotContain("全县");
    }

    @Test
    void unknown_placeholders_are_reported_when_a_phrase_is_edited() {
        assertThat(PhraseTemplate.unknownPlaceholders("完成农村公路单改双{value}，{完成率}达到{target}"))
                .containsExactly("完成率");
        assertThat(PhraseTemplate.unknownPlaceholders("全市{value}农村公办义务教育寄宿制学校实施营养改善计划"))
                .isEmpty();
    }

    @Test
    void statisticians_cannot_export_the_publication() {
        assertThatThrownBy(() -> as("stat-xiangcheng", () -> publications.yearInReviewPdf(2020)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Base font names of the fonts whose program is embedded (FontFile2) in the first page. */
    private static List<String> embeddedFonts(PdfReader reader) {
        var names = new ArrayList<String>();
        var fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        for (var key : fonts.getKeys()) {
            var font = (PdfDictionary) PdfReader.getPdfObject(fonts.get(key));
            var descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
            var descendant = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
            var descriptor = (PdfDictionary) PdfReader.getPdfObject(descendant.get(PdfName.FONTDESCRIPTOR));
            if (descriptor.get(PdfName.FONTFILE2) != null) {
                names.add(font.getAsName(PdfName.BASEFONT).toString());
            }
        }
        return names;
    }
}
