package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.divisionId;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.dashboard.RollupSql.Source;
import org.minsheng.division.DivisionHistoryService;
import org.minsheng.division.Succession;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.CellState;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.importing.ImportService;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.period.CalendarService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards read pre-aggregates that triggers keep in the writing transaction (V110). Whatever
 * is approved, revised after publication, imported, re-targeted or re-coded, through the services a
 * user's click goes through, the roll-ups read from them must equal the roll-ups computed live from
 * the figures, for every unit, indicator and month; a failure names the seed that reproduces it
 * ({@code -Drollup.seed=N}).
 */
@IntegrationTest
@Transactional
class RollupEqualityTest {

    private static final String[] STATISTICIANS = {"stat-xiangcheng", "stat-zhangpu", "stat-city"};
    private static final int[] YEARS = {2019, 2020, 2021, 2022};

    @Autowired
    DashboardRepository rollups;

    @Autowired
    FrameRepository frameReads;

    @Autowired
    FigureService entry;

    @Autowired
    ReviewService review;

    @Autowired
    ImportService imports;

    @Autowired
    TargetAdminService targets;

    @Autowired
    IndicatorService indicators;

    @Autowired
    DivisionHistoryService history;

    @Autowired
    CalendarService calendar;

    @Autowired
    DSLContext db;

    @Test
    void preaggregated_roll_ups_equal_live_ones_after_random_approvals_revisions_imports_targets_and_successions() {
        long seed = Long.getLong("rollup.seed", System.nanoTime());
        var operations = new RollupChanges(db, entry, review, imports);
        var random = new Random(seed);
        as("admin", () -> calendar.createYear(2021));
        as("admin", () -> calendar.createYear(2022));
        // The demo's indicators are all cumulative sums: add the other rules a catalogue can hold.
        int handled = operations.indicator("cases_handled", "sum", "per_period", null, null);
        int closed = operations.indicator("cases_closed", "sum", "per_period", null, null);
        operations.indicator("closure_rate", "ratio", "per_period", closed, handled);
        operations.indicator("longest_wait", "max", "per_period", null, null);
        operations.indicator("open_cases", "min", "cumulative", null, null);
        assertSame(seed, -1, "the demo data, backfilled by the migration", random);
        var changes = new ArrayList<String>();
        for (int step = 0; step < 30; step++) {
            String change;
            try {
                change = switch (random.nextInt(8)) {
                    case 0, 1, 2 -> approve(random);
                    case 3 -> revise(random);
                    case 4 -> operations.importAndApprove(random);
                    case 5 -> retarget(random);
                    case 6 -> operations.changeRule(random);
                    default -> random.nextInt(3) == 0 ? succession(random) : approve(random);
                };
            } catch (RefusedException refused) {
                change = "refused: " + refused.getMessage();
            }
            changes.add(change);
            assertSame(seed, step, change, random);
        }
        assertThat(changes)
                .as("seed %d: the random steps approved something", seed)
                .anyMatch(c -> c.contains("approved") && !c.contains("approved 0"));
    }

    /**
     * Every unit's roll-up of the city and of one district (its towns), each year: from January to
     * December with and without the yearly figures (every month's running values), each quarter
     * (every month's values within a later window), one single month and one year to date read at its
     * last month; and the year values of the city and of the district's line.
     */
    private void assertSame(long seed, int step, String change, Random random) {
        var districts = db.fetch("select id from division where code in ('350602', '350623', '350681')")
                .getValues(0, Integer.class);
        for (int root : List.of(cityId(), districts.get(random.nextInt(districts.size())))) {
            for (int year : YEARS) {
                int month = 1 + random.nextInt(12);
                var windows = new ArrayList<int[]>();
                windows.add(new int[] {1, 12, 1, 0});
                windows.add(new int[] {1, 12, 0, 0});
                for (int q = 1; q <= 4; q++) {
                    windows.add(new int[] {3 * q - 2, 3 * q, q % 2, 0});
                }
                windows.add(new int[] {month, month, month % 2, 1});
                windows.add(new int[] {1, month, 1, 1});
                for (var w : windows) {
                    assertThat(rows(Source.PREAGGREGATED, root, year, w))
                            .as(
                                    "seed %d, step %d after %s: root %d, %d months %d-%d, yearly %s, last only %s",
                                    seed, step, change, root, year, w[0], w[1], w[2] == 1, w[3] == 1)
                            .isEqualTo(rows(Source.LIVE, root, year, w));
                    // Both sources share the final select, so the comparison above cannot see it: hold
                    // it to the statement that grouped every unit row too (GROUPING SETS).
                    assertThat(rows(Source.PREAGGREGATED, root, year, w))
                            .as(
                                    "seed %d, step %d after %s: unit rows as grouped, root %d, %d months %d-%d,"
                                            + " yearly %s, last only %s",
                                    seed, step, change, root, year, w[0], w[1], w[2] == 1, w[3] == 1)
                            .isEqualTo(groupedRows(root, year, w));
                    assertThat(scoredInJava(root, year, w))
                            .as(
                                    "seed %d, step %d after %s: category scores of root %d, %d months %d-%d, yearly %s",
                                    seed, step, change, root, year, w[0], w[1], w[2] == 1)
                            .isEqualTo(scoredInSql(root, year, w));
                }
            }
            var line = root == cityId() ? List.<Integer>of() : lineOf(root);
            assertThat(rollups.years(Source.PREAGGREGATED, cityId(), 2017, 2022, line))
                    .as("seed %d, step %d after %s: years of root %d, line %s", seed, step, change, root, line)
                    .isEqualTo(rollups.years(Source.LIVE, cityId(), 2017, 2022, line));
        }
    }

    /** The page's category scores, counted in Java from the window's cells (CategoryScoring). */
    private List<CategoryScore> scoredInJava(int root, int year, int[] window) {
        var cells =
                rollups.rollup(Source.PREAGGREGATED, root, year, window[0], window[1], window[2] == 1, true).stream()
                        .map(MonthCell::cell)
                        .toList();
        var targets = as("leader", () -> indicators.targetsUnder(root, year));
        return CategoryScoring.score(root, cells, targets, frameReads.indicatorCategories());
    }

    /** The same scores from RollupSql.categoryScores over the live roll-up: the oracle. */
    private List<CategoryScore> scoredInSql(int root, int year, int[] window) {
        return rollups.categoryScores(Source.LIVE, root, year, window[0], window[1], window[2] == 1).stream()
                .sorted(CategoryScoring.ORDER)
                .toList();
    }

    private List<String> rows(Source source, int root, int year, int[] window) {
        return rollups.rollup(source, root, year, window[0], window[1], window[2] == 1, window[3] == 1).stream()
                .map(RollupChanges::row)
                .toList();
    }

    /** The pre-aggregated roll-up with every unit row grouped as well: the final select's reference. */
    private List<String> groupedRows(int root, int year, int[] window) {
        return rollups
                .rollupByGroupingSets(
                        Source.PREAGGREGATED, root, year, window[0], window[1], window[2] == 1, window[3] == 1)
                .stream()
                .map(RollupChanges::row)
                .toList();
    }

    /**
     * A statistician fills a district's open period (values and 不适用), submits it, a reviewer
     * approves it: what a month's report is.
     */
    private String approve(Random random) {
        var user = STATISTICIANS[random.nextInt(STATISTICIANS.length)];
        var periods = as(user, () -> entry.periodsForEntry()).stream()
                .filter(p -> p.isOpen())
                .toList();
        var period = periods.get(random.nextInt(periods.size()));
        var sheet = as(user, () -> entry.sheet(period.id()));
        var division = sheet.divisions().get(random.nextInt(sheet.divisions().size()));
        var open = sheet.cells().stream()
                .filter(c -> c.key().divisionId() == division.id() && c.state() != CellState.SUBMITTED)
                .toList();
        int errors = 0;
        for (var cell : open) {
            errors += as(user, () -> entry.save(input(cell.key(), random, cell.version(), null)))
                    .errors()
                    .size();
        }
        var submitted = as(user, () -> entry.submit(period.id(), division.id()));
        int approved = as("reviewer", () -> review.approveDivision(period.id(), division.id()));
        return user + " filled " + open.size() + " cells of " + division.code() + " in period " + period.id() + " ("
                + errors + " errors), submitted " + submitted.submitted() + " " + submitted.problems() + ", approved "
                + approved;
    }

    /** A reviewer corrects a published figure (2019, 2020) with a reason. */
    private String revise(Random random) {
        var figures = db.fetch("""
                select f.indicator_id, f.division_id, f.period_id, f.version from figure f
                join period p on p.id = f.period_id
                where p.status = 'published' and f.revision > 0 order by f.id""");
        var f = figures.get(random.nextInt(figures.size()));
        var key = new CellKey(
                f.get("indicator_id", Integer.class),
                f.get("division_id", Integer.class),
                f.get("period_id", Integer.class));
        var input = input(key, random, f.get("version", Integer.class), "随机核对后更正");
        as("reviewer", () -> review.revise(input));
        return "revised " + key + " to " + input.text();
    }

    private String retarget(Random random) {
        var rows = as("admin", () -> targets.list(2020, divisionId(db, "350600"))).stream()
                .filter(t -> t.direction() != TargetDirection.REACH_ZERO)
                .toList();
        var row = rows.get(random.nextInt(rows.size()));
        var value = BigDecimal.valueOf(random.nextInt(300));
        as("admin", () -> targets.update(row.id(), row.version(), row.direction(), value, "a random retarget"));
        return "target " + row.id() + " to " + value;
    }

    /** A district becomes a new unit from 2022: its old figures stay with the old unit. */
    private String succession(Random random) {
        var open = db.fetch("select code from division where level = 'county' and valid_to is null"
                        + " and valid_from < date '2022-01-01' and code not in ('350602', '350623') order by code")
                .getValues(0, String.class);
        var old = open.get(random.nextInt(open.size()));
        var code = "3506" + (90 + random.nextInt(9));
        as(
                "admin",
                () -> history.recordSuccession(
                        new Succession(old, code, "新区" + code, LocalDate.of(2022, 1, 1), "随机撤县设区")));
        return "succession " + old + " -> " + code;
    }

    private static FigureInput input(CellKey key, Random random, int version, String reason) {
        boolean notApplicable = random.nextInt(5) == 0;
        var text = notApplicable ? "不适用" : String.valueOf(random.nextInt(120));
        return new FigureInput(key, text, notApplicable, "随机测试的情况说明", version, reason);
    }

    private List<Integer> lineOf(int unit) {
        var code =
                db.fetchSingle("select code from division where id = ?", unit).get(0, String.class);
        return as("leader", () -> history.lineage(code)).chain().stream()
                .map(n -> n.id())
                .toList();
    }

    private int cityId() {
        return db.fetchSingle("select id from division where code = '350600'").get(0, Integer.class);
    }
}
