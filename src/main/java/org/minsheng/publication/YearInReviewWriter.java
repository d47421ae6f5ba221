package org.minsheng.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.Messages;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.indicator.TargetStatus;
import org.minsheng.indicator.TargetText;
import org.springframework.stereotype.Component;

/**
 * Writes a year-in-review from a unit's year as read: its lede in the editors' phrases and its lines. It
 * reads no figures and checks no reader, which {@link PublicationService} does before it asks.
 */
@Component
class YearInReviewWriter {

    private final PhraseRepository phrases;
    private final Translations translations;

    YearInReviewWriter(PhraseRepository phrases, Translations translations) {
        this.phrases = phrases;
        this.translations = translations;
    }

    /**
     * The year-in-review of a unit's year: the lede from the editors' phrases, and a line per indicator by
     * category; {@code ranked} when its page ranks units below it, {@code counted} present when its totals
     * leave units out (not yet accepted, or nothing approved), as its coverage note then says.
     */
    YearInReview review(
            CityYear data, Edition edition, boolean ranked, Optional<CoverageNote.Counted> counted, Locale locale) {
        int year = data.year();
        boolean partial = counted.isPresent();
        var templates = phrases.chinesePhrases();
        var lede = new StringBuilder();
        var gaps = new ArrayList<String>();
        var sections = new LinkedHashMap<String, List<YearInReview.Line>>();
        // a county or a town does not report what only a city does (牵头市直部门): its year-in-review
        // leaves those out rather than printing 【…：暂无数据】 for a figure that never was its own
        boolean belowCity = data.city().level().ordinal() > Division.Level.CITY.ordinal();
        for (var indicator : data.indicators()) {
            if (belowCity && indicator.reportedByCity()) {
                continue;
            }
            var totalCell = data.total(indicator);
            var total = totalCell.map(YearCell::value).orElse(null);
            boolean notApplicable = totalCell.map(YearCell::notApplicable).orElse(false);
            var target = data.target(indicator).orElse(null);
            boolean notRolledUp = totalCell.isEmpty() && notRolledUp(indicator, data.city());
            sections.computeIfAbsent(indicator.category(locale), k -> new ArrayList<>())
                    .add(line(
                            indicator,
                            total,
                            notApplicable,
                            notRolledUp,
                            target,
                            data.yearOver(),
                            // a county's year is its own figures (its towns rarely report): complete
                            belowCity || data.everyUnitReported(indicator),
                            locale));
            var template = templates.get(indicator.id());
            // a clause of a figure the unit never has is no gap for the publisher to fill in
            if (template == null || notRolledUp) {
                continue;
            }
            // one fact per clause, as in the article: 全市156所…计划；全市…实现清零；完成…117公里
            // 不适用 is an answer, not a gap: the clause says so instead of 【…：暂无数据】, and the
            // publisher is not asked to fill it in
            if (notApplicable) {
                if (!lede.isEmpty()) {
                    lede.append("；");
                }
                lede.append(t(
                        partial ? "publication.notApplicable.counted" : "publication.notApplicable",
                        indicator.shortNameZh()));
                continue;
            }
            var clause = PhraseTemplate.parts(
                    template,
                    values(indicator, total, target, data, partial),
                    t("publication.gap", indicator.shortNameZh()),
                    this::unknownMarker);
            if (total == null || clause.stream().anyMatch(p -> p.kind() == PhrasePart.Kind.GAP)) {
                gaps.add(indicator.shortNameZh());
            }
            // the lede is what the public page, the API, the PDF and the card print: 【牵头市直部门：暂无数据】
            // went out in 2019's published lede (a stranger's tour). A clause short of a figure, or naming a
            // placeholder the product does not know, is left out; the markers are for the editor's preview
            // (PhrasesView), and the reviewer is told of the gaps before publishing
            if (clause.stream().anyMatch(p -> p.kind() != PhrasePart.Kind.TEXT)) {
                continue;
            }
            if (!lede.isEmpty()) {
                lede.append("；");
            }
            clause.forEach(p -> lede.append(p.text()));
        }
        if (!lede.isEmpty()) {
            // of some units only, the lede says how many before its first figure, where 全市 stood
            counted.filter(CoverageNote.Counted::some)
                    .ifPresent(c -> lede.insert(
                            0,
                            t(
                                    "publication.lede.counted",
                                    c.listed(),
                                    t(c.level().unitsKey()),
                                    c.reporting())));
            lede.append("。");
        }
        var sectionList = sections.entrySet().stream()
                .map(e -> new YearInReview.Section(e.getKey(), e.getValue()))
                .toList();
        return new YearInReview(
                year,
                data.city().name(),
                lede.toString(),
                gaps,
                data.dataAsOf(),
                edition,
                sectionList,
                data,
                ranked,
                null,
                Map.of());
    }

    /** The year in review's unit has no figure of {@code indicator} by its rule: see {@link Indicator#notRolledUpAt}. */
    private static boolean notRolledUp(Indicator indicator, Division unit) {
        return indicator.notRolledUpAt(unit.level());
    }

    /** A phrase rendered with a year's figures: a missing figure as the gap marker, an unknown placeholder named. */
    List<PhrasePart> preview(String template, Indicator indicator, CityYear data) {
        // as the year in review prints it: 不适用 is an answer, not the gap marker the editor asked to fill
        var totalCell = data.total(indicator);
        if (totalCell.map(YearCell::notApplicable).orElse(false)) {
            return List.of(PhrasePart.text(t("publication.notApplicable", indicator.shortNameZh())));
        }
        var total = totalCell.map(YearCell::value).orElse(null);
        return PhraseTemplate.parts(
                template,
                values(indicator, total, data.target(indicator).orElse(null), data, false),
                t("publication.gap", indicator.shortNameZh()),
                this::unknownMarker);
    }

    private String unknownMarker(String placeholder) {
        return t("publication.phrase.unknownMarker", "{" + placeholder + "}");
    }

    private Map<String, String> values(
            Indicator indicator, BigDecimal total, Target target, CityYear data, boolean partial) {
        var values = new HashMap<String, String>();
        values.put("year", String.valueOf(data.year()));
        values.put("city", data.city().name());
        // 全市 of one district of eleven claimed the city (a tester's tour): of some units, the lede's opening
        // says how many, and no clause claims the whole
        values.put("scope", partial ? "" : t(data.city().wholeKey()));
        values.put("name", indicator.shortNameZh());
        values.put("unit", indicator.unitZh());
        if (target != null) {
            values.put("target", Numbers.withUnit(target.value(), indicator.unitZh(), Translations.CHINESE));
        }
        if (total != null) {
            var withUnit = Numbers.withUnit(total, indicator.unitZh(), Translations.CHINESE);
            values.put("number", Numbers.headline(total, Translations.CHINESE));
            values.put("value", withUnit);
            values.put("verb", verb(indicator, total, withUnit, partial));
        }
        return values;
    }

    /**
     * The verb the target kind calls for: a dropout count that reached zero "实现清零". A zero of only some
     * units is no clearing: 「全市…实现清零」 was printed from one district of eleven (a stranger's trial).
     */
    private String verb(Indicator indicator, BigDecimal total, String withUnit, boolean partial) {
        if (indicator.direction() == TargetDirection.REACH_ZERO) {
            return total.signum() != 0
                    ? t("publication.verb.notYetZero", withUnit)
                    : partial ? t("publication.verb.zeroInCounted", withUnit) : t("publication.verb.clearedToZero");
        }
        return t("publication.verb.reached", withUnit);
    }

    private YearInReview.Line line(
            Indicator indicator,
            BigDecimal total,
            boolean notApplicable,
            boolean notRolledUp,
            Target target,
            boolean yearOver,
            boolean complete,
            Locale locale) {
        var value = notApplicable
                ? t(locale, "figure.notApplicable")
                : notRolledUp
                        ? t(locale, "catalogue.aggregation.none")
                        : total == null ? t(locale, "publication.noData") : indicator.withUnit(total, locale);
        String targetText = "";
        // a column cell left blank read as a target missing from the page (牵头市直部门 on /public/2020, a
        // tester's tour): it says none was set, as the dashboard's completion map does
        String targetInColumn = t(locale, "dashboards.heatmap.noTarget");
        String status = "";
        if (target != null) {
            // a revised target's revision is stated under 修订说明; the line says which target the status is against
            Messages messages = (key, parameters) -> t(locale, key, parameters);
            targetText = TargetText.of(target, indicator, locale, messages);
            targetInColumn = TargetText.inColumn(target, indicator, locale, messages);
            if (total != null) {
                // a review of a year still running says 进行中 where the dashboard does, not 未完成
                // and a total of some units only claims no zero reached, as the dashboard's tile (complete)
                var judged = TargetStatus.of(target, total, yearOver, complete);
                status = t(locale, TargetText.statusKey(target, total, judged));
            }
        }
        return new YearInReview.Line(
                indicator.code(), indicator.shortName(locale), value, targetText, targetInColumn, status, total);
    }

    private String t(String key, Object... parameters) {
        return t(Translations.CHINESE, key, parameters);
    }

    private String t(Locale locale, String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }
}
