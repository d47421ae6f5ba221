package org.minsheng.publication;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.minsheng.base.db.PublishedLines;
import org.minsheng.dashboard.ChartKind;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The charts pinned embeds show (V144, V147), one per unit year, indicator, kind and edition, kept as written. */
@Repository
class EmbedRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;

    EmbedRepository(DSLContext db) {
        this.db = db;
    }

    /** Keeps the chart of its edition, unless one is kept already (an edition's chart never changes). */
    void keep(EmbeddedChart chart) {
        db.execute(
                """
                insert into embed_snapshot (year, unit_code, indicator, kind, edition, chart)
                values (?, ?, ?, ?, ?, ?::jsonb)
                on conflict do nothing""",
                (short) chart.year(),
                chart.unitCode(),
                chart.indicator(),
                code(chart.kind()),
                chart.edition(),
                JSON.writeValueAsString(chart));
    }

    Optional<EmbeddedChart> find(int year, String unitCode, String indicator, ChartKind kind, int edition) {
        return db.resultQuery("""
                        select chart::text from embed_snapshot
                        where year = ? and unit_code = ? and indicator = ? and kind = ? and edition = ?""", (short) year, unitCode, indicator, code(kind), edition)
                .fetchOptional(r -> JSON.readValue(r.get(0, String.class), EmbeddedChart.class));
    }

    /** Which charts of the unit's year are kept for the edition, by indicator and kind. */
    Set<Kept> kept(int year, String unitCode, int edition) {
        return Set.copyOf(db.resultQuery("""
                        select indicator, kind from embed_snapshot
                        where year = ? and unit_code = ? and edition = ?""", (short) year, unitCode, edition)
                .fetch(r -> new Kept(
                        r.get(0, String.class),
                        ChartKind.valueOf(r.get(1, String.class).toUpperCase(Locale.ROOT)))));
    }

    /** A chart kept of an edition: one of its indicator and kind. */
    record Kept(String indicator, ChartKind kind) {}

    /** The codes of the units and of every unit above them, as {@link PublishedLines#line} walks them. */
    List<String> linesUp(Set<Integer> divisionIds) {
        return db.fetch(PublishedLines.line(divisionIds)).map(r -> r.get(0, String.class));
    }

    private static String code(ChartKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
