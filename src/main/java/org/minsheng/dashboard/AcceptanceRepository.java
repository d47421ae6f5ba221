package org.minsheng.dashboard;

import static org.minsheng.db.Tables.APPROVAL_LEVEL;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.PERIOD;
import static org.minsheng.db.Tables.UNIT_ACCEPTANCE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.minsheng.approval.ApprovalLevels;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.AcceptanceStatus;
import org.minsheng.db.enums.DivisionLevel;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.springframework.stereotype.Repository;

/**
 * What the dashboards need to know of approval by level (V124), read as a read model beside the figures:
 * which levels take part, the level above's decisions on a unit's year, and what a page's totals roll up
 * again by (each indicator's rule, the focus's own figures). The approval workflow writes these tables;
 * the dashboards only read them.
 */
@Repository
class AcceptanceRepository {

    private final DSLContext db;

    AcceptanceRepository(DSLContext db) {
        this.db = db;
    }

    /** The division levels taking part in approval (V124); none for the city product as it always was. */
    ApprovalLevels approvalLevels() {
        return ApprovalLevels.of(db.select(APPROVAL_LEVEL.LEVEL)
                .from(APPROVAL_LEVEL)
                .fetchSet(r -> Vocabularies.toDomain(r.value1(), Division.Level.class)));
    }

    /** The level above's latest decision on a child of {@code parentId}'s year, for years {@code from}..{@code to}. */
    List<Decision> decisions(int parentId, int from, int to) {
        return db.select(
                        UNIT_ACCEPTANCE.DIVISION_ID,
                        UNIT_ACCEPTANCE.YEAR,
                        UNIT_ACCEPTANCE.STATUS,
                        UNIT_ACCEPTANCE.REASON)
                .from(UNIT_ACCEPTANCE)
                .join(DIVISION)
                .on(DIVISION.ID.eq(UNIT_ACCEPTANCE.DIVISION_ID))
                .where(DIVISION.PARENT_ID.eq(parentId))
                .and(UNIT_ACCEPTANCE.YEAR.between((short) from, (short) to))
                .fetch(r -> new Decision(
                        r.value1(), r.value2().intValue(), r.value3() == AcceptanceStatus.accepted, r.value4()));
    }

    /** A unit's year as the level above decided it: accepted, or returned with a reason. */
    record Decision(int divisionId, int year, boolean accepted, String reason) {}

    /**
     * The indicators {@code unitId} has approved figures of its own of, per year {@code from}..{@code to}:
     * there its value is its own figure (docs/levels.md), whichever of its children are accepted.
     */
    Set<Own> ownFigures(int unitId, int from, int to) {
        return db.selectDistinct(FIGURE.INDICATOR_ID, PERIOD.YEAR)
                .from(FIGURE)
                .join(PERIOD)
                .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                .where(FIGURE.DIVISION_ID.eq(unitId))
                .and(FIGURE.REVISION.gt(0))
                .and(PERIOD.YEAR.between((short) from, (short) to))
                .fetchSet(r -> new Own(r.value1(), r.value2().intValue()));
    }

    /** An indicator of which a unit has its own approved figures in a year. */
    record Own(int indicatorId, int year) {}

    /** How each indicator rolls up, retired ones too (their approved figures still count). */
    Map<Integer, Rule> rules() {
        return db.select(
                        INDICATOR.ID,
                        INDICATOR.AGGREGATION,
                        INDICATOR.SCALE,
                        INDICATOR.NUMERATOR_ID,
                        INDICATOR.DENOMINATOR_ID,
                        INDICATOR.REPORTING_LEVEL)
                .from(INDICATOR)
                .fetchMap(
                        INDICATOR.ID,
                        r -> new Rule(
                                Vocabularies.toDomain(r.value2(), Indicator.Aggregation.class),
                                r.value3().intValue(),
                                r.value4(),
                                r.value5(),
                                r.value6() == DivisionLevel.city));
    }

    /**
     * An indicator's roll-up rule; a ratio's parts are indicators of their own. {@code reportedByCity}: the
     * city reports it itself (牵头市直部门), so on the city's roll-up its own row is the unit that counts.
     */
    record Rule(
            Indicator.Aggregation aggregation,
            int scale,
            Integer numeratorId,
            Integer denominatorId,
            boolean reportedByCity) {}
}
