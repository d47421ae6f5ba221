package org.minsheng.indicator;

import static org.jooq.impl.DSL.selectOne;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.INDICATOR_CATEGORY;
import static org.minsheng.db.Tables.PERIOD;
import static org.minsheng.db.Tables.TARGET;
import static org.minsheng.db.Tables.VALIDATION_RULE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.minsheng.base.db.AtVersion;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.Accumulation;
import org.minsheng.db.enums.AggregationRule;
import org.minsheng.db.enums.DivisionLevel;
import org.minsheng.db.enums.FigureStatus;
import org.minsheng.db.enums.PeriodKind;
import org.minsheng.db.enums.PeriodStatus;
import org.minsheng.db.enums.ValueType;
import org.minsheng.db.tables.records.IndicatorRecord;
import org.springframework.stereotype.Repository;

@Repository
class IndicatorAdminRepository {

    private final DSLContext db;

    IndicatorAdminRepository(DSLContext db) {
        this.db = db;
    }

    List<CatalogueEntry> findAll() {
        return select(DSL.noCondition())
                .orderBy(Stream.concat(
                                Stream.of(INDICATOR.RETIRED_ON.isNotNull().asc()),
                                IndicatorRepository.CATALOGUE_ORDER.stream())
                        .toList())
                .fetch(IndicatorAdminRepository::toEntry);
    }

    Optional<CatalogueEntry> find(int id) {
        return select(INDICATOR.ID.eq(id)).fetchOptional(IndicatorAdminRepository::toEntry);
    }

    List<Category> categories() {
        return db.selectFrom(INDICATOR_CATEGORY)
                .orderBy(INDICATOR_CATEGORY.DISPLAY_ORDER)
                .fetch(c -> new Category(c.getId(), c.getCode(), c.getNameZh(), c.getNameEn()));
    }

    boolean codeTaken(String code, int exceptId) {
        return db.fetchExists(INDICATOR, INDICATOR.CODE.eq(code).and(INDICATOR.ID.ne(exceptId)));
    }

    boolean categoryExists(int id) {
        return db.fetchExists(INDICATOR_CATEGORY, INDICATOR_CATEGORY.ID.eq(id));
    }

    boolean exists(int id) {
        return db.fetchExists(INDICATOR, INDICATOR.ID.eq(id));
    }

    int insert(IndicatorDraft draft) {
        var record = db.newRecord(INDICATOR);
        fill(record, draft);
        // a published year keeps the indicators it was published with (V154): a new one starts after them
        record.setFirstYear(db.select(DSL.max(PERIOD.YEAR).plus(1))
                .from(PERIOD)
                .where(PERIOD.KIND.eq(PeriodKind.year).and(PERIOD.STATUS.eq(PeriodStatus.published)))
                .fetchOne(0, Short.class));
        record.insert();
        return record.getId();
    }

    /** Updates at the expected version only; false when someone else saved first. */
    boolean update(int id, int version, IndicatorDraft draft) {
        var record = db.newRecord(INDICATOR);
        fill(record, draft);
        record.changed(INDICATOR.ID, false);
        return AtVersion.update(db.update(INDICATOR).set(record), INDICATOR.ID, id, INDICATOR.VERSION, version);
    }

    boolean setRetiredOn(int id, int version, LocalDate retiredOn) {
        return AtVersion.update(
                db.update(INDICATOR).set(INDICATOR.RETIRED_ON, retiredOn),
                INDICATOR.ID,
                id,
                INDICATOR.VERSION,
                version);
    }

    /** Deletes an indicator without figures together with its targets and the rules that name it. */
    boolean delete(int id, int version) {
        db.deleteFrom(TARGET).where(TARGET.INDICATOR_ID.eq(id)).execute();
        db.deleteFrom(VALIDATION_RULE)
                .where(VALIDATION_RULE.LEFT_ID.eq(id).or(DSL.val(id).eq(DSL.any(VALIDATION_RULE.RIGHT_IDS))))
                .execute();
        return db.deleteFrom(INDICATOR)
                        .where(INDICATOR.ID.eq(id))
                        .and(INDICATOR.VERSION.eq(version))
                        .execute()
                == 1;
    }

    private SelectConditionStep<Record> select(Condition where) {
        return db.select(
                        INDICATOR.asterisk(),
                        INDICATOR_CATEGORY.NAME_ZH,
                        INDICATOR_CATEGORY.NAME_EN,
                        DSL.exists(selectOne().from(FIGURE).where(FIGURE.INDICATOR_ID.eq(INDICATOR.ID)))
                                .as("has_figures"))
                .from(INDICATOR)
                .join(INDICATOR_CATEGORY)
                .on(INDICATOR_CATEGORY.ID.eq(INDICATOR.CATEGORY_ID))
                .where(where);
    }

    private static void fill(IndicatorRecord r, IndicatorDraft d) {
        var names = d.names();
        r.setCode(names.code());
        r.setNameZh(names.nameZh());
        r.setNameEn(names.nameEn());
        r.setShortNameZh(names.shortNameZh());
        r.setShortNameEn(names.shortNameEn());
        r.setDefinitionZh(names.definitionZh());
        r.setDefinitionEn(names.definitionEn());
        var measure = d.measure();
        r.setUnitZh(measure.unitZh());
        r.setUnitEn(measure.unitEn());
        r.setUnitOneEn(measure.unitOneEn());
        r.setValueType(Vocabularies.toDatabase(measure.valueType(), ValueType.class));
        r.setScale((short) measure.scale());
        r.setMinValue(measure.minValue());
        r.setMaxValue(measure.maxValue());
        var totals = d.totals();
        r.setAggregation(Vocabularies.toDatabase(totals.aggregation(), AggregationRule.class));
        r.setNumeratorId(totals.numeratorId());
        r.setDenominatorId(totals.denominatorId());
        r.setAccumulation(totals.cumulative() ? Accumulation.cumulative : Accumulation.per_period);
        r.setFrequency(d.reporting().monthly() ? PeriodKind.month : PeriodKind.year);
        r.setReportingLevel(d.reporting().reportedByCity() ? DivisionLevel.city : DivisionLevel.county);
        r.setCategoryId(d.placement().categoryId());
        r.setLeadDepartment(d.placement().leadDepartment());
        r.setLeadDepartmentEn(d.placement().leadDepartmentEn());
        r.setDisplayOrder(d.placement().displayOrder());
        r.setPhraseZh(d.phrase().zh());
        r.setPhraseEn(d.phrase().en());
        r.setDirection(Vocabularies.toDatabase(d.direction(), org.minsheng.db.enums.TargetDirection.class));
    }

    private static CatalogueEntry toEntry(Record record) {
        var r = record.into(INDICATOR);
        var draft = new IndicatorDraft(
                new IndicatorDraft.Names(
                        r.getCode(),
                        r.getNameZh(),
                        r.getNameEn(),
                        r.getShortNameZh(),
                        r.getShortNameEn(),
                        r.getDefinitionZh(),
                        r.getDefinitionEn()),
                new IndicatorDraft.Measure(
                        r.getUnitZh(),
                        r.getUnitEn(),
                        r.getUnitOneEn(),
                        Vocabularies.toDomain(r.getValueType(), Indicator.ValueType.class),
                        r.getScale(),
                        r.getMinValue(),
                        r.getMaxValue()),
                new IndicatorDraft.Totals(
                        Vocabularies.toDomain(r.getAggregation(), Indicator.Aggregation.class),
                        r.getNumeratorId(),
                        r.getDenominatorId(),
                        r.getAccumulation() == Accumulation.cumulative),
                new IndicatorDraft.Reporting(
                        r.getFrequency() == PeriodKind.month, r.getReportingLevel() == DivisionLevel.city),
                new IndicatorDraft.Placement(
                        r.getCategoryId(), r.getLeadDepartment(), r.getLeadDepartmentEn(), r.getDisplayOrder()),
                new IndicatorDraft.Phrase(r.getPhraseZh(), r.getPhraseEn()),
                Vocabularies.toDomain(r.getDirection(), TargetDirection.class));
        return new CatalogueEntry(
                r.getId(),
                r.getVersion(),
                draft,
                r.getRetiredOn(),
                record.get("has_figures", Boolean.class),
                record.get(INDICATOR_CATEGORY.NAME_ZH),
                record.get(INDICATOR_CATEGORY.NAME_EN));
    }

    /** The languages of an indicator's names: each has a full and a short name that tell indicators apart. */
    enum NameLanguage {
        ZH,
        EN
    }

    /**
     * Holds every other edit of the catalogue until this transaction ends, so that the names it finds free
     * stay free until it commits: two administrators giving two indicators the same name at the same instant
     * both found it free. Only writers of {@code indicator} wait (catalogue edits are rare and short); pages
     * reading it and figures referring to it take weaker locks that this one does not conflict with.
     */
    void holdForNaming() {
        db.execute("lock table indicator in share row exclusive mode");
    }

    /**
     * The code of another indicator still in use (not retired) whose full or short name in this language is
     * already this name, if any: imports match an indicator by either, so one text naming two indicators made
     * the import ambiguous and the pickers confusing. Chinese names compared as typed, English ones regardless
     * of case, both without surrounding spaces.
     */
    Optional<String> nameTakenBy(NameLanguage language, String name, int exceptId) {
        var columns = language == NameLanguage.ZH
                ? List.of(INDICATOR.NAME_ZH, INDICATOR.SHORT_NAME_ZH)
                : List.of(INDICATOR.NAME_EN, INDICATOR.SHORT_NAME_EN);
        var same = DSL.noCondition();
        for (var column : columns) {
            same = same.or(
                    language == NameLanguage.EN
                            ? DSL.lower(DSL.trim(column)).eq(DSL.lower(DSL.trim(DSL.val(name))))
                            : DSL.trim(column).eq(DSL.trim(DSL.val(name))));
        }
        return db.select(INDICATOR.CODE)
                .from(INDICATOR)
                .where(same)
                .and(INDICATOR.RETIRED_ON.isNull())
                .and(INDICATOR.ID.ne(exceptId))
                .orderBy(INDICATOR.CODE)
                .limit(1)
                .fetchOptional(INDICATOR.CODE);
    }

    /** After every indicator of the catalogue: where a new one goes unless its administrator places it. */
    int nextDisplayOrder() {
        var last = db.select(DSL.max(INDICATOR.DISPLAY_ORDER)).from(INDICATOR).fetchOne(0, Integer.class);
        return last == null ? 0 : last + 1;
    }

    /** The latest year whose annual period is published, if any: its figures are what the public has seen. */
    Optional<Integer> latestPublishedYear() {
        var year = db.select(DSL.max(PERIOD.YEAR))
                .from(PERIOD)
                .where(PERIOD.KIND.eq(DSL.inline(PeriodKind.year)))
                .and(PERIOD.STATUS.eq(DSL.inline(PeriodStatus.published)))
                .fetchOne(0, Short.class);
        return Optional.ofNullable(year).map(Short::intValue);
    }

    /** The indicator's figures submitted and waiting for review. */
    int submittedFigures(int id) {
        return db.fetchCount(FIGURE, FIGURE.INDICATOR_ID.eq(id).and(FIGURE.STATUS.eq(FigureStatus.submitted)));
    }

    /** A stored figure of an indicator and where it stands: the unit's name, the year, and the month if monthly. */
    record StoredFigure(BigDecimal value, String division, int year, Integer month) {}

    /**
     * The indicator's stored figure furthest beyond this bound, if any lies beyond it: below it for a minimum,
     * above it for a maximum. Both a cell's current value and its approved one count (a correction under way
     * leaves the approved, perhaps published, figure in place); not-applicable cells have neither.
     */
    Optional<StoredFigure> figureBeyond(int id, BigDecimal bound, boolean maximum) {
        Field<BigDecimal> value = maximum
                ? DSL.greatest(FIGURE.VALUE, FIGURE.APPROVED_VALUE)
                : DSL.least(FIGURE.VALUE, FIGURE.APPROVED_VALUE);
        return db.select(value, DIVISION.NAME, PERIOD.YEAR, PERIOD.MONTH)
                .from(FIGURE)
                .join(DIVISION)
                .on(DIVISION.ID.eq(FIGURE.DIVISION_ID))
                .join(PERIOD)
                .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                .where(FIGURE.INDICATOR_ID.eq(id))
                .and(maximum ? value.gt(bound) : value.lt(bound))
                .orderBy(maximum ? value.desc() : value.asc(), PERIOD.YEAR, PERIOD.MONTH, DIVISION.DISPLAY_ORDER)
                .limit(1)
                .fetchOptional(r -> new StoredFigure(
                        r.get(value),
                        r.get(DIVISION.NAME),
                        r.get(PERIOD.YEAR),
                        r.get(PERIOD.MONTH) == null ? null : r.get(PERIOD.MONTH).intValue()));
    }
}
