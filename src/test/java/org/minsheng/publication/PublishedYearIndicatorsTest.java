package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.IndicatorAdminService;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published year shows the indicators it was published with (V154). A tester created an indicator and
 * retired another one today; 2020's published page, still 第1版, gained a row of 暂无数据 and lost 整治问题类别
 * with its sentence in the year in review.
 */
@IntegrationTest
@Transactional
class PublishedYearIndicatorsTest {

    @Autowired
    PublicationService publications;

    @Autowired
    IndicatorAdminService catalogue;

    @Autowired
    IndicatorService indicators;

    @Autowired
    DSLContext db;

    @Test
    void an_indicator_created_after_a_year_was_published_is_not_in_that_year_but_in_the_next() {
        as("admin", () -> catalogue.create(Catalogue.clinics(db)));

        assertThat(codes(2020)).doesNotContain("village_clinics").contains("meal_schools");
        assertThat(codes(2021)).contains("village_clinics", "meal_schools");
        assertThat(lineCodes(2020)).doesNotContain("village_clinics").contains("meal_schools");
    }

    @Test
    void an_indicator_retired_today_stays_in_the_years_it_was_reported_with_its_sentence() {
        var before = as("comms", () -> publications.yearInReview(2020));
        assertThat(before.lede()).contains("17类");
        var categories = as("admin", () -> catalogue.list()).stream()
                .filter(e -> e.draft().names().code().equals("problem_categories"))
                .findFirst()
                .orElseThrow();
        as("admin", () -> catalogue.retire(categories.id(), categories.version(), LocalDate.now()));

        assertThat(codes(2020)).contains("problem_categories");
        var after = as("comms", () -> publications.yearInReview(2020));
        assertThat(after.lede()).isEqualTo(before.lede());
        assertThat(lineCodes(2020)).contains("problem_categories");
        assertThat(as("leader", () -> indicators.activeIndicators()))
                .extracting(Indicator::code)
                .as("no longer offered for entry")
                .doesNotContain("problem_categories");
    }

    @Test
    void an_indicator_retired_before_a_year_began_is_not_in_it() {
        var categories = as("admin", () -> catalogue.list()).stream()
                .filter(e -> e.draft().names().code().equals("problem_categories"))
                .findFirst()
                .orElseThrow();
        as("admin", () -> catalogue.retire(categories.id(), categories.version(), LocalDate.of(2021, 1, 1)));
        assertThat(codes(2020)).contains("problem_categories");
        assertThat(codes(2021)).doesNotContain("problem_categories");
    }

    /** Retired, an indicator nothing of which was approved in the open year had a tile there that could never fill. */
    @Test
    void a_retired_indicator_stays_in_an_open_year_only_with_a_figure_approved_in_it() {
        var bays = as("admin", () -> catalogue.list()).stream()
                .filter(e -> e.draft().names().code().equals("passing_bays"))
                .findFirst()
                .orElseThrow();
        as("admin", () -> catalogue.retire(bays.id(), bays.version(), LocalDate.now()));
        assertThat(codes(2021)).doesNotContain("passing_bays").contains("meal_schools");
        assertThat(codes(2020)).as("a published year keeps it").contains("passing_bays");

        Catalogue.approvedFigure(db, "passing_bays", "350602", 2021, 1, 3);
        assertThat(codes(2021)).contains("passing_bays");
    }

    private List<String> codes(int year) {
        return as("leader", () -> indicators.indicatorsOf(year)).stream()
                .map(Indicator::code)
                .toList();
    }

    private List<String> lineCodes(int year) {
        return as("comms", () -> publications.yearInReview(year)).sections().stream()
                .flatMap(s -> s.lines().stream())
                .map(YearInReview.Line::indicatorCode)
                .toList();
    }
}
