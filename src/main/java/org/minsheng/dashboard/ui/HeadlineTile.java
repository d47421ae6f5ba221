package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.IntStream;
import org.minsheng.base.HtmlText;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.ui.SharedText;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.PeriodChoice;
import org.minsheng.dashboard.TrendPoint;
import org.minsheng.dashboard.YearCell;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;
import org.minsheng.indicator.TargetStatus;
import org.minsheng.indicator.TargetText;

/**
 * One headline figure of the focus (city or district): value with unit, target, completion, status
 * coloured by the target's direction, 同比, and the monthly trend.
 *
 * <p>The tile is static, so its inside goes to the browser as one HTML string (every text escaped),
 * as the chart tables do: one state node a tile instead of a dozen, each of which an open dashboard
 * keeps for as long as it is open. The interactive parts, the revised mark and a revised target, are
 * real buttons in that HTML; their clicks reach the server through listeners on the tile filtered to
 * each button.
 */
class HeadlineTile extends Div {

    /** Which clicks on the tile reach the server: those on the revised mark. */
    static final String REVISED_CLICK = "event.target.classList.contains('tile-revised')";

    /** Which clicks open a revised target's revisions: those on 「目标 …（已修订）」. */
    static final String TARGET_REVISED_CLICK = "event.target.classList.contains('tile-target-revised')";

    /**
     * A tile's HTML, and its status class ({@code met}, {@code missed}, {@code progress} while the year runs
     * and the target is not reached yet, or null without a target).
     */
    record Tile(String html, String status) {}

    /** Which tile of a page: one per indicator and language. */
    private record Drawn(int indicatorId, Locale locale) {}

    private final Indicator indicator;

    HeadlineTile(Dashboard data, Indicator indicator, Runnable showCorrections, Runnable showTargetRevisions) {
        this.indicator = indicator;
        addClassName("tile");
        getElement().setAttribute("data-indicator", indicator.code());
        getElement().addEventListener("click", e -> showCorrections.run()).setFilter(REVISED_CLICK);
        getElement().addEventListener("click", e -> showTargetRevisions.run()).setFilter(TARGET_REVISED_CLICK);
        setDashboard(data);
    }

    /** Shows the indicator's figures of {@code data} in place, for a page refreshed without a reload. */
    void setDashboard(Dashboard data) {
        var tile = PageMemo.<Tile>of(data, new Drawn(indicator.id(), getLocale()), () -> draw(data));
        removeClassNames("met", "missed", "progress");
        if (tile.status() != null) {
            addClassName(tile.status());
        }
        getElement().setProperty("innerHTML", tile.html());
    }

    /** The tile's inside for {@code data}: nothing in it depends on the session but the language. */
    private Tile draw(Dashboard data) {
        var locale = getLocale();
        Integer unit = data.focusId();
        var html = new StringBuilder(1024);
        html.append("<a class=\"tile-label\" href=\"")
                .append(HtmlText.escape(
                        "indicator/" + indicator.code() + "?" + data.filter().unitWindowQuery()))
                .append("\" title=\"")
                .append(HtmlText.escape(indicator.name(locale)))
                .append("\">")
                .append(HtmlText.escape(indicator.shortName(locale)))
                .append("</a>");

        var cell = data.cell(indicator, unit);
        if (cell.map(YearCell::value).isPresent()) {
            html.append("<div class=\"tile-value\"><span>")
                    .append(HtmlText.escape(Numbers.headline(cell.get().value(), locale)))
                    .append("</span><span class=\"tile-unit\">")
                    .append(HtmlText.escape(indicator.unitFor(cell.get().value(), locale)))
                    .append("</span>");
        } else if (cell.map(YearCell::notApplicable).orElse(false)) {
            html.append("<div class=\"tile-value\">").append(HtmlText.escape(getTranslation("figure.notApplicable")));
        } else if (indicator.notRolledUpAt(data.focus().level())) {
            // a province's tile of 整治问题类别 (不汇总) has no figure by rule, not one missing: 「—」 read as not in yet
            html.append("<div class=\"tile-value\">")
                    .append(HtmlText.escape(getTranslation("catalogue.aggregation.none")));
        } else {
            // no figure is said in words, not a bare 「—」 (a tester's tour): a yearly figure has none for a month
            // or a quarter by rule; otherwise none is approved yet, in the word the charts draw on such a bar
            var none = !indicator.monthly() && data.filter().period() != PeriodChoice.YEAR
                    ? "dashboards.tile.yearly"
                    : "publication.noData";
            html.append("<div class=\"tile-value tile-no-data\">").append(HtmlText.escape(getTranslation(none)));
        }
        if (cell.map(c -> c.corrections() > 0).orElse(false)) {
            // a button, so the keyboard reaches why the figure changed as the mouse does
            html.append("<button class=\"tile-revised\" type=\"button\" title=\"")
                    .append(HtmlText.escape(getTranslation("dashboards.revisedHint")))
                    .append("\">")
                    .append(HtmlText.escape(getTranslation("dashboards.revisedMark")))
                    .append("</button>");
        }
        html.append("</div><div class=\"tile-target\">");
        String status = null;
        var target = data.target(indicator, unit);
        if (target.isPresent()) {
            var t = target.get();
            if (t.revised()) {
                // a reader of a completion that changed after publication can find out why, as for a figure
                html.append("<button class=\"tile-target-revised\" type=\"button\" title=\"")
                        .append(HtmlText.escape(getTranslation(
                                "dashboards.targetRevisedHint", getTranslation("dashboards.targetRevised"))))
                        .append("\">")
                        .append(HtmlText.escape(targetText(t)))
                        .append("</button>");
            } else {
                html.append("<span>").append(HtmlText.escape(targetText(t))).append("</span>");
            }
            var actual = cell.map(YearCell::value);
            if (actual.isPresent()) {
                boolean complete = data.complete(indicator, unit);
                var reached = TargetStatus.of(t, actual.get(), data.yearOver(), complete);
                status = reached == TargetStatus.IN_PROGRESS
                        ? "progress"
                        : reached.name().toLowerCase(Locale.ROOT);
                // the 「·」 stays at the end of the target's line when the status moves to the next one (a
                // no-break space before it): as the status's first character, it led the wrapped line
                html.append("\u00a0· <span class=\"tile-status\">")
                        .append(HtmlText.escape(status(t, actual.get(), reached)))
                        .append("</span>");
            }
        } else {
            // said as the completion map and the public page's 目标 column say it: a tile without the line
            // left a reader to guess whether none was set or the page lost it (牵头市直部门, a tester's tour)
            html.append("<span class=\"tile-no-target\">")
                    .append(HtmlText.escape(getTranslation("dashboards.heatmap.noTarget")))
                    .append("</span>");
        }
        html.append("</div><div class=\"tile-change\">")
                .append(HtmlText.escape(yearOnYear(data, unit)))
                .append("</div>");
        var trend = data.trend(indicator, unit);
        if (trend.size() > 1) {
            var byMonth = TrendPoint.values(
                    trend, IntStream.rangeClosed(1, 12).boxed().toList());
            html.append(Sparkline.svg(byMonth, getTranslation("dashboards.sparkline", indicator.shortName(locale))));
        }
        return new Tile(SharedText.of(html.toString()), status);
    }

    /**
     * The change against the same window last year or, without one, why: a figure missing this year
     * is no reason to say last year had none, so last year's figure is shown when there is one.
     */
    private String yearOnYear(Dashboard data, Integer unit) {
        if (unit == null && !data.totalsComparable(indicator)) {
            var why = new ChartContents(getLocale(), this::getTranslation).notComparedNote(data, indicator);
            return getTranslation("dashboards.yoyNotCompared", why.orElseThrow());
        }
        if (data.cell(indicator, unit).map(YearCell::value).isEmpty()
                && indicator.notRolledUpAt(data.focus().level())) {
            // no figure by rule in either year: 「上年同期无数据」 said the province's was missing a year ago
            return getTranslation("dashboards.yoyNotRolledUp");
        }
        var change = data.change(indicator, unit);
        if (change.isPresent()) {
            return getTranslation("dashboards.yoy", Labels.signed(this, change.get(), indicator));
        }
        var lastYear = data.lastYearCell(indicator, unit);
        if (lastYear.map(YearCell::value).isPresent()) {
            return getTranslation(
                    "dashboards.yoyLastYearOnly",
                    indicator.withUnit(lastYear.get().value(), getLocale()));
        }
        if (lastYear.map(YearCell::notApplicable).orElse(false)) {
            return getTranslation("dashboards.yoyLastYearNotApplicable");
        }
        return getTranslation("dashboards.yoyNone");
    }

    private String targetText(Target target) {
        return TargetText.of(target, indicator, getLocale(), this::getTranslation);
    }

    private String status(Target target, BigDecimal actual, TargetStatus reached) {
        var text = getTranslation(TargetText.statusKey(target, actual, reached));
        // 「未完成（完成率 91.8%）」, 「not met (91.8% complete)」: the rate belongs to the status, not run on after it
        return target.completionPercent(actual)
                .map(p -> getTranslation("dashboards.statusWithCompletion", text, Numbers.plain(p, 1, getLocale())))
                .orElse(text);
    }
}
