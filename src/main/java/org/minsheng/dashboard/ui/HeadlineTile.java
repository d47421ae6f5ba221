package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.minsheng.base.format.Numbers;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.YearCell;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;
import org.minsheng.indicator.TargetDirection;

/** One headline figure: the city total with its unit, the target, and whether it is met. */
class HeadlineTile extends Div {

    HeadlineTile(CityYear data, Indicator indicator) {
        addClassName("tile");
        getElement().setAttribute("data-indicator", indicator.code());
        var locale = getLocale();
        var label = new Div(indicator.shortName(locale));
        label.addClassName("tile-label");
        label.getElement().setAttribute("title", indicator.name(locale));

        var total = data.total(indicator);
        var value = new Div();
        value.addClassName("tile-value");
        if (total.map(YearCell::value).isPresent()) {
            value.add(new Span(Numbers.headline(total.get().value(), locale)));
            var unit = new Span(indicator.unit(locale));
            unit.addClassName("tile-unit");
            value.add(unit);
        } else if (total.map(YearCell::notApplicable).orElse(false)) {
            value.setText(getTranslation("figure.notApplicable"));
        } else {
            value.setText("—");
            value.getElement().setAttribute("title", getTranslation("figure.missing"));
        }

        var target = new Div();
        target.addClassName("tile-target");
        data.target(indicator).ifPresent(t -> target.add(new Span(targetText(t, indicator)), status(data, indicator, t)));
        data.targetMet(indicator).ifPresent(met -> addClassName(met ? "met" : "missed"));
        add(label, value, target);
    }

    private String targetText(Target target, Indicator indicator) {
        if (target.direction() == TargetDirection.REACH_ZERO) {
            return getTranslation("target.reachZero");
        }
        var amount = Numbers.withUnit(target.value(), indicator.unit(getLocale()), getLocale());
        return getTranslation("target." + target.direction().name().toLowerCase(), amount);
    }

    private Span status(CityYear data, Indicator indicator, Target target) {
        var status = new Span();
        status.addClassName("tile-status");
        data.total(indicator).map(YearCell::value).ifPresent(actual -> {
            var met = target.isMetBy(actual);
            var text = target.direction() == TargetDirection.REACH_ZERO
                    ? getTranslation(met ? "target.status.reachedZero" : "target.status.notZero")
                    : getTranslation(met ? "target.status.met" : "target.status.missed");
            var completion = target.completionPercent(actual)
                    .map(p -> " " + Numbers.plain(p, 1, getLocale()) + "%").orElse("");
            status.setText(" · " + text + completion);
        });
        return status;
    }
}
