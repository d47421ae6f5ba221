package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of 11 districts took 44 clicks to submit and approve. A statistician of several districts
 * submits every ready one at once after a summary of what is blocked and why; a reviewer approves a
 * whole period in one action, each cell still audited, and is told how many.
 */
@IntegrationTest
@Transactional
class PeriodWideActionsTest {

    private static final Map<String, String> JANUARY = Map.of(
            "meal_schools", "4", "dropouts", "0", "family_doctor", "3300", "road_widening", "0.3", "passing_bays", "1");

    @Autowired
    FigureService entry;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ReviewService review;

    @Autowired
    DSLContext db;

    @BeforeEach
    void xiangchengsStatisticianAlsoReportsForLongwen() {
        db.execute("insert into user_scope (user_id, division_id) select u.id, d.id from app_user u, division d "
                + "where u.username = 'stat-xiangcheng' and d.code = '350603'");
    }

    @Test
    void every_ready_district_is_submitted_at_once_and_a_blocked_one_is_listed_with_its_reasons() {
        enter("350602", JANUARY.keySet().size());
        enter("350603", 2);
        var readiness = as("stat-xiangcheng", () -> submissions.readiness(january()));
        assertThat(readiness).extracting(r -> r.division().code()).containsExactly("350602", "350603");
        assertThat(readiness.get(0).ready()).isTrue();
        assertThat(readiness.get(0).toSubmit()).isEqualTo(5);
        assertThat(readiness.get(1).ready()).isFalse();
        assertThat(readiness.get(1).blocking())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.missing", "figure.error.missing", "figure.error.missing");

        long auditBefore = submits();
        var result = as("stat-xiangcheng", () -> submissions.submitReady(january()));
        assertThat(result.districts()).isEqualTo(1);
        assertThat(result.cells()).isEqualTo(5);
        assertThat(result.blocked()).extracting(r -> r.division().code()).containsExactly("350603");
        assertThat(status("350602")).containsOnly("submitted");
        assertThat(status("350603")).containsOnly("draft");
        assertThat(submits() - auditBefore)
                .as("one audit entry per submitted cell")
                .isEqualTo(5);
    }

    @Test
    void nothing_ready_is_refused_and_changes_nothing() {
        enter("350603", 2);
        assertThatThrownBy(() -> as("stat-xiangcheng", () -> submissions.submitReady(january())))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("figure.submit.nothingReady");
        assertThat(status("350603")).containsOnly("draft");
    }

    @Test
    void a_reviewer_approves_everything_submitted_in_the_period_and_learns_how_many() {
        enter("350602", 5);
        enter("350603", 5);
        as("stat-xiangcheng", () -> submissions.submitReady(january()));
        int submitted =
                db.fetchCount(db.selectFrom("figure").where("status = 'submitted' and period_id = ?", january()));
        assertThat(submitted).isGreaterThanOrEqualTo(10);
        int approved = as("reviewer", () -> review.approvePeriod(january()));
        assertThat(approved).isEqualTo(submitted);
        assertThat(status("350602")).containsOnly("approved");
        assertThat(status("350603")).containsOnly("approved");
        assertThatThrownBy(() -> as("reviewer", () -> review.approvePeriod(january())))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("review.error.nothingSubmitted");
    }

    private void enter(String district, int howMany) {
        var cells = as("stat-xiangcheng", () -> entry.sheet(january())).cells().stream()
                .filter(c -> c.division().code().equals(district))
                .limit(howMany)
                .toList();
        for (var cell : cells) {
            var saved = as(
                    "stat-xiangcheng",
                    () -> entry.save(FigureInput.of(
                            cell.key(), JANUARY.get(cell.indicator().code()), cell.version())));
            assertThat(saved.errors()).as(cell.indicator().code()).isEmpty();
        }
    }

    private List<String> status(String district) {
        return db.fetch(
                        "select f.status::text from figure f join division d on d.id = f.division_id "
                                + "where d.code = ? and f.period_id = ?",
                        district,
                        january())
                .getValues(0, String.class);
    }

    private long submits() {
        return db.fetchCount(db.selectFrom("audit_entry").where("action = 'submit'"));
    }

    private int january() {
        return db.fetchSingle("select id from period where kind = 'month' and year = 2021 and month = 1")
                .get(0, Integer.class);
    }
}
