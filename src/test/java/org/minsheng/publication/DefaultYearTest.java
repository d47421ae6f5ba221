package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.UnitYearReleased;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.OneApprovedCell;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year the year-in-review and the wall display open on (PublicationService.defaultYear). They opened on
 * the latest year with any approved figure: the demo publishes 2020, and the reviewer's approval of one
 * cell of 2021 (one district of eleven, January) switched both to 「回眸2021」 of that cell alone, the
 * published 2020 gone from the default view (a tester's tour). They open on the latest published year now,
 * and on the latest with approved figures only while nothing is published (a new installation).
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class DefaultYearTest {

    @Autowired
    UnitPublicationService unitPublications;

    @Autowired
    ApplicationEvents events;

    @Autowired
    PublicationService publications;

    @Autowired
    DashboardService dashboards;

    @Autowired
    FigureService entry;

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Test
    void one_approved_cell_of_a_new_year_leaves_the_default_on_the_published_year() {
        approveOneCellOf2021();
        assertThat(as("leader", () -> dashboards.latestYear()))
                .as("the dashboard follows the year in progress, as it should")
                .isEqualTo(2021);
        assertThat(as("leader", () -> dashboards.years()))
                .as("2021 can still be chosen")
                .contains(2021, 2020);
        for (var user : new String[] {"comms", "leader", "reviewer", "admin", "display", "leader-xiangcheng"}) {
            assertThat(as(user, () -> publications.defaultYear(null))).as(user).isEqualTo(2020);
        }
        assertThat(as("comms", () -> publications.defaultYear("350602"))).isEqualTo(2020);
        // a year asked for is read as before
        assertThat(as("comms", () -> publications.yearInReview(2021, null))
                        .data()
                        .year())
                .isEqualTo(2021);
    }

    @Test
    void with_nothing_published_the_default_is_the_latest_year_with_approved_figures() {
        // a new installation: no year published yet (the demo's 2019 and 2020 are, period by period)
        Catalogue.unpublishMonth(db, 2019, 12);
        Catalogue.unpublishMonth(db, 2020, 12);
        assertThat(as("comms", () -> publications.defaultYear(null))).isEqualTo(2020);

        approveOneCellOf2021();
        assertThat(as("comms", () -> publications.defaultYear(null))).isEqualTo(2021);
        assertThat(as("display", () -> publications.defaultYear(null))).isEqualTo(2021);
    }

    /** The latest published, not any published: 2020 out of the public page, 2019 still on it. */
    @Test
    void the_default_is_the_latest_published_year_not_the_latest_year() {
        Catalogue.unpublishMonth(db, 2020, 12);
        assertThat(as("comms", () -> publications.defaultYear(null))).isEqualTo(2019);
    }

    /**
     * A unit that released its own year (V133) opens on it; the root, whose year that release does not
     * publish, does not.
     */
    @Test
    void a_units_own_release_counts_for_that_unit() {
        Catalogue.unpublishMonth(db, 2019, 12);
        Catalogue.unpublishMonth(db, 2020, 12);
        approveOneCellOf2021();
        db.execute("""
                insert into unit_publication (division_id, year, published_at, published_by, revision_mark)
                select d.id, 2020, now(), u.id, 0 from division d, app_user u
                where d.code = '350602' and u.username = 'reviewer'""");
        assertThat(as("comms", () -> publications.defaultYear("350602"))).isEqualTo(2020);
        assertThat(as("leader-xiangcheng", () -> publications.defaultYear(null)))
                .as("a scoped leader's own unit")
                .isEqualTo(2020);
        assertThat(as("comms", () -> publications.defaultYear(null))).isEqualTo(2021);
    }

    /**
     * The reviewer releases a year from its year-in-review: it becomes the default, and the open walls are
     * told (UnitYearReleased, which DashboardUpdates turns into a notice on commit): they stayed on the year
     * before until reloaded, a period's publication being the only one they heard of.
     */
    @Test
    void a_year_the_reviewer_releases_becomes_the_default_and_open_walls_are_told() {
        Catalogue.unpublishMonth(db, 2020, 12);
        assertThat(as("display", () -> publications.defaultYear(null))).isEqualTo(2019);
        as("reviewer", () -> unitPublications.publish(2020, null));
        assertThat(as("display", () -> publications.defaultYear(null))).isEqualTo(2020);
        assertThat(events.stream(UnitYearReleased.class))
                .containsExactly(new UnitYearReleased(Catalogue.divisionId(db, "350600"), 2020));
    }

    private void approveOneCellOf2021() {
        OneApprovedCell.of2021(db, entry, reviews);
    }
}
