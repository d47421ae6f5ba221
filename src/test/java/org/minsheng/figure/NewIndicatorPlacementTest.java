package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.clinics;
import static org.minsheng.support.Catalogue.monthId;
import static org.minsheng.support.SignedIn.as;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.IndicatorAdminService;
import org.minsheng.publication.PhraseEntry;
import org.minsheng.publication.PhraseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a new indicator (标准化村卫生所, 教育 with 排序 9) stands. It came last on the entry sheet, which
 * ordered by 排序 alone, while the dashboard and the catalogue place it by its category first, at the end
 * of 教育 (a tester's tour): the sheet's rows, and the phrase list's, now follow the catalogue's one order.
 * It also reached back into 2020, whose figures the demo has published, as an empty, editable row on the
 * published 2020年12月 sheet (a tester's tour): it belongs to the years after the latest published one
 * (V154's first year), on the sheets as on the dashboard.
 */
@IntegrationTest
@Transactional
class NewIndicatorPlacementTest {

    @Autowired
    FigureService entry;

    @Autowired
    DashboardService dashboards;

    @Autowired
    IndicatorAdminService catalogue;

    @Autowired
    PhraseService phrases;

    @Autowired
    DSLContext db;

    @Test
    void a_new_indicator_has_the_same_place_on_the_entry_sheet_as_on_the_dashboard_and_in_the_catalogue() {
        as("admin", () -> catalogue.create(clinics(db)));
        var sheet = sheet(monthId(db, 2021, 1));
        var dashboard = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021))).indicators().stream()
                .map(Indicator::code)
                .filter(sheet::contains)
                .toList();
        var listed = as("admin", () -> catalogue.list()).stream()
                .map(e -> e.draft().names().code())
                .filter(sheet::contains)
                .toList();
        assertThat(sheet)
                .containsExactly(
                        "meal_schools",
                        "dropouts",
                        "village_clinics",
                        "family_doctor",
                        "road_widening",
                        "passing_bays");
        var phrased = as("admin", () -> phrases.phrases()).stream()
                .map(PhraseEntry::code)
                .filter(sheet::contains)
                .toList();
        assertThat(dashboard).isEqualTo(sheet);
        assertThat(listed).isEqualTo(sheet);
        assertThat(phrased)
                .as("the year-in-review's phrase list (by 排序 alone, a tester's tour)")
                .isEqualTo(sheet);
    }

    @Test
    void a_new_indicator_is_not_on_the_sheets_or_pages_of_a_published_year_but_on_the_next_years() {
        as("admin", () -> catalogue.create(clinics(db)));

        assertThat(sheet(monthId(db, 2020, 12))).contains("meal_schools").doesNotContain("village_clinics");
        assertThat(as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)))
                        .indicators())
                .extracting(Indicator::code)
                .contains("meal_schools")
                .doesNotContain("village_clinics");
        assertThat(sheet(monthId(db, 2021, 1))).contains("meal_schools", "village_clinics");
    }

    private List<String> sheet(int periodId) {
        return as("stat-xiangcheng", () -> entry.sheet(periodId)).indicators().stream()
                .map(Indicator::code)
                .toList();
    }
}
