package org.minsheng.publication;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.minsheng.db.Tables.APPROVAL_LEVEL;
import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.EDITION_CORRECTIONS;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.FIGURE_REVISION;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.PERIOD;
import static org.minsheng.db.Tables.UNIT_ACCEPTANCE;
import static org.minsheng.db.Tables.UNIT_PUBLICATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.minsheng.approval.ApprovalLevels;
import org.minsheng.db.enums.AcceptanceStatus;
import org.minsheng.db.enums.DivisionLevel;
import org.minsheng.db.enums.FigureStatus;
import org.minsheng.db.enums.PeriodStatus;
import org.minsheng.division.Division;
import org.springframework.stereotype.Repository;

/**
 * A unit's publication of its year (V133), and what it depends on: the figures of the unit's subtree
 * still in the workflow, the acceptance of the units below by the level above them (V124), and the
 * approvals recorded after the unit published, which make its edition.
 */
@Repository
class UnitPublicationRepository {

    private static final Field<Integer> SUBTREE_ID = field(name("subtree", "id"), Integer.class);

    private final DSLContext db;
    private final TargetRevisionRepository targetRevisions;

    UnitPublicationRepository(DSLContext db, TargetRevisionRepository targetRevisions) {
        this.db = db;
        this.targetRevisions = targetRevisions;
    }

    /** A unit's year as released: when, by whom, and the newest revision at that moment. */
    record Published(int id, OffsetDateTime at, String by, long mark) {}

    Optional<Published> find(int divisionId, int year) {
        return db.select(
                        UNIT_PUBLICATION.ID,
                        UNIT_PUBLICATION.PUBLISHED_AT,
                        APP_USER.DISPLAY_NAME,
                        UNIT_PUBLICATION.REVISION_MARK)
                .from(UNIT_PUBLICATION)
                .join(APP_USER)
                .on(APP_USER.ID.eq(UNIT_PUBLICATION.PUBLISHED_BY))
                .where(UNIT_PUBLICATION.DIVISION_ID.eq(divisionId))
                .and(UNIT_PUBLICATION.YEAR.eq((short) year))
                .fetchOptional(r -> new Published(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Records the publication with the newest revision id as its mark; empty when the unit's year was
     * already published (a second reviewer's click that came second).
     */
    Optional<Integer> insert(int divisionId, int year, int userId, OffsetDateTime at) {
        var newest = db.select(coalesce(max(FIGURE_REVISION.ID), 0L)).from(FIGURE_REVISION);
        return db.insertInto(UNIT_PUBLICATION)
                .set(UNIT_PUBLICATION.DIVISION_ID, divisionId)
                .set(UNIT_PUBLICATION.YEAR, (short) year)
                .set(UNIT_PUBLICATION.PUBLISHED_AT, at)
                .set(UNIT_PUBLICATION.PUBLISHED_BY, userId)
                .set(UNIT_PUBLICATION.REVISION_MARK, DSL.field(newest))
                .onConflictDoNothing()
                .returning(UNIT_PUBLICATION.ID)
                .fetchOptional()
                .map(r -> r.getId());
    }

    /**
     * Whether the unit's year is out for the public: the unit released it (V133), or the review page
     * published every period of the year (for every unit at once, as the city product always did).
     */
    boolean released(int divisionId, int year) {
        return db.fetchExists(
                        UNIT_PUBLICATION,
                        UNIT_PUBLICATION.DIVISION_ID.eq(divisionId).and(UNIT_PUBLICATION.YEAR.eq((short) year)))
                || wholeYearsPublished().contains(year);
    }

    /**
     * Whether the unit existed at some time in the year: a unit added after the year was published, or
     * closed before it, has no public page of that year, where it reported nothing.
     */
    boolean existedIn(int divisionId, int year) {
        return db.fetchExists(
                DIVISION,
                DIVISION.ID
                        .eq(divisionId)
                        .and(DIVISION.VALID_FROM.le(LocalDate.of(year, 12, 31)))
                        .and(DIVISION.VALID_TO.isNull().or(DIVISION.VALID_TO.gt(LocalDate.of(year, 1, 1)))));
    }

    /**
     * Years whose twelve months are in the calendar, every period of it published; or, in a year declared
     * annual reporting only (V101), its year period published: its months are never reported, so waiting
     * for them kept such a year 未发布 on every page and off the public side after its figures were
     * published and corrected. Twelve months, not "every period there is": a calendar holding January
     * only (a year's months not generated yet) made a published January a released year.
     */
    List<Integer> wholeYearsPublished() {
        var published = PERIOD.STATUS.eq(DSL.inline(PeriodStatus.published));
        var months = DSL.countDistinct(PERIOD.MONTH);
        return db.select(PERIOD.YEAR)
                .from(PERIOD)
                .groupBy(PERIOD.YEAR)
                .having(DSL.condition(DSL.boolAnd(published)).and(months.eq(12)))
                .or(DSL.boolOr(DSL.condition(PERIOD.ANNUAL_ONLY).and(published)))
                .orderBy(PERIOD.YEAR.desc())
                .fetch(r -> r.value1().intValue());
    }

    /**
     * The years {@link #released} says are out for the unit, newest first: those it released itself and
     * those the review page published whole. One read, not {@link #released} per year.
     */
    List<Integer> releasedYears(int divisionId) {
        var own = db.select(UNIT_PUBLICATION.YEAR)
                .from(UNIT_PUBLICATION)
                .where(UNIT_PUBLICATION.DIVISION_ID.eq(divisionId))
                .fetch(r -> r.value1().intValue());
        var years = new TreeSet<Integer>(Comparator.reverseOrder());
        years.addAll(own);
        years.addAll(wholeYearsPublished());
        return List.copyOf(years);
    }

    /** A unit's released year, for the list of what the public may read. */
    record Release(String code, String name, int year) {}

    /** Every unit's released year, newest first. */
    List<Release> releases() {
        return db.select(DIVISION.CODE, DIVISION.NAME, UNIT_PUBLICATION.YEAR)
                .from(UNIT_PUBLICATION)
                .join(DIVISION)
                .on(DIVISION.ID.eq(UNIT_PUBLICATION.DIVISION_ID))
                .orderBy(UNIT_PUBLICATION.YEAR.desc(), DIVISION.LEVEL, DIVISION.CODE)
                .fetch(r -> new Release(r.value1(), r.value2(), r.value3().intValue()));
    }

    /**
     * The id of the unit of {@code code} when it is the root or lies below it, walking up from the unit:
     * empty for a code no unit has, and for one the root does not reach. The division table holds the
     * root's parents too (a city's installation has 福建省 and 全国, whose subtrees the imports hang from),
     * which are no unit of the installation; their pages were the root's page under their code.
     */
    Optional<Integer> unitUnder(int rootId, String code) {
        var found = db.resultQuery("""
                        with recursive up (id, parent_id, start, depth) as (
                          select d.id, d.parent_id, d.id, 0 from division d where d.code = {0}
                          union all
                          select d.id, d.parent_id, up.start, up.depth + 1 from division d join up on d.id = up.parent_id
                          where up.id <> {1} and up.depth < 16
                        )
                        select start from up where id = {1}""", DSL.val(code), DSL.inline(rootId));
        return found.fetch(r -> r.get(0, Integer.class)).stream().findFirst();
    }

    /** The code of the highest of the units (a reviewer's scope), the one whose year they publish. */
    Optional<String> highestCode(Set<Integer> ids) {
        return db.select(DIVISION.CODE)
                .from(DIVISION)
                .where(DIVISION.ID.in(ids))
                .orderBy(DIVISION.LEVEL, DIVISION.CODE)
                .limit(1)
                .fetchOptional(Record1::value1);
    }

    /** Figures of the unit's subtree and year not approved: drafts, submissions, returns, corrections under way. */
    int pending(int divisionId, int year) {
        var subtree = subtree(divisionId);
        return db.withRecursive(subtree)
                .selectCount()
                .from(FIGURE)
                .join(PERIOD)
                .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                .where(FIGURE.DIVISION_ID.in(select(SUBTREE_ID).from(subtree)))
                .and(PERIOD.YEAR.eq((short) year))
                .and(FIGURE.STATUS.ne(DSL.inline(FigureStatus.approved)))
                .fetchSingle(Record1::value1);
    }

    /** The division levels that take part in approval; none in a city installation as it always was. */
    ApprovalLevels approvalLevels() {
        return ApprovalLevels.of(
                db.select(APPROVAL_LEVEL.LEVEL).from(APPROVAL_LEVEL).fetch(r -> level(r.value1())));
    }

    /** Units of a level in the subtree, existing during the year, whose year the level above has not accepted. */
    int notAccepted(int divisionId, int year, Division.Level level) {
        var subtree = subtree(divisionId);
        var from = LocalDate.of(year, 1, 1);
        var to = LocalDate.of(year, 12, 31);
        return db.withRecursive(subtree)
                .selectCount()
                .from(DIVISION)
                .where(DIVISION.ID.in(select(SUBTREE_ID).from(subtree)))
                .and(DIVISION.LEVEL.eq(DivisionLevel.valueOf(level.name().toLowerCase(Locale.ROOT))))
                .and(DIVISION.VALID_FROM.le(to))
                .and(DIVISION.VALID_TO.isNull().or(DIVISION.VALID_TO.gt(from)))
                .andNotExists(select(UNIT_ACCEPTANCE.DIVISION_ID)
                        .from(UNIT_ACCEPTANCE)
                        .where(UNIT_ACCEPTANCE.DIVISION_ID.eq(DIVISION.ID))
                        .and(UNIT_ACCEPTANCE.YEAR.eq((short) year))
                        .and(UNIT_ACCEPTANCE.STATUS.eq(AcceptanceStatus.accepted)))
                .fetchSingle(Record1::value1);
    }

    /**
     * A revision in the subtree: an approval (the unit and indicator it is about, its month, null for the
     * year's own period, and the figure as it was and became), or a target changed with its reason
     * ({@code target} set, no month, no figure).
     */
    record RevisionRow(
            int indicatorId,
            String unit,
            String indicator,
            String indicatorEn,
            Integer month,
            String reason,
            OffsetDateTime at,
            FigureChange figure,
            TargetRevisionRepository.TargetChange target) {}

    /**
     * An approved figure before and after the revision: the value approved before it (none when this was
     * the figure's first approval) and the one it approved; a {@code null} value is 不适用.
     */
    record FigureChange(boolean hadBefore, BigDecimal before, BigDecimal after) {}

    /** Before any time a revision can have: every target revision of the year counts. */
    private static final OffsetDateTime EVER = OffsetDateTime.parse("2000-01-01T00:00:00Z");

    /**
     * The approvals of the subtree's figures of the year that revise its edition, oldest first: those
     * recorded after {@code mark} once the unit published, else (null) every correction of a
     * published figure: any month, any unit of the subtree.
     */
    List<RevisionRow> revisions(int divisionId, int year, Long mark) {
        var subtree = subtree(divisionId);
        var after = mark == null ? FIGURE_REVISION.CORRECTION : FIGURE_REVISION.ID.gt(mark);
        var earlier = FIGURE_REVISION.as("earlier");
        return db.withRecursive(subtree)
                .select(
                        FIGURE.INDICATOR_ID,
                        DIVISION.NAME,
                        INDICATOR.SHORT_NAME_ZH,
                        INDICATOR.SHORT_NAME_EN,
                        PERIOD.MONTH,
                        FIGURE_REVISION.REASON,
                        FIGURE_REVISION.APPROVED_AT,
                        earlier.REVISION,
                        earlier.VALUE,
                        FIGURE_REVISION.VALUE)
                .from(FIGURE_REVISION)
                // what the revision replaced: the figure's approval before it, stated beside the reason
                .leftJoin(earlier)
                .on(earlier.FIGURE_ID.eq(FIGURE_REVISION.FIGURE_ID))
                .and(earlier.REVISION.eq(FIGURE_REVISION.REVISION.minus(1)))
                .join(FIGURE)
                .on(FIGURE.ID.eq(FIGURE_REVISION.FIGURE_ID))
                .join(PERIOD)
                .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                .join(DIVISION)
                .on(DIVISION.ID.eq(FIGURE.DIVISION_ID))
                .join(INDICATOR)
                .on(INDICATOR.ID.eq(FIGURE.INDICATOR_ID))
                .where(FIGURE.DIVISION_ID.in(select(SUBTREE_ID).from(subtree)))
                .and(PERIOD.YEAR.eq((short) year))
                .and(after)
                .orderBy(FIGURE_REVISION.ID)
                .fetch(r -> new RevisionRow(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5() == null ? null : r.value5().intValue(),
                        r.value6(),
                        r.value7(),
                        new FigureChange(r.value8() != null, r.value9(), r.value10()),
                        null));
    }

    /**
     * The revisions behind the unit's edition of its year, oldest first: after its publication once it
     * published its year, else every correction of a published figure of its subtree. The one rule of
     * 「第n版」, for the public side and the dashboard alike.
     */
    List<RevisionRow> revisionsOfEdition(int divisionId, int year) {
        var published = find(divisionId, year);
        var figures = revisions(divisionId, year, published.map(Published::mark).orElse(null));
        // a target changed with its reason after publication revises the completion the edition states
        var targets = targetRevisions.after(
                divisionId, year, published.map(Published::at).orElse(EVER));
        return merged(figures, targets);
    }

    /**
     * The approvals in the order they were recorded (their ids, as the edition always listed them), each
     * target revision placed before the first approval recorded after it.
     */
    private static List<RevisionRow> merged(List<RevisionRow> figures, List<RevisionRow> targets) {
        var all = new ArrayList<RevisionRow>(figures.size() + targets.size());
        int t = 0;
        for (var figure : figures) {
            while (t < targets.size() && targets.get(t).at().isBefore(figure.at())) {
                all.add(targets.get(t++));
            }
            all.add(figure);
        }
        all.addAll(targets.subList(t, targets.size()));
        return all;
    }

    /**
     * How many revisions {@link #revisionsOfEdition} lists, counted without listing them: what a dashboard
     * needs to say 第n版 on every page it computes. Listing a national root's year walked its whole subtree
     * and every correction of the installation (46 s at the benchmark's L data, docs/benchmarks.md 4.5.4).
     * Published by the unit: the few approvals after its mark, each walked up its own line to see whether
     * it is below the unit. Otherwise the corrections V149 counts per unit and year as they are recorded.
     */
    int countOfEdition(int divisionId, int year) {
        var published = find(divisionId, year);
        return countOfFigureRevisions(divisionId, year, published.map(Published::mark))
                + targetRevisions.countAfter(
                        divisionId, year, published.map(Published::at).orElse(EVER));
    }

    private int countOfFigureRevisions(int divisionId, int year, Optional<Long> mark) {
        if (mark.isEmpty()) {
            return db.select(EDITION_CORRECTIONS.CORRECTIONS)
                    .from(EDITION_CORRECTIONS)
                    .where(EDITION_CORRECTIONS.DIVISION_ID.eq(divisionId))
                    .and(EDITION_CORRECTIONS.YEAR.eq((short) year))
                    .fetchOptional(Record1::value1)
                    .orElse(0);
        }
        // sixteen steps bound a wrong parent link's cycle, as V122's walks do
        return db.fetchSingle("""
                        with recursive revised (id, division_id) as (
                            select r.id, f.division_id
                            from figure_revision r
                            join figure f on f.id = r.figure_id
                            join period p on p.id = f.period_id
                            where r.id > ? and p.year = ?),
                        up (id, division_id, depth) as (
                            select id, division_id, 0 from revised
                            union all
                            select up.id, d.parent_id, up.depth + 1
                            from up join division d on d.id = up.division_id
                            where d.parent_id is not null and up.depth < 16)
                        select count(distinct id) from up where division_id = ?
                        """, mark.get(), (short) year, divisionId).get(0, Integer.class);
    }

    /** The unit and every unit below it; union, not union all, so a wrong parent link ends the walk. */
    private static CommonTableExpression<Record1<Integer>> subtree(int divisionId) {
        return name("subtree")
                .fields("id")
                .as(select(DIVISION.ID)
                        .from(DIVISION)
                        .where(DIVISION.ID.eq(divisionId))
                        .union(select(DIVISION.ID)
                                .from(DIVISION)
                                .join(table(name("subtree")))
                                .on(DIVISION.PARENT_ID.eq(SUBTREE_ID))));
    }

    private static Division.Level level(DivisionLevel level) {
        return Division.Level.valueOf(level.name().toUpperCase(Locale.ROOT));
    }
}
