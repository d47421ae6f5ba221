package org.minsheng.dashboard;

import static org.jooq.impl.DSL.inline;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.INDICATOR_CATEGORY;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.tables.records.DivisionRecord;
import org.minsheng.division.Division;
import org.springframework.stereotype.Repository;

/**
 * What {@link DashboardFrames} reads besides the divisions' and indicators' services: a link's
 * breadcrumbs and each indicator's category. Apart from {@link DashboardRepository}, whose reads are a
 * page's figures on whichever server answers (the replica too) and change with every approval, because
 * these frame a page: read on the primary once per structure version (V113) and kept with the frame.
 */
@Repository
class FrameRepository {

    private final DSLContext db;

    FrameRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Every indicator's category code, retired indicators too (their approved figures still roll up):
     * what the page scores its cells by.
     */
    Map<Integer, String> indicatorCategories() {
        return db.select(INDICATOR.ID, INDICATOR_CATEGORY.CODE)
                .from(INDICATOR)
                .join(INDICATOR_CATEGORY)
                .on(INDICATOR_CATEGORY.ID.eq(INDICATOR.CATEGORY_ID))
                .fetchMap(INDICATOR.ID, INDICATOR_CATEGORY.CODE);
    }

    /**
     * The unit of {@code code} and its ancestors up to {@code rootId}, root first: a page's breadcrumbs.
     * Empty when no unit has the code or it does not lie under the root (another city's unit).
     */
    List<Division> pathFrom(int rootId, String code) {
        var ids = db.resultQuery("""
                        with recursive up (id, parent_id, depth) as (
                          select d.id, d.parent_id, 0 from division d where d.code = {0}
                          union all
                          select d.id, d.parent_id, u.depth + 1 from division d join up u on d.id = u.parent_id
                          where u.id <> {1} and u.depth < 16
                        )
                        select id from up order by depth desc""", DSL.val(code), inline(rootId)).fetch(r -> r.get(0, Integer.class));
        if (ids.isEmpty() || ids.getFirst() != rootId) {
            return List.of();
        }
        var units = db.selectFrom(DIVISION).where(DIVISION.ID.in(ids)).fetch(FrameRepository::toDivision);
        return ids.stream()
                .map(id -> units.stream().filter(u -> u.id() == id).findFirst().orElseThrow())
                .toList();
    }

    private static Division toDivision(DivisionRecord r) {
        return new Division(
                r.getId(),
                r.getCode(),
                r.getName(),
                Vocabularies.toDomain(r.getLevel(), Division.Level.class),
                r.getParentId());
    }
}
