package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionHistoryService;
import org.minsheng.division.Succession;
import org.minsheng.indicator.Indicator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards serve pages from a cache keyed by the data version (V090). A cached page must
 * always equal the page computed afresh, whatever was approved, revised, re-targeted or entered in
 * between; a failure prints the seed that reproduces it.
 */
@IntegrationTest
@Transactional
@WithMockUser("leader")
class DashboardCacheTest {

    private static final List<DashboardFilter> VIEWS = List.of(
            DashboardFilter.year(2020),
            new DashboardFilter(2020, PeriodChoice.MONTH, 6, null, null),
            new DashboardFilter(2020, PeriodChoice.QUARTER, 4, null, "350602"),
            new DashboardFilter(2020, PeriodChoice.YEAR, 12, "rural_infrastructure", "350681"),
            DashboardFilter.year(2021));

    @Autowired
    DashboardService dashboards;

    @Autowired
    DivisionHistoryService history;

    @Autowired
    DSLContext db;

    @Test
    void cached_pages_equal_fresh_ones_after_random_approvals_revisions_target_changes_and_drafts() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int step = 0; step < 40; step++) {
            var change = switch (random.nextInt(5)) {
                case 0 -> reviseApproved(random);
                case 1 -> retarget(random);
                case 2 -> enterDraft(random);
                case 3 -> approveDraft();
                default -> "nothing";
            };
            for (var view : VIEWS) {
                assertThat(dashboards.dashboard(view))
                        .as("seed %d, step %d after %s: %s", seed, step, change, view)
                        .isEqualTo(dashboards.computeDashboard(view));
            }
            assertThat(dashboards.cityYear(2020))
                    .as("seed %d, step %d after %s", seed, step, change)
                    .isEqualTo(dashboards.computeCityYear(2020));
        }
    }

    @Test
    void a_correction_shows_on_the_next_page_although_the_page_was_cached() {
        var before = roadWidening(dashboards.dashboard(DashboardFilter.year(2020)));
        assertThat(before).isEqualByComparingTo("117");
        db.execute("""
                update figure set approved_value = approved_value + 2, value = value + 2, revision = revision + 1,
                                  approved_at = now()
                where id = (select f.id from figure f join indicator i on i.id = f.indicator_id
                            join period p on p.id = f.period_id join division d on d.id = f.division_id
                            where i.code = 'road_widening' and p.year = 2020 and p.month = 12
                              and d.code = '350602')""");
        assertThat(roadWidening(dashboards.dashboard(DashboardFilter.year(2020))))
                .isEqualByComparingTo("119");
    }

    /*
     * A page's frame (districts, catalogue, targets) is kept under V113's structure version, which
     * approvals do not move: a succession or a catalogue change must still show on the very next page.
     */
    @Test
    void a_division_succession_shows_on_the_next_page_although_the_frame_was_cached() {
        var old = db.fetchValue("select min(code) from division where level = 'county' and valid_to is null"
                        + " and valid_from < date '2022-01-01'")
                .toString();
        // 2022 set up, as an administrator does before its units are reported: its page is not refused as unknown
        db.execute("insert into period (kind, year, month, due_on, status) values ('month', 2022, 1,"
                + " date '2022-02-10', 'open')");
        var before = dashboards.dashboard(DashboardFilter.year(2022));
        assertThat(before.counties()).extracting(Division::code).contains(old).doesNotContain("350699");
        as(
                "admin",
                () -> history.recordSuccession(new Succession(old, "350699", "新区", LocalDate.of(2022, 1, 1), "撤县设区")));
        var after = dashboards.dashboard(DashboardFilter.year(2022));
        assertThat(after.counties())
                .extracting(Division::code)
                .contains("350699")
                .doesNotContain(old);
        assertThat(after.predecessors()).hasSize(before.predecessors().size() + 1);
        assertThat(after).isEqualTo(dashboards.computeDashboard(DashboardFilter.year(2022)));
    }

    @Test
    void an_indicator_change_shows_on_the_next_page_although_the_frame_was_cached() {
        var before = dashboards.dashboard(DashboardFilter.year(2020));
        assertThat(before.indicators()).extracting(Indicator::code).contains("road_widening");
        db.execute("update indicator set name_zh = '农村公路拓宽改造' where code = 'road_widening'");
        var renamed = dashboards.dashboard(DashboardFilter.year(2020));
        assertThat(renamed.indicators())
                .filteredOn(i -> i.code().equals("road_widening"))
                .extracting(i -> i.names().zh())
                .containsExactly("农村公路拓宽改造");
        db.execute("update indicator set retired_on = date '2020-01-01' where code = 'road_widening'");
        assertThat(dashboards.dashboard(DashboardFilter.year(2020)).indicators())
                .extracting(Indicator::code)
                .doesNotContain("road_widening");
    }

    @Test
    void an_approval_keeps_the_structure_version_and_a_target_change_moves_it() {
        var structure = db.fetchOne("select structure_n, structure_xact from data_version")
                .intoList();
        approveDraft();
        reviseApproved(new Random(7));
        assertThat(db.fetchOne("select structure_n, structure_xact from data_version")
                        .intoList())
                .isEqualTo(structure);
        retarget(new Random(7));
        assertThat(db.fetchOne("select structure_n, structure_xact from data_version")
                        .intoList())
                .isNotEqualTo(structure);
    }

    @Test
    void saving_drafts_keeps_the_cache_since_dashboards_show_approved_figures_only() {
        var version = db.fetchOne("select n, xact from data_version").intoList();
        enterDraft(new Random(7));
        assertThat(db.fetchOne("select n, xact from data_version").intoList()).isEqualTo(version);
        retarget(new Random(7));
        assertThat(db.fetchOne("select n, xact from data_version").intoList()).isNotEqualTo(version);
    }

    private static BigDecimal roadWidening(Dashboard page) {
        var indicator = page.indicators().stream()
                .filter(i -> i.code().equals("road_widening"))
                .findFirst()
                .orElseThrow();
        return page.value(indicator, null).orElseThrow();
    }

    /** A published 2020 figure corrected: new approved value, next revision. */
    private String reviseApproved(Random random) {
        var ids = db.fetch("select id from figure where revision > 0 and approved_value is not null order by id")
                .getValues(0, Long.class);
        var id = ids.get(random.nextInt(ids.size()));
        int delta = 1 + random.nextInt(9);
        db.execute(
                "update figure set approved_value = approved_value + ?, value = coalesce(value, 0) + ?,"
                        + " not_applicable = false, revision = revision + 1, approved_at = now() where id = ?",
                delta,
                delta,
                id);
        return "revised figure " + id + " by " + delta;
    }

    private String retarget(Random random) {
        var ids = db.fetch("select id from target where direction <> 'reach_zero' order by id")
                .getValues(0, Integer.class);
        var id = ids.get(random.nextInt(ids.size()));
        db.execute("update target set value = value + 1, version = version + 1 where id = ?", id);
        return "target " + id + " raised";
    }

    /** A statistician's draft for 2021: not on any dashboard until approved. */
    private String enterDraft(Random random) {
        var inserted = db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status)
                select i.id, d.id, p.id, ?, 'draft'
                from indicator i, division d, period p
                where i.frequency = 'month' and i.reporting_level = 'county' and i.retired_on is null
                  and d.level = 'county' and d.valid_to is null and p.kind = 'month' and p.year = 2021
                  and p.month = 1
                  and not exists (select 1 from figure f where f.indicator_id = i.id and f.division_id = d.id
                                  and f.period_id = p.id)
                order by i.id, d.id limit 1""", BigDecimal.valueOf(1 + random.nextInt(30)));
        return inserted == 0 ? "nothing (2021-01 full)" : "a 2021 draft";
    }

    private String approveDraft() {
        var approved = db.execute("""
                update figure set approved_value = value, approved_not_applicable = not_applicable, status = 'approved',
                                  approved_at = now(), revision = revision + 1
                where id = (select id from figure where status = 'draft' order by id limit 1)""");
        return approved == 0 ? "nothing (no draft)" : "a draft approved";
    }
}
