package org.minsheng.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * COPYs approved figures for every county and town under a code prefix, one per indicator and
 * month, then their revisions (one per approval, a second for the 2% corrected after publication)
 * and the audit trail the workflow writes for each (entered, submitted, approved; edited and
 * approved again for a correction). Values come from a hash of the cell, so every pass regenerates
 * the same numbers without keeping them. Secondary indexes are dropped during the load and rebuilt
 * after it, in the same transaction, so a failed load leaves nothing behind.
 */
final class FigureLoad {

    private static final Logger log = LoggerFactory.getLogger(FigureLoad.class);

    /**
     * -Dbench.audit=approvals keeps only the approvals' audit entries (one per figure instead of
     * three), for L on a shared disk: the full trail at L would be some 25 GB.
     */
    private static final boolean APPROVALS_ONLY = "approvals".equals(System.getProperty("bench.audit"));

    private record Unit(int id, boolean town, int fromYear, int toYear) {}

    private final Connection c;
    private final List<BenchCatalogue.Indicator> indicators;
    private final String prefix;
    private final int firstYear;
    private final int lastYear;
    private final Map<Integer, Integer> periodIds = new HashMap<>();
    private List<Unit> units;
    private long firstId;
    private int statistician;
    private int reviewer;

    FigureLoad(Connection c, List<BenchCatalogue.Indicator> indicators, String prefix, int firstYear, int lastYear) {
        this.c = c;
        this.indicators = indicators;
        this.prefix = prefix;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    void run() throws SQLException {
        c.setAutoCommit(false);
        try {
            prepare();
            var indexes = dropSecondaryIndexes();
            // Foreign-key triggers off for this transaction, as pg_restore does: every generated row
            // points at a division, indicator, period, user or figure read or written just before.
            try (var s = c.createStatement()) {
                s.execute("set local session_replication_role = replica");
            }
            long total = 0;
            long t0 = System.nanoTime();
            total += timed("figure", this::figures);
            total += timed("figure_revision", this::revisions);
            total += timed("audit_entry", this::audit);
            log.info(
                    "COPY total: {} rows in {} s = {} rows/s",
                    String.format("%,d", total),
                    BenchData.seconds(t0),
                    String.format("%,.0f", total / ((System.nanoTime() - t0) / 1e9)));
            long t1 = System.nanoTime();
            try (var s = c.createStatement()) {
                for (var ddl : indexes) {
                    s.execute(ddl);
                }
                s.execute("select setval(pg_get_serial_sequence('figure', 'id'), (select max(id) from figure))");
            }
            log.info("secondary indexes rebuilt in {} s", BenchData.seconds(t1));
            // COPY with triggers off left the dashboards' pre-aggregates (V110, V122's totals along the
            // hierarchy, V149's corrections per unit and year) empty: fill them as the migrations' backfills do.
            long tRollup = System.nanoTime();
            try (var s = c.createStatement()) {
                s.execute("set local work_mem = '256MB'");
                s.execute("select rollup_rebuild()");
                s.execute("select rollup_total_rebuild()");
                s.execute("select edition_corrections_rebuild()");
            }
            log.info("dashboard pre-aggregates rebuilt in {} s", BenchData.seconds(tRollup));
            c.commit();
            long t2 = System.nanoTime();
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("vacuum analyze figure");
                s.execute("vacuum analyze figure_revision");
                s.execute("vacuum analyze audit_entry");
                s.execute("vacuum analyze rollup_month");
                s.execute("vacuum analyze rollup_year");
            }
            log.info("vacuum analyze in {} s; whole load {} s", BenchData.seconds(t2), BenchData.seconds(t0));
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private interface Pass {
        long run() throws SQLException;
    }

    private static long timed(String table, Pass pass) throws SQLException {
        long t0 = System.nanoTime();
        long rows = pass.run();
        double s = (System.nanoTime() - t0) / 1e9;
        log.info(
                "COPY {}: {} rows in {} s = {} rows/s",
                table,
                String.format("%,d", rows),
                String.format("%.1f", s),
                String.format("%,.0f", rows / s));
        return rows;
    }

    private void prepare() throws SQLException {
        units = new ArrayList<>();
        try (var s = c.prepareStatement("""
                select id, level = 'town', extract(year from valid_from)::int,
                       coalesce(extract(year from valid_to - 1)::int, 9999)
                from division where level in ('county', 'town') and code like ? order by id""")) {
            s.setString(1, prefix + "%");
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    units.add(new Unit(rs.getInt(1), rs.getBoolean(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        }
        try (var s = c.createStatement()) {
            try (var rs = s.executeQuery("select id, year, month from period where kind = 'month' and year between "
                    + firstYear + " and " + lastYear)) {
                while (rs.next()) {
                    periodIds.put(rs.getInt(2) * 100 + rs.getInt(3), rs.getInt(1));
                }
            }
            try (var rs = s.executeQuery("select coalesce(max(id), 0) + 1 from figure")) {
                rs.next();
                firstId = rs.getLong(1);
            }
            try (var rs = s.executeQuery("select (select id from app_user where username = 'stat-xiangcheng'), "
                    + "(select id from app_user where username = 'reviewer')")) {
                rs.next();
                statistician = rs.getInt(1);
                reviewer = rs.getInt(2);
            }
        }
        log.info(
                "{} counties and towns x {} indicators x 12 months x {} years",
                units.size(),
                indicators.size(),
                lastYear - firstYear + 1);
    }

    private List<String> dropSecondaryIndexes() throws SQLException {
        var ddl = new ArrayList<String>();
        var names = new ArrayList<String>();
        try (var s = c.createStatement();
                var rs = s.executeQuery("""
                select i.indexname, i.indexdef from pg_indexes i
                where i.schemaname = 'public' and i.tablename in ('figure', 'figure_revision', 'audit_entry')
                  and not exists (select 1 from pg_constraint k where k.conname = i.indexname)""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                ddl.add(rs.getString(2));
            }
        }
        try (var s = c.createStatement()) {
            for (var name : names) {
                s.execute("drop index " + name);
            }
        }
        return ddl;
    }

    /** Visits every generated cell in id order. */
    private interface CellVisitor {
        void visit(long id, Unit unit, BenchCatalogue.Indicator indicator, int year, int month) throws SQLException;
    }

    private void eachCell(CellVisitor visitor) throws SQLException {
        long id = firstId;
        for (int year = firstYear; year <= lastYear; year++) {
            for (int month = 1; month <= 12; month++) {
                for (var unit : units) {
                    if (year < unit.fromYear || year > unit.toYear) {
                        continue;
                    }
                    for (var indicator : indicators) {
                        visitor.visit(id++, unit, indicator, year, month);
                    }
                }
            }
        }
    }

    private long figures() throws SQLException {
        try (var copy = new CopyWriter(
                c,
                "figure",
                "id, indicator_id, division_id, period_id, value, not_applicable, "
                        + "status, entered_by, entered_at, submitted_by, submitted_at, approved_value, approved_not_applicable, "
                        + "approved_by, approved_at, revision, version, corrections, correction_reason")) {
            eachCell((id, unit, indicator, year, month) -> {
                boolean corrected = corrected(id, year);
                var value = format(
                        corrected ? value(unit, indicator, year, month) + 1 : value(unit, indicator, year, month),
                        indicator.scale());
                copy.field(id)
                        .field(indicator.id())
                        .field(unit.id())
                        .field(periodIds.get(year * 100 + month))
                        .field(value)
                        .field("f")
                        .field("approved")
                        .field(statistician)
                        .field(at(year, month, 2))
                        .field(statistician)
                        .field(at(year, month, 3))
                        .field(value)
                        .field("f")
                        .field(reviewer)
                        .field(at(year, month, corrected ? 40 : 5))
                        .field(corrected ? 2 : 1)
                        .field(corrected ? 4 : 2)
                        .field(corrected ? 1 : 0)
                        .field(null)
                        .end();
            });
            return copy.rows();
        }
    }

    private long revisions() throws SQLException {
        try (var copy = new CopyWriter(
                c,
                "figure_revision",
                "figure_id, revision, value, not_applicable, reason, approved_by, approved_at, correction")) {
            eachCell((id, unit, indicator, year, month) -> {
                long v = value(unit, indicator, year, month);
                copy.field(id)
                        .field(1)
                        .field(format(v, indicator.scale()))
                        .field("f")
                        .field(null)
                        .field(reviewer)
                        .field(at(year, month, 5))
                        .field("f")
                        .end();
                if (corrected(id, year)) {
                    copy.field(id)
                            .field(2)
                            .field(format(v + 1, indicator.scale()))
                            .field("f")
                            .field("核实后更正")
                            .field(reviewer)
                            .field(at(year, month, 40))
                            .field("t")
                            .end();
                }
            });
            return copy.rows();
        }
    }

    private long audit() throws SQLException {
        try (var copy = new CopyWriter(
                c, "audit_entry", "at, actor_id, action, entity, entity_id, old_value, new_value, reason, source")) {
            eachCell((id, unit, indicator, year, month) -> {
                var v = format(value(unit, indicator, year, month), indicator.scale());
                var draft = view(v, "DRAFT", 0);
                var submitted = view(v, "SUBMITTED", 0);
                if (!APPROVALS_ONLY) {
                    copy.field(at(year, month, 2))
                            .field(statistician)
                            .field("enter")
                            .field("figure")
                            .field(id)
                            .field(null)
                            .field(draft)
                            .field(null)
                            .field("form")
                            .end();
                    copy.field(at(year, month, 3))
                            .field(statistician)
                            .field("submit")
                            .field("figure")
                            .field(id)
                            .field(draft)
                            .field(submitted)
                            .field(null)
                            .field("form")
                            .end();
                }
                copy.field(at(year, month, 5))
                        .field(reviewer)
                        .field("approve")
                        .field("figure")
                        .field(id)
                        .field(submitted)
                        .field(view(v, "APPROVED", 1))
                        .field(null)
                        .field("form")
                        .end();
                if (corrected(id, year)) {
                    var w = format(value(unit, indicator, year, month) + 1, indicator.scale());
                    copy.field(at(year, month, 38))
                            .field(reviewer)
                            .field("revise")
                            .field("figure")
                            .field(id)
                            .field(view(v, "APPROVED", 1))
                            .field(view(w, "SUBMITTED", 1))
                            .field("核实后更正")
                            .field("form")
                            .end();
                    copy.field(at(year, month, 40))
                            .field(reviewer)
                            .field("approve_correction")
                            .field("figure")
                            .field(id)
                            .field(view(w, "SUBMITTED", 1))
                            .field(view(w, "APPROVED", 2))
                            .field("核实后更正")
                            .field("form")
                            .end();
                }
            });
            return copy.rows();
        }
    }

    private static String view(String value, String status, int revision) {
        return "{\"value\": \"" + value + "\", \"notApplicable\": false, \"status\": \"" + status + "\", \"revision\": "
                + revision + "}";
    }

    /** Two in a hundred figures of published years were corrected after publication. */
    private boolean corrected(long id, int year) {
        return year < lastYear && Math.floorMod(mix(id * 0x9E3779B97F4A7C15L), 50) == 0;
    }

    /**
     * A plausible value in the indicator's smallest unit (cents for scale 2): a unit's size for the
     * indicator, spread over the months for per-period figures, growing to it for cumulative ones.
     */
    private static long value(Unit unit, BenchCatalogue.Indicator indicator, int year, int month) {
        long size = Math.floorMod(mix(unit.id() * 31L + indicator.id()), unit.town() ? 40 : 600);
        double scale = Math.pow(10, indicator.scale());
        double noise = (mix(((unit.id() * 1_000_003L + indicator.id()) * 31 + year) * 13 + month) >>> 11) * 0x1.0p-53;
        if (indicator.perPeriod()) {
            return Math.round(size / 12.0 * (0.4 + 1.2 * noise) * scale);
        }
        double yearNoise = (mix((unit.id() * 1_000_003L + indicator.id()) * 31 + year) >>> 11) * 0x1.0p-53;
        return Math.round(size * (0.8 + 0.4 * yearNoise) * month / 12.0 * scale);
    }

    private static String format(long units, int scale) {
        if (scale == 0) {
            return Long.toString(units);
        }
        return BigDecimal.valueOf(units, scale).toPlainString();
    }

    private final Map<Long, String> times = new HashMap<>();

    /** The moment n days after the end of the month, at 10:00 in China. */
    private String at(int year, int month, int days) {
        return times.computeIfAbsent(((long) year * 100 + month) * 1000 + days, k -> {
            var date = LocalDate.of(year, month, 1).plusMonths(1).plusDays(days - 1);
            return date + " 10:00:00+08";
        });
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }
}
