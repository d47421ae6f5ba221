package org.minsheng.publication;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The charts pinned embeds show (V144), one per unit year, indicator and edition, kept as written. */
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
                insert into embed_snapshot (year, unit_code, indicator, edition, chart)
                values (?, ?, ?, ?, ?::jsonb)
                on conflict do nothing""",
                (short) chart.year(),
                chart.unitCode(),
                chart.indicator(),
                chart.edition(),
                JSON.writeValueAsString(chart));
    }

    Optional<EmbeddedChart> find(int year, String unitCode, String indicator, int edition) {
        return db.resultQuery("""
                        select chart::text from embed_snapshot
                        where year = ? and unit_code = ? and indicator = ? and edition = ?""", (short) year, unitCode, indicator, edition)
                .fetchOptional(r -> JSON.readValue(r.get(0, String.class), EmbeddedChart.class));
    }
}
