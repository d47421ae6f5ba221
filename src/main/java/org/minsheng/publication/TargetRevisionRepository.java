package org.minsheng.publication;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The target revisions (V152) behind a unit's edition: each target changed with its reason after the year
 * was published revises the completion the edition states, so it is listed in 修订说明 and counted in 第n版
 * as an approval after publication is ({@link UnitPublicationRepository}).
 */
@Repository
class TargetRevisionRepository {

    /** A target's value before and after its revision; null where it was not set (added) or is no more (removed). */
    record TargetChange(String beforeDirection, BigDecimal before, String afterDirection, BigDecimal after) {

        /** Whether the target turned (增加到 → 不超过) rather than only moved: its line must then say so. */
        boolean turned() {
            return beforeDirection != null && afterDirection != null && !beforeDirection.equals(afterDirection);
        }
    }

    /*
     * The target revisions of the year {0} recorded after {1}, of units in the subtree of {2}: each walked
     * up its own line, as UnitPublicationRepository.countOfEdition walks the approvals after a mark; a year
     * has few of them.
     */
    private static final String UP = """
            with recursive up (id, division_id, depth) as (
                select r.id, r.division_id, 0 from target_revision r where r.year = {0} and r.changed_at > {1}
                union all
                select up.id, d.parent_id, up.depth + 1
                from up join division d on d.id = up.division_id
                where d.parent_id is not null and up.depth < 16)
            """;

    private static final String LISTED = UP + """
            select r.indicator_id, d.name, i.short_name_zh, r.old_value, r.new_value, r.reason, r.changed_at,
                   r.old_direction::text, r.new_direction::text, i.short_name_en
            from target_revision r
            join division d on d.id = r.division_id
            join indicator i on i.id = r.indicator_id
            where r.id in (select id from up where division_id = {2})
            order by r.id""";

    /** The same revisions counted: 第n版 on every page a dashboard computes, which lists none of them. */
    private static final String COUNTED = UP + "select count(distinct id) from up where division_id = {2}";

    private final DSLContext db;

    TargetRevisionRepository(DSLContext db) {
        this.db = db;
    }

    /** The subtree's target revisions of the year after {@code after}, oldest first. */
    List<UnitPublicationRepository.RevisionRow> after(int divisionId, int year, OffsetDateTime after) {
        return db.fetch(query(LISTED, divisionId, year, after))
                .map(r -> new UnitPublicationRepository.RevisionRow(
                        r.get(0, Integer.class),
                        r.get(1, String.class),
                        r.get(2, String.class),
                        r.get(9, String.class),
                        null,
                        r.get(5, String.class),
                        r.get(6, OffsetDateTime.class),
                        null,
                        new TargetChange(
                                r.get(7, String.class),
                                r.get(3, BigDecimal.class),
                                r.get(8, String.class),
                                r.get(4, BigDecimal.class))));
    }

    /** How many {@link #after} lists. */
    int countAfter(int divisionId, int year, OffsetDateTime after) {
        return db.fetchSingle(query(COUNTED, divisionId, year, after)).get(0, Integer.class);
    }

    private static ResultQuery<Record> query(String sql, int divisionId, int year, OffsetDateTime after) {
        return DSL.resultQuery(
                sql,
                DSL.val((short) year, SQLDataType.SMALLINT),
                DSL.val(after, SQLDataType.TIMESTAMPWITHTIMEZONE),
                DSL.val(divisionId, SQLDataType.INTEGER));
    }
}
