package org.minsheng.dashboard;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;
import static org.minsheng.db.Tables.DATA_VERSION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.PERIOD;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.minsheng.base.RefusedException;
import org.minsheng.base.db.ReadReplica;
import org.minsheng.base.db.TypedRows;
import org.minsheng.base.db.YearsOver;
import org.minsheng.db.enums.PeriodKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * Where a page's figures come from, on whichever server answers ({@link ReplicaRepository} builds one on
 * the replica): the versions the pages are cached under, the year's approved months and years, and the
 * roll-ups, RollupSql's of a city installation and LevelSql's and LevelYearsSql's along the hierarchy.
 */
@Repository
class DashboardRepository {

    private final DSLContext db;

    /**
     * Where the roll-ups read each unit's values: the pre-aggregates (V110), or the figures, live. Live
     * is the oracle the pre-aggregates are tested and benchmarked against; only test support sets it.
     */
    volatile RollupSql.Source source = RollupSql.Source.PREAGGREGATED;

    /**
     * Whether the city's roll-ups group every unit row as well (RollupSql.cellsByGroupingSets, the
     * statement until 2026-12-01): only the bench sets it, to time the two forms in one run.
     */
    volatile boolean byGroupingSets;

    /**
     * How long a window of several months not starting in January (a quarter) may take at most along the
     * hierarchy (LevelSql): its per-period indicators are read from the rows of every unit whose own
     * figures count, some 3,000 a national indicator, which must not hold a connection and a core for
     * minutes while the leader waits. One month and windows from January read totals only and are not bounded.
     */
    private final Duration liveWindowLimit;

    DashboardRepository(DSLContext db, @Value("${minsheng.dashboard.live-window-limit:15s}") Duration liveWindowLimit) {
        this.db = db;
        this.liveWindowLimit = liveWindowLimit;
    }

    /**
     * V090's data version, which every approval moves, and V113's structure version, which only what
     * frames a page moves (divisions, catalogue, targets, periods), read together in one statement.
     */
    Versions versions() {
        var r = db.select(DATA_VERSION.N, DATA_VERSION.XACT, DATA_VERSION.STRUCTURE_N, DATA_VERSION.STRUCTURE_XACT)
                .from(DATA_VERSION)
                .fetchSingle();
        return new Versions(List.of(r.value1(), r.value2()), List.of(r.value3(), r.value4()), r.value1());
    }

    /**
     * The keys of the dashboards' caches, compared for equality only, and the data version's counter,
     * which only grows with commits (what a replica must have replayed to serve a page, ReadReplica).
     */
    record Versions(Object data, Object structure, long counter) implements ReadReplica.Version {}

    /** The latest month of the year with at least one approved figure, or null before the first. */
    Integer latestApprovedMonth(int year) {
        // Asked per period (a dozen index probes), not as a join over every figure of the year:
        // nationally that join read ten million rows for one number (docs/benchmarks.md).
        // The year period stands for December only where it holds a monthly indicator's year total (an
        // annual-only year has no months at all). The city's own annual figures do not make the year's
        // months end in December: counted so, they hid the districts' January from the year's page (a
        // stranger's trial); they count only where no month has anything approved (0 below).
        var yearTotal = exists(selectOne()
                .from(FIGURE)
                .join(INDICATOR)
                .on(INDICATOR.ID.eq(FIGURE.INDICATOR_ID))
                .where(FIGURE.PERIOD_ID.eq(PERIOD.ID))
                .and(FIGURE.REVISION.gt(0))
                .and(INDICATOR.FREQUENCY.eq(PeriodKind.month)));
        var month = db.select(max(coalesce(
                        PERIOD.MONTH, when(yearTotal, inline((short) 12)).otherwise(inline((short) 0)))))
                .from(PERIOD)
                .where(PERIOD.YEAR.eq((short) year))
                .and(approvedFigureIn())
                .fetchOne(0, Short.class);
        return month == null ? null : month == 0 ? 12 : month.intValue();
    }

    /** Whether the year is over ({@link YearsOver}). */
    boolean yearOver(int year) {
        return db.select(DSL.field(YearsOver.over(year))).fetchSingle().value1();
    }

    /** Whether the year's district figures are the demo's illustrative split (V100). */
    boolean illustrative(int year) {
        return db.fetchExists(
                selectOne().from(PERIOD).where(PERIOD.YEAR.eq((short) year)).and(PERIOD.ILLUSTRATIVE));
    }

    Optional<Integer> latestApprovedYear() {
        return yearsWithApprovedFigures().stream().findFirst();
    }

    /** Years with approved figures, newest first. */
    List<Integer> yearsWithApprovedFigures() {
        return db.selectDistinct(PERIOD.YEAR)
                .from(PERIOD)
                .where(approvedFigureIn())
                .orderBy(PERIOD.YEAR.desc())
                .fetch(r -> r.value1().intValue());
    }

    private static Condition approvedFigureIn() {
        return exists(
                selectOne().from(FIGURE).where(FIGURE.PERIOD_ID.eq(PERIOD.ID)).and(FIGURE.REVISION.gt(0)));
    }

    /**
     * Each unit's approved value of each indicator over the months {@code from}..{@code to}, and the
     * city total, in one statement. Cumulative indicators take the last month, per-period ones add up
     * the window; yearly indicators count only when {@code yearly} (a whole-year view).
     */
    List<YearCell> cells(int cityId, int year, int from, int to, boolean yearly) {
        return MonthCell.cells(rollup(cityId, year, from, to, yearly, true));
    }

    /**
     * The cells of the window January..{@code to} and every month's roll-up up to {@code to}, from one
     * statement: the cells are the last month of the running roll-up the trend reads anyway, so a
     * window that starts in January need not roll the same figures up twice.
     */
    List<MonthCell> cellsByMonth(int cityId, int year, int to, boolean yearly) {
        return rollup(cityId, year, 1, to, yearly, false);
    }

    /**
     * How many targets are met per category and unit in the window, and over all categories, in SQL:
     * the oracle of CategoryScoring, which the pages use (RollupEqualityTest compares the two).
     */
    List<CategoryScore> categoryScores(RollupSql.Source from, int cityId, int year, int first, int to, boolean yearly) {
        return db.resultQuery(
                        RollupSql.categoryScores(from, first, to),
                        inline(cityId),
                        inline(year),
                        inline(first),
                        inline(to),
                        inline(yearly),
                        inline(true))
                .fetch(r -> new CategoryScore(
                        r.get("all_categories", Integer.class) == 1 ? null : r.get("category", String.class),
                        r.get("unit", Integer.class),
                        r.get("met", Integer.class),
                        r.get("targeted", Integer.class)));
    }

    /** The same roll-up for every month of the window: the trend lines and sparklines. */
    List<TrendPoint> trend(int cityId, int year, int to) {
        return MonthCell.trend(rollup(cityId, year, 1, to, false, false));
    }

    /**
     * Year values from {@code from} to {@code to}: the city total when {@code line} is empty, else the
     * sum over the given units of one line.
     */
    List<YearPoint> years(int cityId, int from, int to, List<Integer> line) {
        return years(source, cityId, from, to, line);
    }

    private List<MonthCell> rollup(int cityId, int year, int from, int to, boolean yearly, boolean lastOnly) {
        return byGroupingSets
                ? rollupByGroupingSets(source, cityId, year, from, to, yearly, lastOnly)
                : rollup(source, cityId, year, from, to, yearly, lastOnly);
    }

    /** The roll-up's rows from either source, in one order: what the equality test compares. */
    List<MonthCell> rollup(
            RollupSql.Source from, int cityId, int year, int first, int last, boolean yearly, boolean lastOnly) {
        return city(RollupSql.cells(from, first, last), from, cityId, year, first, last, yearly, lastOnly);
    }

    /**
     * {@link #rollup} with every unit row grouped as well, as the statement was until 2026-12-01: the
     * reference the equality tests hold the product's statement to, sent as that one is.
     */
    List<MonthCell> rollupByGroupingSets(
            RollupSql.Source from, int cityId, int year, int first, int last, boolean yearly, boolean lastOnly) {
        return city(
                RollupSql.cellsByGroupingSets(from, first, last), from, cityId, year, first, last, yearly, lastOnly);
    }

    private List<MonthCell> city(
            String cells,
            RollupSql.Source from,
            int cityId,
            int year,
            int first,
            int last,
            boolean yearly,
            boolean lastOnly) {
        // A pre-aggregated window not starting in January (a month, a quarter) is sent with bind values:
        // one statement text for every unit, year and window, which pgjdbc prepares on the server after
        // five runs and PostgreSQL then runs from a generic plan, without the ~2 ms of planning and with
        // hash joins where the custom plan's one-row estimates chose a lookup per row: a one-month
        // ranking took half the time (docs/benchmarks.md 2.1). Windows from January (the trend, the
        // pivot) and the live form keep their literals: their generic plans measured slower.
        return window(
                cells,
                from == RollupSql.Source.PREAGGREGATED && first != 1,
                cityId,
                year,
                first,
                last,
                yearly,
                lastOnly);
    }

    /**
     * The value of {@code unitId} (its cell without a division) and of each of its children, at the
     * window's last month, along the hierarchy (docs/levels.md): a unit's own approved figure, else its
     * children's total by the indicator's rule. What a dashboard at any level reads.
     */
    List<YearCell> unitCells(int unitId, int year, int from, int to, boolean yearly) {
        if (from == 1 || from == to) {
            return MonthCell.cells(levels(source, unitId, year, from, to, yearly, true));
        }
        // a window of several months not from January: bounded, and refused with a way back to the whole
        // year when over. A quarter reads its children's rows (V150's q_*); any other such window walks
        // below them (LevelSql.WALKED)
        db.execute("set local statement_timeout = " + Math.max(1, liveWindowLimit.toMillis()));
        try {
            var cells = MonthCell.cells(levels(source, unitId, year, from, to, yearly, true));
            db.execute("set local statement_timeout to default");
            return cells;
        } catch (RuntimeException failed) {
            if (cancelled(failed)) {
                throw new RefusedException("dashboards.error.windowTooLarge");
            }
            throw failed;
        }
    }

    /** Whether PostgreSQL cancelled the statement (57014: statement_timeout), whoever wrapped the error. */
    private static boolean cancelled(Throwable failed) {
        for (var cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The hierarchy's values from either source, in one order: what the equality test compares. */
    List<MonthCell> levels(
            RollupSql.Source from, int unitId, int year, int first, int last, boolean yearly, boolean lastOnly) {
        return window(LevelSql.cells(from, first, last), false, unitId, year, first, last, yearly, lastOnly);
    }

    /**
     * A window's cells as RollupSql and LevelSql both write them: the unit, year and window as {0}…{5}.
     * Read by column position and type ({@link TypedRows}): a national page maps 6,000–8,000 month rows,
     * and jOOQ's per-value converter lookups and text parsing of each timestamp into records were some
     * 50 ms of such a page (docs/benchmarks.md 4.5.1, 4.5.2).
     */
    private List<MonthCell> window(
            String cells, boolean bound, int unitId, int year, int first, int last, boolean yearly, boolean lastOnly) {
        Function<Object, Field<?>> value = bound ? DSL::val : DSL::inline;
        return TypedRows.list(
                db.resultQuery(
                        cells + "\norder by c.indicator_id, c.month, c.division_id",
                        value.apply(unitId),
                        value.apply(year),
                        value.apply(first),
                        value.apply(last),
                        value.apply(yearly),
                        value.apply(lastOnly)),
                MonthCell::of);
    }

    /** {@link #cellsByMonth} along the hierarchy: {@code unitId}'s and its children's values, every month. */
    List<MonthCell> unitCellsByMonth(int unitId, int year, int to, boolean yearly) {
        return levels(source, unitId, year, 1, to, yearly, false);
    }

    /** {@link #trend} along the hierarchy. */
    List<TrendPoint> unitTrend(int unitId, int year, int to) {
        return MonthCell.trend(levels(source, unitId, year, 1, to, false, false));
    }

    /** Each year's value of {@code unitId} and of each of its children, as {@link #unitYears} reads the unit's. */
    List<UnitYear> unitAndChildYears(int unitId, int from, int to) {
        return levelYears(source, unitId, from, to).stream()
                .map(r -> new UnitYear(
                        r.get("is_total", Integer.class) == 1 ? null : r.get("division_id", Integer.class),
                        new YearPoint(
                                r.get("indicator_id", Integer.class),
                                r.get("year", Integer.class),
                                r.get("value", BigDecimal.class),
                                Boolean.TRUE.equals(r.get("na", Boolean.class)))))
                .toList();
    }

    /** A year's value of a unit (null: the page's focus). */
    record UnitYear(Integer divisionId, YearPoint point) {}

    /** Each year's value of {@code unitId} along the hierarchy, for the years chart at any level. */
    List<YearPoint> unitYears(int unitId, int from, int to) {
        return levelYears(source, unitId, from, to).stream()
                .filter(r -> r.get("is_total", Integer.class) == 1)
                .map(r -> new YearPoint(
                        r.get("indicator_id", Integer.class),
                        r.get("year", Integer.class),
                        r.get("value", BigDecimal.class),
                        Boolean.TRUE.equals(r.get("na", Boolean.class))))
                .toList();
    }

    /** The years of {@code unitId} and of each of its children from either source, in one order. */
    Result<Record> levelYears(RollupSql.Source from, int unitId, int first, int last) {
        return db.resultQuery(
                        LevelYearsSql.years(from) + "\norder by c.indicator_id, c.year, c.division_id",
                        inline(unitId),
                        inline(first),
                        inline(last))
                .fetch();
    }

    /** The year values from either source, as {@link #years} returns them. */
    List<YearPoint> years(RollupSql.Source from, int cityId, int first, int last, List<Integer> line) {
        return db.resultQuery(
                        RollupSql.years(from),
                        inline(cityId),
                        inline(first),
                        inline(last),
                        inline(!line.isEmpty()),
                        DSL.val(line.toArray(Integer[]::new)))
                .fetch(r -> new YearPoint(
                        r.get("indicator_id", Integer.class),
                        r.get("year", Integer.class),
                        r.get("value", BigDecimal.class),
                        Boolean.TRUE.equals(r.get("na", Boolean.class))));
    }
}
