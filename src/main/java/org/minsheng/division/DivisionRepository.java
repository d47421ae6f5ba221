package org.minsheng.division;

import static org.minsheng.db.Tables.DIVISION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.minsheng.db.tables.records.DivisionRecord;
import org.springframework.stereotype.Repository;

@Repository
class DivisionRepository {

    private final DSLContext db;

    DivisionRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Division> findByCode(String code) {
        return db.selectFrom(DIVISION).where(DIVISION.CODE.eq(code)).fetchOptional(DivisionRepository::toDivision);
    }

    /** Children that existed at some time between the two dates, in display order. */
    List<Division> findChildren(int parentId, LocalDate from, LocalDate to) {
        return db.selectFrom(DIVISION)
                .where(DIVISION.PARENT_ID.eq(parentId))
                .and(DIVISION.VALID_FROM.le(to))
                .and(DIVISION.VALID_TO.isNull().or(DIVISION.VALID_TO.gt(from)))
                .orderBy(DIVISION.DISPLAY_ORDER, DIVISION.CODE)
                .fetch(DivisionRepository::toDivision);
    }

    private static Division toDivision(DivisionRecord r) {
        return new Division(r.getId(), r.getCode(), r.getName(),
                Division.Level.valueOf(r.getLevel().getLiteral().toUpperCase()), r.getParentId());
    }
}
