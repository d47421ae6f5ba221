package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import org.minsheng.base.format.Numbers;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * Completion by district and indicator as a table whose cells are shaded: blue deepens with
 * completion, orange marks a missed target (Okabe–Ito hues, readable with colour-vision deficiencies);
 * the number or the word is always written, so colour is never the only signal.
 */
class CompletionHeatMap extends Div {

    CompletionHeatMap(Dashboard data) {
        addClassName("card");
        setId("completion-heatmap");
        var indicators = data.districtIndicators().stream()
                .filter(i -> data.counties().stream().anyMatch(c -> data.target(i, c.id()).isPresent())).toList();
        add(new H3(getTranslation("dashboards.heatmap.title", Labels.window(this, data))));
        var meta = new Paragraph(Labels.asOf(this, data));
        meta.addClassName("page-meta");
        add(meta);
        if (indicators.isEmpty()) {
            add(new Paragraph(getTranslation("dashboards.heatmap.noTargets")));
            return;
        }
        var table = new Element("table");
        table.getClassList().add("data-table");
        table.getClassList().add("heatmap");
        var head = new Element("tr");
        head.appendChild(new Element("th").setText(getTranslation("dashboard.table.district")));
        indicators.forEach(i -> head.appendChild(new Element("th").setText(i.shortName(getLocale()))));
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (Division county : data.counties()) {
            var row = new Element("tr");
            row.appendChild(new Element("th").setText(county.name()));
            row.setAttribute("data-district", county.code());
            indicators.forEach(i -> row.appendChild(cell(data, i, county)));
            body.appendChild(row);
        }
        table.appendChild(body);
        var wrap = new Div();
        wrap.addClassName("data-table-wrap");
        wrap.getElement().appendChild(table);
        add(wrap);
    }

    private Element cell(Dashboard data, Indicator indicator, Division county) {
        var td = new Element("td");
        td.setAttribute("data-indicator", indicator.code());
        var target = data.target(indicator, county.id());
        var actual = data.value(indicator, county.id());
        if (target.isEmpty() || actual.isEmpty()) {
            return td.setText("—");
        }
        boolean met = target.get().isMetBy(actual.get());
        var percent = target.get().completionPercent(actual.get());
        td.setAttribute("data-met", String.valueOf(met));
        var word = target.get().direction() == org.minsheng.indicator.TargetDirection.REACH_ZERO
                ? (met ? "target.status.reachedZero" : "target.status.notZero")
                : (met ? "target.status.met" : "target.status.missed");
        td.setText(percent.map(p -> Numbers.plain(p, 1, getLocale()) + "%").orElse(getTranslation(word)));
        if (!met) {
            return td.setAttribute("style", "background:#F5C38A");
        }
        // 100% and above is the darkest blue; the lightest still reads as "met".
        var share = percent.orElse(BigDecimal.valueOf(100)).min(BigDecimal.valueOf(150));
        int alpha = 25 + share.intValue() / 3;
        return td.setAttribute("style", "background:rgba(0,114,178," + alpha / 100.0 + ")"
                + (alpha > 55 ? ";color:#fff" : ""));
    }
}
