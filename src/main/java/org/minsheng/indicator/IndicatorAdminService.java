package org.minsheng.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.RefusedException;
import org.minsheng.base.Texts;
import org.minsheng.base.format.Numbers;
import org.minsheng.security.AppUser;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator catalogue as administrators keep it. Once figures exist, an indicator's unit,
 * value type and scale are frozen (a stored 4.5 km must not silently become 4.5 schools or lose a
 * decimal), and so are the rules that make its totals (aggregation, accumulation, frequency, who
 * reports it), since a published figure changes only by a recorded revision; and it can only be
 * retired, so its history stays readable.
 */
@Service
@Transactional
public class IndicatorAdminService {

    static final String ENTITY = "indicator";
    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

    private final IndicatorAdminRepository indicators;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    IndicatorAdminService(IndicatorAdminRepository indicators, CurrentUser currentUser, AuditLog audit) {
        this.indicators = indicators;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every indicator, retired ones last. */
    @Transactional(readOnly = true)
    public List<CatalogueEntry> list() {
        currentUser.require(Role.ADMINISTRATOR);
        return indicators.findAll();
    }

    @Transactional(readOnly = true)
    public List<Category> categories() {
        currentUser.require(Role.ADMINISTRATOR);
        return indicators.categories();
    }

    public CatalogueEntry create(IndicatorDraft draft) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var clean = check(draft, 0);
        int id = indicators.insert(clean);
        var created = indicators.find(id).orElseThrow();
        record(admin, "indicator.create", id, null, values(created.draft()));
        return created;
    }

    public CatalogueEntry update(int id, int version, IndicatorDraft draft) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        var clean = check(draft, id);
        var old = before.draft();
        if (before.hasFigures() && !old.names().code().equals(clean.names().code())) {
            // templates, imports and saved links name the indicator by its code
            throw new RefusedException(
                    "catalogue.indicator.error.codeFrozen", old.names().code());
        }
        var was = old.measure();
        var now = clean.measure();
        // the English singular is wording, not what the figures count: it stays open once figures exist,
        // since 「1 hectares」 is noticed only when a figure of one is shown
        if (before.hasFigures()
                && (was.valueType() != now.valueType()
                        || was.scale() != now.scale()
                        || !was.unitZh().equals(now.unitZh())
                        || !was.unitEn().equals(now.unitEn()))) {
            throw new RefusedException("catalogue.indicator.error.frozen");
        }
        // the rules that turn stored figures into totals: changed, every approved and published total of
        // the indicator would change at once, with no revision and no reason (a stranger's trial turned
        // the published 117.6 km into 18.4 km by choosing 取最大值)
        if (before.hasFigures()
                && (!old.totals().equals(clean.totals()) || !old.reporting().equals(clean.reporting()))) {
            throw new RefusedException("catalogue.indicator.error.rulesFrozen");
        }
        // a range narrowed past figures already stored strands them: the entry sheet then refuses to carry a
        // cumulative series on (「不能大于 10」 beside 「上期 26」) and a published 28 reads as out of range
        if (!Objects.equals(was.minValue(), now.minValue())) {
            figuresWithin(id, now.minValue(), false, "catalogue.indicator.error.min.figureBelow");
        }
        if (!Objects.equals(was.maxValue(), now.maxValue())) {
            figuresWithin(id, now.maxValue(), true, "catalogue.indicator.error.max.figureAbove");
        }
        if (!indicators.update(id, version, clean)) {
            throw stale();
        }
        var after = indicators.find(id).orElseThrow();
        // Only what changed, so the trail reads as the edit the administrator made.
        var oldValues = values(old);
        var newValues = values(after.draft());
        oldValues.keySet().removeIf(k -> Objects.equals(oldValues.get(k), newValues.get(k)));
        newValues.keySet().retainAll(oldValues.keySet());
        record(admin, "indicator.update", id, oldValues, newValues);
        return after;
    }

    /** Takes an indicator out of entry sheets from now on; its figures stay and keep being shown. */
    public CatalogueEntry retire(int id, int version, LocalDate retiredOn) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        if (retiredOn == null) {
            throw new RefusedException("catalogue.indicator.error.retiredOn");
        }
        // an indicator belongs to year Y while retired_on > Y-01-01: retired on or before that day, it would
        // drop out of a year whose figures are already published; the latest such year bounds all earlier ones
        var published = indicators.latestPublishedYear();
        if (published.isPresent() && !retiredOn.isAfter(LocalDate.of(published.get(), 1, 1))) {
            int year = published.get();
            throw new RefusedException(
                    "catalogue.indicator.error.retiredInPublishedYear",
                    year,
                    LocalDate.of(year, 1, 2).toString());
        }
        // the review queue and the entry sheets show indicators in use only: a figure waiting for review would
        // be stranded, neither approved nor returned, until the indicator came back (a tester's tour)
        int waiting = indicators.submittedFigures(id);
        if (waiting > 0) {
            throw new RefusedException("catalogue.indicator.error.retireWhileSubmitted", waiting);
        }
        return setRetiredOn(admin, "indicator.retire", before, retiredOn);
    }

    public CatalogueEntry reinstate(int id, int version) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        // back in use, it must not become the second indicator of a name taken while it was retired
        indicators.holdForNaming();
        namesFree(before.draft().names(), id);
        return setRetiredOn(admin, "indicator.reinstate", before, null);
    }

    /** Only an indicator nobody has reported on can go; its targets and rules go with it. */
    public void delete(int id, int version) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        if (before.hasFigures()) {
            throw new RefusedException("catalogue.indicator.error.hasFigures");
        }
        if (!indicators.delete(id, version)) {
            throw stale();
        }
        record(admin, "indicator.delete", id, values(before.draft()), null);
    }

    private CatalogueEntry setRetiredOn(AppUser admin, String action, CatalogueEntry before, LocalDate retiredOn) {
        if (!indicators.setRetiredOn(before.id(), before.version(), retiredOn)) {
            throw stale();
        }
        var oldValues = new LinkedHashMap<String, Object>();
        oldValues.put(
                "retiredOn",
                before.retiredOn() == null ? null : before.retiredOn().toString());
        var newValues = new LinkedHashMap<String, Object>();
        newValues.put("retiredOn", retiredOn == null ? null : retiredOn.toString());
        record(admin, action, before.id(), oldValues, newValues);
        return indicators.find(before.id()).orElseThrow();
    }

    private CatalogueEntry current(int id, int version) {
        var entry = indicators.find(id).orElseThrow(() -> new RefusedException("catalogue.error.notFound"));
        if (entry.version() != version) {
            throw stale();
        }
        return entry;
    }

    private IndicatorDraft check(IndicatorDraft d, int id) {
        // its code and names are checked free and then taken in one go, another administrator's waiting
        indicators.holdForNaming();
        var names = d.names();
        var code = names.code() == null ? "" : names.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new RefusedException("catalogue.indicator.error.code.invalid");
        }
        if (indicators.codeTaken(code, id)) {
            throw new RefusedException("catalogue.indicator.error.code.taken", code);
        }
        var nameZh = required(names.nameZh(), "catalogue.indicator.error.nameZh");
        var nameEn = required(names.nameEn(), "catalogue.indicator.error.nameEn");
        var shortZh = required(names.shortNameZh(), "catalogue.indicator.error.shortNameZh");
        var shortEn = required(names.shortNameEn(), "catalogue.indicator.error.shortNameEn");
        namesFree(new IndicatorDraft.Names(code, nameZh, nameEn, shortZh, shortEn, null, null), id);
        var measure = d.measure();
        var unitZh = required(measure.unitZh(), "catalogue.indicator.error.unitZh");
        var unitEn = required(measure.unitEn(), "catalogue.indicator.error.unitEn");
        var totals = d.totals();
        if (measure.valueType() == null || totals.aggregation() == null || d.direction() == null) {
            throw new RefusedException("catalogue.indicator.error.incomplete");
        }
        if (measure.scale() < 0
                || measure.scale() > 6
                || (measure.valueType() == Indicator.ValueType.INTEGER && measure.scale() != 0)) {
            throw new RefusedException("catalogue.indicator.error.scale");
        }
        // a bound beyond the largest figure the entry sheet takes bounds nothing, and 99999999999999999999999
        // printed in a tile or a range message overflows it; targets are held to the same limit
        boundFits(measure.minValue(), "catalogue.indicator.error.min.tooLarge");
        boundFits(measure.maxValue(), "catalogue.indicator.error.max.tooLarge");
        if (measure.minValue() != null
                && measure.maxValue() != null
                && measure.minValue().compareTo(measure.maxValue()) > 0) {
            throw new RefusedException("catalogue.indicator.error.range");
        }
        boolean ratio = totals.aggregation() == Indicator.Aggregation.RATIO;
        boolean parts = totals.numeratorId() != null && totals.denominatorId() != null;
        if (ratio != parts
                || (!ratio && (totals.numeratorId() != null || totals.denominatorId() != null))
                || (parts
                        && (totals.numeratorId() == id
                                || totals.denominatorId() == id
                                || !indicators.exists(totals.numeratorId())
                                || !indicators.exists(totals.denominatorId())))) {
            throw new RefusedException("catalogue.indicator.error.ratio");
        }
        if (!indicators.categoryExists(d.placement().categoryId())) {
            throw new RefusedException("catalogue.indicator.error.category");
        }
        return d.with(new IndicatorDraft.Names(
                        code,
                        nameZh,
                        nameEn,
                        shortZh,
                        shortEn,
                        optional(names.definitionZh()),
                        optional(names.definitionEn())))
                .with(new IndicatorDraft.Measure(
                        unitZh,
                        unitEn,
                        Texts.optional(measure.unitOneEn(), Texts.SHORT),
                        measure.valueType(),
                        measure.scale(),
                        measure.minValue(),
                        measure.maxValue()))
                .with(new IndicatorDraft.Placement(
                        d.placement().categoryId(),
                        optional(d.placement().leadDepartment()),
                        optional(d.placement().leadDepartmentEn()),
                        d.placement().displayOrder()))
                .with(new IndicatorDraft.Phrase(
                        optional(d.phrase().zh()), optional(d.phrase().en())));
    }

    /**
     * Entry sheets, the review page, tiles, exports and imports tell indicators apart by these names, so no
     * two indicators in use may share one (a second 营养改善计划学校 made two rows nobody could tell apart,
     * and the import by short name ambiguous). Checked here, not by a unique index, since a retired
     * indicator may keep the name its successor took over.
     */
    private void namesFree(IndicatorDraft.Names names, int id) {
        var zh = IndicatorAdminRepository.NameLanguage.ZH;
        var en = IndicatorAdminRepository.NameLanguage.EN;
        nameFree(zh, names.nameZh(), id, "catalogue.indicator.error.nameZh.taken");
        nameFree(zh, names.shortNameZh(), id, "catalogue.indicator.error.shortNameZh.taken");
        nameFree(en, names.nameEn(), id, "catalogue.indicator.error.nameEn.taken");
        nameFree(en, names.shortNameEn(), id, "catalogue.indicator.error.shortNameEn.taken");
    }

    private void nameFree(IndicatorAdminRepository.NameLanguage language, String name, int id, String key) {
        indicators.nameTakenBy(language, name, id).ifPresent(code -> {
            throw new RefusedException(key, name, code);
        });
    }

    /** Refuses a bound some stored figure lies beyond, naming the furthest one and where it is. */
    private void figuresWithin(int id, BigDecimal bound, boolean maximum, String key) {
        if (bound == null) {
            return;
        }
        indicators.figureBeyond(id, bound, maximum).ifPresent(figure -> {
            throw new RefusedException(
                    key,
                    Numbers.exact(figure.value()),
                    Numbers.exact(bound),
                    figure.division(),
                    figure.year(),
                    figure.month() == null ? 0 : figure.month());
        });
    }

    private static void boundFits(BigDecimal bound, String key) {
        if (bound != null && bound.abs().compareTo(TargetValues.LARGEST) > 0) {
            throw new RefusedException(key, Numbers.exact(TargetValues.LARGEST));
        }
    }

    /** Where a new indicator goes in the dialog unless its administrator places it: after every other one. */
    @Transactional(readOnly = true)
    public int nextDisplayOrder() {
        currentUser.require(Role.ADMINISTRATOR);
        return indicators.nextDisplayOrder();
    }

    private static String required(String text, String key) {
        return Texts.required(text, Texts.SHORT, key);
    }

    private static String optional(String text) {
        return Texts.optional(text, Texts.LONG);
    }

    private void record(AppUser admin, String action, int id, Map<String, ?> before, Map<String, ?> after) {
        audit.record(admin.id(), AuditEvent.of(action, ENTITY, id, before, after, null, AuditEvent.Source.FORM));
    }

    private static RefusedException stale() {
        return new RefusedException("catalogue.error.stale");
    }

    /** The audit trail's before and after, under the names the trail has always used. */
    static LinkedHashMap<String, Object> values(IndicatorDraft d) {
        var v = new LinkedHashMap<String, Object>();
        var names = d.names();
        v.put("code", names.code());
        v.put("nameZh", names.nameZh());
        v.put("nameEn", names.nameEn());
        v.put("shortNameZh", names.shortNameZh());
        v.put("shortNameEn", names.shortNameEn());
        v.put("definitionZh", names.definitionZh());
        v.put("definitionEn", names.definitionEn());
        var measure = d.measure();
        v.put("unitZh", measure.unitZh());
        v.put("unitEn", measure.unitEn());
        v.put("unitOneEn", measure.unitOneEn());
        v.put("valueType", measure.valueType().name());
        v.put("scale", measure.scale());
        v.put("minValue", plain(measure.minValue()));
        v.put("maxValue", plain(measure.maxValue()));
        var totals = d.totals();
        v.put("aggregation", totals.aggregation().name());
        v.put("numeratorId", totals.numeratorId());
        v.put("denominatorId", totals.denominatorId());
        v.put("cumulative", totals.cumulative());
        v.put("monthly", d.reporting().monthly());
        v.put("reportedByCity", d.reporting().reportedByCity());
        v.put("categoryId", d.placement().categoryId());
        v.put("leadDepartment", d.placement().leadDepartment());
        v.put("leadDepartmentEn", d.placement().leadDepartmentEn());
        v.put("displayOrder", d.placement().displayOrder());
        v.put("phraseZh", d.phrase().zh());
        v.put("phraseEn", d.phrase().en());
        v.put("direction", d.direction().name());
        return v;
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
