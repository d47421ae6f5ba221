package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.audit.AuditLog;
import org.minsheng.audit.AuditQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class TrackerAndAuditTest {

    @Autowired
    TrackerService trackers;

    @Autowired
    FigureService entry;

    @Autowired
    AuditLog audit;

    @Autowired
    DSLContext db;

    @Test
    void the_tracker_shows_every_district_to_reviewers_and_leaders_and_marks_the_late_ones() {
        var key = new CellKey(
                id("select id from indicator where code = 'meal_schools'"),
                id("select id from division where code = '350602'"),
                january());
        as("stat-xiangcheng", () -> entry.save(FigureInput.of(key, "4", 0)));

        for (var user : new String[] {"reviewer", "leader", "admin"}) {
            var tracker = as(user, () -> trackers.tracker(january()));
            assertThat(tracker.rows()).as(user).hasSize(11);
            var xiangcheng = tracker.rows().stream()
                    .filter(r -> r.division().code().equals("350602"))
                    .findFirst()
                    .orElseThrow();
            assertThat(xiangcheng.states().get(key.indicatorId())).isEqualTo(CellState.DRAFT);
            assertThat(xiangcheng.count(CellState.EMPTY)).isEqualTo(4);
            assertThat(xiangcheng.overdue()).as("due 2021-02-10, long past").isTrue();
        }
        var january = as("reviewer", () -> trackers.tracker(january()));
        assertThat(january.rows()).noneMatch(Tracker.Row::submitted);
        assertThat(january.submittedUnits()).isZero();
        assertThat(january.overdueUnits()).as("every unit late").isEqualTo(11);
        var december =
                as("reviewer", () -> trackers.tracker(id("select id from period where year = 2020 and month = 12")));
        assertThat(december.rows()).allSatisfy(r -> {
            assertThat(r.overdue()).isFalse();
            assertThat(r.submitted()).isTrue();
            assertThat(r.states().values()).containsOnly(CellState.PUBLISHED);
        });
        assertThat(december.submittedUnits()).isEqualTo(december.rows().size());
        assertThat(december.overdueUnits()).isZero();
    }

    @Test
    void a_unit_counts_as_submitted_once_every_figure_it_must_report_is_in_and_is_no_longer_late() {
        int period = january();
        int zhangpu = id("select id from division where code = '350623'");
        var before = as("reviewer", () -> trackers.tracker(period));
        var reported = before.rows().stream()
                .filter(r -> r.division().id() == zhangpu)
                .findFirst()
                .orElseThrow()
                .states()
                .keySet();
        // every figure 漳浦县 reports in January, as it stands once submitted (the entry path has its own tests)
        for (int indicator : reported) {
            db.execute(
                    "insert into figure (indicator_id, division_id, period_id, value, status)"
                            + " values (?, ?, ?, 1, 'submitted')",
                    indicator,
                    zhangpu,
                    period);
        }
        var after = as("reviewer", () -> trackers.tracker(period));
        var row = after.rows().stream()
                .filter(r -> r.division().id() == zhangpu)
                .findFirst()
                .orElseThrow();
        assertThat(row.states().values()).containsOnly(CellState.SUBMITTED);
        assertThat(row.submitted()).isTrue();
        assertThat(row.overdue()).isFalse();
        assertThat(after.submittedUnits()).isEqualTo(before.submittedUnits() + 1);
        assertThat(after.overdueUnits()).isEqualTo(before.overdueUnits() - 1);
    }

    @Test
    void a_statistician_sees_only_their_own_row_and_communications_nothing() {
        var tracker = as("stat-zhangpu", () -> trackers.tracker(january()));
        assertThat(tracker.rows()).extracting(r -> r.division().code()).containsExactly("350623");
        assertThatThrownBy(() -> as("comms", () -> trackers.tracker(january())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reviewers_and_administrators_browse_the_audit_trail_and_others_cannot() {
        var key = new CellKey(
                id("select id from indicator where code = 'passing_bays'"),
                id("select id from division where code = '350602'"),
                january());
        as("stat-xiangcheng", () -> entry.save(FigureInput.of(key, "3", 0)));
        var entries = as("reviewer", () -> audit.search(new AuditQuery("enter", null, null, "芗城", null, null), 0, 10));
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().actorName()).isEqualTo("芗城区统计员");
        assertThat(entries.getFirst().newValue()).contains("\"value\": \"3\"");
        assertThat(as("admin", () -> audit.count(AuditQuery.all()))).isGreaterThanOrEqualTo(2);
        for (var user : new String[] {"leader", "comms", "stat-xiangcheng"}) {
            assertThatThrownBy(() -> as(user, () -> audit.search(AuditQuery.all(), 0, 10)))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private int january() {
        return id("select id from period where year = 2021 and month = 1");
    }

    private int id(String sql) {
        return db.fetchSingle(sql).get(0, Integer.class);
    }
}
