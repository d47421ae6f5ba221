package org.minsheng.publication;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.base.format.Numbers;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.Division;
import org.minsheng.export.OpenDataFormat;
import org.minsheng.export.OpenDataService;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.indicator.Indicator;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.PdfText;
import org.minsheng.support.ProvinceDemo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province demo (福建省 as the root): every unit has its own year-in-review, in its own words and with
 * its own dashboard page's numbers, and publishes its own year, with an edition of its own subtree.
 */
@IntegrationTest
@ProvinceDemo
@DirtiesContext
class UnitPublicationTest {

    @Autowired
    PublicationService publications;

    @Autowired
    PublicationImageService images;

    @Autowired
    UnitPublicationService unitPublications;

    @Autowired
    DashboardService dashboards;

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationContext context;

    @Autowired
    OpenDataService openData;

    @Test
    void the_province_a_city_and_a_county_each_have_a_year_in_review_in_their_own_words_and_numbers() {
        check(null, "福建省", "全省");
        check("350600", "漳州市", "全市");
        check("350623", "漳浦县", "全县");
    }

    private void check(String code, String name, String whole) {
        var review = as("comms", () -> publications.yearInReview(2020, code));
        assertThat(review.city()).isEqualTo(name);
        assertThat(review.lede())
                .as(name + "'s lede")
                .startsWith(whole)
                .doesNotContain("全省".equals(whole) ? "全市" : "全省");
        var page = as(
                "comms", () -> dashboards.dashboard(DashboardFilter.year(2020).withDivision(code)));
        assertThat(page.focus().name()).isEqualTo(name);
        int compared = 0;
        for (var indicator : page.indicators()) {
            if ("全县".equals(whole) && indicator.reportedByCity()) {
                // what only a city reports is not a county's figure: no line of its year-in-review
                assertThat(review.sections().stream().flatMap(s -> s.lines().stream()))
                        .noneMatch(l -> l.indicatorCode().equals(indicator.code()));
                continue;
            }
            var line = review.sections().stream()
                    .flatMap(s -> s.lines().stream())
                    .filter(l -> l.indicatorCode().equals(indicator.code()))
                    .findFirst()
                    .orElseThrow();
            var shown = page.cell(indicator, null).map(YearCell::value).orElse(null);
            if (shown == null) {
                assertThat(line.number()).as(name + " " + indicator.code()).isNull();
            } else {
                assertThat(line.number()).as(name + " " + indicator.code()).isEqualByComparingTo(shown);
                compared++;
            }
        }
        assertThat(compared)
                .as(name + ": numbers compared with its dashboard page")
                .isGreaterThanOrEqualTo(5);
        assertThat(review.data().counties())
                .as(name + " lists its own children")
                .containsExactlyElementsOf(page.counties());
    }

    @Test
    void the_province_and_a_city_pdf_name_their_unit_and_issuer() throws Exception {
        var province = as("comms", () -> publications.yearInReviewPdf(2020, null));
        Files.createDirectories(Path.of("target/publication"));
        Files.write(Path.of("target/publication/fujian-2020.pdf"), province.bytes());
        assertThat(province.fileName()).isEqualTo("回眸2020-民生领域集中整治成果-第1版.pdf");
        assertThat(PdfText.withoutSpaces(province.bytes()))
                .contains("回眸2020｜福建省", "福建省纪委监委", "福建省合计", "漳州市", "福州市", "全省")
                .doesNotContain("漳州市纪委监委");

        var city = as("comms", () -> publications.yearInReviewPdf(2020, "350600"));
        assertThat(city.fileName()).isEqualTo("回眸2020-漳州市-民生领域集中整治成果-第1版.pdf");
        assertThat(PdfText.withoutSpaces(city.bytes()))
                .contains("回眸2020｜漳州市", "漳州市纪委监委", "漳州市合计", "芗城区", "全市156所")
                .doesNotContain("福建省纪委监委");

        var card = as("comms", () -> images.headlineCard(2020, "350623"));
        assertThat(card.fileName()).isEqualTo("回眸2020-漳浦县-成果数字卡片-第1版.png");
    }

    @Test
    void a_leader_of_a_city_reads_its_year_in_review_and_never_a_neighbours_or_the_provinces() {
        assertThat(as("leader-zhangzhou", () -> publications.yearInReview(2020)).city())
                .as("a scoped leader's own unit by default")
                .isEqualTo("漳州市");
        assertThatThrownBy(() -> as("leader-zhangzhou", () -> publications.yearInReview(2020, "350100")))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> as("leader-zhangzhou", () -> publications.yearInReview(2020, "350000")))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> as("comms", () -> publications.yearInReview(2020, "359999")))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "publication.error.unknownUnit");
    }

    /**
     * The trial's finding: a neighbour's year-in-review was refused, yet its page kept the exports, whose
     * card was the reader's own unit's, and a PDF button without a file. A refused page offers only the way back.
     */
    @Test
    void a_neighbours_refused_year_in_review_offers_no_downloads_only_the_way_back() {
        KaribuSpring.signInAndOpen(context, "leader-zhangzhou");
        try {
            UI.getCurrent().navigate("publication", QueryParameters.of("division", "350200"));
            assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                    .anySatisfy(t -> assertThat(t).startsWith("不在您的查看范围内"));
            for (var id : List.of("download-card", "download-chart", "download-pdf")) {
                assertThat(_find(Anchor.class, spec -> spec.withId(id))).as(id).isEmpty();
            }
            assertThat(_find(Select.class)).as("no year or chart to pick").isEmpty();
            assertThat(_find(TextField.class)).isEmpty();
            var back = _get(RouterLink.class, spec -> spec.withId("publication-own-unit"));
            assertThat(back.getText()).isEqualTo("返回漳州市的年度回眸");
            UI.getCurrent().navigate(back.getHref());
            assertThat(_get(Paragraph.class, spec -> spec.withId("publication-lede"))
                            .getText())
                    .startsWith("全市");
            assertThat(_find(Anchor.class, spec -> spec.withId("download-card")))
                    .hasSize(1);
        } finally {
            KaribuSpring.tearDown();
        }
    }

    @Test
    @Transactional
    void a_city_publishes_once_nothing_below_it_is_pending_and_a_later_approval_moves_only_its_own_edition() {
        Catalogue.scopedUser(db, "reviewer-zhangzhou", "reviewer", "350600");
        Catalogue.scopedUser(db, "reviewer-fuzhou", "reviewer", "350100");
        assertThat(pending("350600"))
                .as("the demo's 2020 is approved throughout")
                .isZero();
        var own = as("reviewer-zhangzhou", () -> unitPublications.status(2020, null));
        assertThat(own.unit().name())
                .as("a scoped reviewer's page opens at their own unit")
                .isEqualTo("漳州市");
        assertThat(own.mayPublish()).as("which they may publish").isTrue();
        assertThat(as("reviewer-zhangzhou", () -> publications.yearInReview(2020))
                        .city())
                .isEqualTo("漳州市");
        var figure = Catalogue.figure(db, "road_widening", "350623", 2020, 12);
        db.execute("update figure set status = 'submitted' where id = " + figure.getId());

        assertThatThrownBy(() -> as("reviewer-zhangzhou", () -> unitPublications.publish(2020, "350600")))
                .as("a figure of 漳浦县 waits for review")
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "publication.error.pending")
                .satisfies(e -> assertThat(((RefusedException) e).parameters()).contains(1));
        assertThatThrownBy(() -> as("reviewer-fuzhou", () -> unitPublications.publish(2020, "350600")))
                .as("a neighbouring city's reviewer")
                .hasFieldOrPropertyWithValue("messageKey", "publication.error.notYourUnit");
        assertThatThrownBy(() -> as("reviewer", () -> unitPublications.publish(2020, "350600")))
                .as("an unscoped reviewer publishes the root only")
                .hasFieldOrPropertyWithValue("messageKey", "publication.error.notYourUnit");

        int version = db.fetchSingle("select version from figure where id = " + figure.getId())
                .get(0, Integer.class);
        var key = new CellKey(figure.getIndicatorId(), figure.getDivisionId(), figure.getPeriodId());
        // the demo's levels are city and province: 漳州市's reviewer approves 漳浦县's figures
        as("reviewer-zhangzhou", () -> reviews.approve(key, version));
        var published = as("reviewer-zhangzhou", () -> unitPublications.publish(2020, "350600"));
        as("reviewer-fuzhou", () -> unitPublications.publish(2020, "350100"));
        assertThat(published.published()).isTrue();
        assertThat(published.release().by()).isNotBlank();
        assertThat(as("comms", () -> publications.yearInReview(2020, "350600")).revision())
                .isEqualTo(1);
        assertThatThrownBy(() -> as("reviewer-zhangzhou", () -> unitPublications.publish(2020, "350600")))
                .hasFieldOrPropertyWithValue("messageKey", "publication.error.alreadyPublished");

        // a correction in 漳浦县 after 漳州市 published: 漳州市's second edition, with its mark; 福州市's stays the first
        db.execute("update figure set status = 'submitted', correction_reason = '复核更正' where id = " + figure.getId());
        int again = db.fetchSingle("select version from figure where id = " + figure.getId())
                .get(0, Integer.class);
        as("reviewer-zhangzhou", () -> reviews.approve(key, again));
        var zhangzhou = as("comms", () -> publications.yearInReview(2020, "350600"));
        assertThat(zhangzhou.revision()).isEqualTo(2);
        assertThat(zhangzhou.edition().revisions())
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .as("approved again as it was: the line says so, not only that it was revised")
                        .contains("漳浦县", "农村公路单改双", "复核更正")
                        .contains(
                                "12月 " + Numbers.exact(figure.getValue()) + " → " + Numbers.exact(figure.getValue())));
        assertThat(zhangzhou.sections().stream().flatMap(s -> s.lines().stream()))
                .filteredOn(zhangzhou::revised)
                .extracting(YearInReview.Line::indicatorCode)
                .containsExactly("road_widening");
        assertThat(as("comms", () -> publications.yearInReview(2020, "350100")).revision())
                .as("福州市's subtree has no revision")
                .isEqualTo(1);
        assertThat(as("comms", () -> publications.yearInReviewPdf(2020, "350600"))
                        .fileName())
                .endsWith("-第2版.pdf");
    }

    @Test
    @Transactional
    void the_province_publishes_only_after_it_has_accepted_each_of_its_cities() {
        // the demo lists city and province and has accepted every city's 2020: take the acceptances back
        db.execute("insert into approval_level (level) values ('city'), ('province') on conflict do nothing");
        db.execute("delete from unit_acceptance where year = 2020");
        assertThatThrownBy(() -> as("reviewer", () -> unitPublications.publish(2020, null)))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "publication.error.notAccepted")
                .satisfies(e -> assertThat(((RefusedException) e).parameters()).contains(9));
        assertThat(as("comms", () -> unitPublications.status(2020, "350600")).notAccepted())
                .as("the city is the deepest level: it approves figures and accepts nobody")
                .isZero();
        db.execute("""
                insert into unit_acceptance (division_id, year, status, decided_by)
                select d.id, 2020, 'accepted', u.id from division d, app_user u
                where d.level = 'city' and u.username = 'reviewer'""");
        var status = as("reviewer", () -> unitPublications.publish(2020, null));
        assertThat(status.published()).isTrue();
        assertThat(status.unit().name()).isEqualTo("福建省");
        assertThat(db.fetchCount(db.selectFrom("audit_entry").where("entity = 'unit_publication'")))
                .as("the publication is audited")
                .isEqualTo(1);
    }

    /**
     * The trial's finding: a correction in 漳州市 after the province accepted it takes the acceptance back, and
     * the province's year-in-review then counted 漳州市 nowhere in its totals while its table still listed
     * 漳州市's figures unmarked, so its rows did not add up to the total printed under them.
     */
    @Test
    @Transactional
    void a_city_left_out_of_the_provinces_totals_after_a_correction_is_named_and_marked_in_its_publication()
            throws Exception {
        var review = leaveZhangzhouOut();
        assertThat(review.acceptanceNote())
                .hasValueSatisfying(note -> assertThat(note).contains("8 个市", "漳州市"));
        assertThat(review.unitName(unit(review, "350600"))).isEqualTo("漳州市（待省级确认）");
        assertThat(review.unitName(unit(review, "350100"))).isEqualTo("福州市");

        var bytes = as("comms", () -> publications.yearInReviewPdf(2020, null)).bytes();
        // kept to be looked at: the note under the lede, the marked row in each table
        Files.createDirectories(Path.of("target/publication"));
        Files.write(Path.of("target/publication/fujian-2020-city-left-out.pdf"), bytes);
        var pdf = PdfText.withoutSpaces(bytes);
        assertThat(pdf).contains("合计只计入已确认的8个市", "漳州市（待省级确认）");

        assertThat(as("comms", () -> publications.yearInReview(2020, "350600")).acceptanceNote())
                .as("漳州市's own year counts its districts, which nobody accepts")
                .isEmpty();
    }

    /**
     * The trial's finding: the province's headline line 营养改善计划学校 carried the † of a revision in 漳州市,
     * whose figures its total no longer counts. The printed figure did not change: no †.
     */
    @Test
    @Transactional
    void a_revision_in_a_city_the_totals_leave_out_marks_no_headline_line_of_the_province() throws Exception {
        var review = leaveZhangzhouOut();
        var meals = line(review, "meal_schools");
        assertThat(review.edition().revised(meals.indicatorId()))
                .as("the revision is in the edition")
                .isTrue();
        assertThat(review.revised(meals.line())).isFalse();
        var pdf = PdfText.withoutSpaces(
                as("comms", () -> publications.yearInReviewPdf(2020, null)).bytes());
        assertThat(pdf).doesNotContain(meals.line().label() + "†");
    }

    /**
     * The trial's finding: 漳州市's corrected figure carried its † on the dashboard and in the open data, not
     * in the publication's table. The table marks it as they do; the revisions under it say why.
     */
    @Test
    @Transactional
    void the_publications_table_marks_a_revised_figure_as_the_dashboard_does() throws Exception {
        var review = leaveZhangzhouOut();
        var meals = line(review, "meal_schools");
        var figure = review.data().cell(meals.indicator(), unit(review, "350600"));
        assertThat(figure.orElseThrow().corrections()).isPositive();
        var printed = YearInReview.figureText(figure, meals.indicator(), "不适用");
        var pdf = PdfText.withoutSpaces(
                as("comms", () -> publications.yearInReviewPdf(2020, null)).bytes());
        assertThat(pdf).contains("漳州市（待省级确认）" + printed + "†");
        assertThat(YearInReview.tableText(figure, meals.indicator(), "不适用"))
                .as("the public page's table prints the same text")
                .isEqualTo(printed + "†");
    }

    /**
     * The trial's finding: the open data of the province's year listed 漳州市's figures unmarked beside a
     * province total that leaves them out, with no word of it. They say it as the publication does.
     */
    @Test
    @Transactional
    void the_open_data_name_the_city_the_provinces_totals_leave_out() throws Exception {
        leaveZhangzhouOut();
        var csv = new String(
                openData.published(2020, null, OpenDataFormat.CSV).orElseThrow().bytes(), StandardCharsets.UTF_8);
        assertThat(csv).contains("2020,350600,漳州市（待省级确认）,meal_schools,").contains("2020,350100,福州市,meal_schools,");
        var json = openData.data(2020, null).orElseThrow();
        assertThat(json.leftOut()).contains("8 个市", "漳州市");
        assertThat(json.figures())
                .filteredOn(f -> f.unitCode().equals("350600"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.unitName()).isEqualTo("漳州市（待省级确认）"));
        var xlsx = openData.published(2020, null, OpenDataFormat.XLSX)
                .orElseThrow()
                .bytes();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .as("the spreadsheet's title row carries the note, as the table export's does")
                    .contains("合计只计入已确认的 8 个市");
        }
    }

    /** A correction in 芗城区 after the province accepted 漳州市: the acceptance is taken back. */
    private YearInReview leaveZhangzhouOut() {
        db.execute("insert into approval_level (level) values ('city'), ('province') on conflict do nothing");
        var december = Catalogue.figure(db, "meal_schools", "350602", 2020, 12);
        var key = new CellKey(december.getIndicatorId(), december.getDivisionId(), december.getPeriodId());
        as(
                "reviewer-zhangzhou",
                () -> reviews.revise(new FigureInput(key, "5", false, null, december.getVersion(), "复核更正")));
        return as("comms", () -> publications.yearInReview(2020, null));
    }

    private record IndicatorLine(Indicator indicator, YearInReview.Line line) {
        int indicatorId() {
            return indicator.id();
        }
    }

    private static IndicatorLine line(YearInReview review, String code) {
        var indicator = review.data().indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
        var line = review.sections().stream()
                .flatMap(s -> s.lines().stream())
                .filter(l -> l.indicatorCode().equals(code))
                .findFirst()
                .orElseThrow();
        return new IndicatorLine(indicator, line);
    }

    private static Division unit(YearInReview review, String code) {
        return review.data().counties().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private int pending(String code) {
        return as("comms", () -> unitPublications.status(2020, code)).pending();
    }
}
