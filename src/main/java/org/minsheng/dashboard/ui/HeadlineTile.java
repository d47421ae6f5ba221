package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.minsheng.base.format.Numbers;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.TrendPoint;
import org.minsheng.dashboard.YearCell;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;
import org.minsheng.indicator.TargetDirection;

/**
 * One headline figure of the focus (city or district): value with unit, target, completion, status
 * coloured by the target's direction, 同比, and the monthly trend.
 */
class HeadlineTile extends Div {

    HeadlineTile(Dashboard data, Indicator indicator, Runnable showCorrections) {
        addClassName("tile");
        getElement().setAttribute("data-indicator", indicator.code());
        var locale = getLocale();
        Integer unit = data.focusId();
        var label = new Anchor(
                "indicator/" + indicator.code() + "?year=" + data.filter().year(), indicator.shortName(locale));
        label.addClassName("tile-label");
        label.getElement().setAttribute("title", indicator.name(locale));

        var cell = data.cell(indicator, unit);
        var value = new Div();
        value.addClassName("tile-value");
        if (cell.map(YearCell::value).isPresent()) {
            value.add(new Span(Numbers.headline(cell.get().value(), locale)));
            var unitText = new Span(indicator.unit(locale));
            unitText.addClassName("tile-unit");
            value.add(unitText);
        } else if (cell.map(YearCell::notApplicable).orElse(false)) {
            value.setText(getTranslation("figure.notApplicable"));
        } else {
            value.setText("—");
            value.getElement().setAttribute("title", getTranslation("figure.missing"));
        }
        if (cell.map(c -> c.corrections() > 0).orElse(false)) {
            // a button, so the keyboard reaches why the figure changed as the mouse does
            var revised = new NativeButton(getTranslation("dashboards.revisedMark"), e -> showCorrections.run());
            revised.addClassName("tile-revised");
            revised.getElement().setAttribute("title", getTranslation("dashboards.revisedHint"));
            value.add(revised);
        }

        var target = new Div();
        target.addClassName("tile-target");
        data.target(indicator, unit).ifPresent(t -> {
            target.add(new Span(targetText(t, indicator)));
            cell.map(YearCell::value).ifPresent(actual -> {
                addClassName(t.isMetBy(actual) ? "met" : "missed");
                target.add(status(t, actual));
            });
        });
        var change = new Div();
        change.addClassName("tile-change");
        change.setText(yearOnYear(data, indicator, unit));
        add(label, value, target, change);
        var trend = data.trend(indicator, unit);
        if (trend.size() > 1) {
            var byMonth = IntStream.rangeClosed(1, 12)
                    .mapToObj(m -> trend.stream()
                            .filter(p -> p.month() == m)
                            .map(TrendPoint::value)
                            .findFirst()
                            .orElse(null))
                    .toList();
            add(Sparkline.of(byMonth, getTranslation("dashboards.sparkline", indicator.shortName(locale))));
        }
    }

    /**
     * The change against the same window last year or, without one, why: a figure missing this year
     * is no reason to say last year had none, so last year's figure is shown when there is one.
     */
    private String yearOnYear(Dashboard data, Indicator indicator, Integer unit) {
        var change = data.change(indicator, unit);
        if (change.isPresent()) {
            return getTranslation("dashboards.yoy", Labels.signed(this, change.get(), indicator));
        }
        var lastYear = data.lastYearCell(indicator, unit);
        if (lastYear.map(YearCell::value).isPresent()) {
            return getTranslation(
                    "dashboards.yoyLastYearOnly",
                    Numbers.withUnit(lastYear.get().value(), indicator.unit(getLocale()), getLocale()));
        }
        if (lastYear.map(YearCell::notApplicable).orElse(false)) {
            return getTranslation("dashboards.yoyLastYearNotApplicable");
        }
        return getTranslation("dashboards.yoyNone");
    }

    private String targetText(Target target, Indicator indicator) {
        if (target.direction() == TargetDirection.REACH_ZERO) {
            return getTranslation("target.reachZero");
        }
        var amount = Numbers.withUnit(target.value(), indicator.unit(getLocale()), getLocale());
        return getTranslation("target." + target.direction().name().toLowerCase(), amount);
    }

    private Span status(Target target, BigDecimal actual) {
        var met = target.isMetBy(actual);
        var text = target.direction() == TargetDirection.REACH_ZERO
                ? getTranslation(met ? "target.status.reachedZero" : "target.status.notZero")
                : getTranslation(met ? "target.status.met" : "target.status.missed");
        var completion = target.completionPercent(actual)
                .map(p -> " " + getTranslation("dashboards.completion", Numbers.plain(p, 1, getLocale())))
                .orElse("");
        var status = new Span(" · " + text + completion);
        status.addClassName("tile-status");
        return status;
    }
}
