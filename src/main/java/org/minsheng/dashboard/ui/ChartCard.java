package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.minsheng.base.ui.chart.ChartJs;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart with its title, unit and "数据截至" line, and the same numbers as a table behind a
 * disclosure: screen readers and people who need exact figures read the table, not the canvas.
 */
class ChartCard extends Div {

    private final H3 title = new H3();
    private final Paragraph meta = new Paragraph();
    private final ChartJs chart = new ChartJs();
    private final Div table = new Div();
    private final Div downloads = new Div();

    ChartCard(String id) {
        addClassName("card");
        addClassName("chart-card");
        setId(id);
        meta.addClassName("page-meta");
        chart.setHeight("340px");
        table.addClassName("data-table-wrap");
        var details = new Details(getTranslation("dashboards.showTable"), table);
        downloads.addClassName("chart-downloads");
        downloads.addClassName("no-print");
        downloads.setVisible(false);
        add(title, meta, chart, downloads, details);
    }

    /** Download links for the chart as a publication image, beside it. */
    void offer(com.vaadin.flow.component.Component... links) {
        downloads.removeAll();
        downloads.add(links);
        downloads.setVisible(links.length > 0);
    }

    ChartJs chart() {
        return chart;
    }

    /** Draws the chart and fills the table: a header row, then one row per label. */
    void show(String titleText, String metaText, ObjectNode config, List<String> header, List<List<String>> rows) {
        title.setText(titleText);
        meta.setText(metaText);
        chart.setConfig(config);
        table.removeAll();
        var element = new Element("table");
        element.getClassList().add("data-table");
        var caption = new Element("caption");
        caption.setText(titleText);
        element.appendChild(caption);
        var head = new Element("tr");
        header.forEach(h -> head.appendChild(new Element("th").setText(h)));
        element.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (List<String> row : rows) {
            var tr = new Element("tr");
            for (int n = 0; n < row.size(); n++) {
                tr.appendChild(new Element(n == 0 ? "th" : "td").setText(row.get(n)));
            }
            body.appendChild(tr);
        }
        element.appendChild(body);
        table.getElement().appendChild(element);
    }
}
