package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.minsheng.base.HtmlText;
import org.minsheng.base.ui.SharedText;
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
    void offer(Component... links) {
        downloads.removeAll();
        downloads.add(links);
        downloads.setVisible(links.length > 0);
    }

    ChartJs chart() {
        return chart;
    }

    /**
     * A card's contents as drawn from a page, shared by every session showing the same chart of it
     * ({@link PageMemo}): its title, unit line, chart and table.
     */
    record Drawn(String title, String meta, ChartJs.Config config, String table) {}

    /**
     * Draws the chart and fills the table: a header row, then one row per label. The table is static,
     * so it goes to the browser as one HTML string instead of a server-side element per cell: each
     * element is a state node the session keeps for as long as the dashboard is open.
     */
    static Drawn draw(String title, String meta, ObjectNode config, List<String> header, List<List<String>> rows) {
        var html = new StringBuilder("<table class=\"data-table\"><caption>")
                .append(HtmlText.escape(title))
                .append("</caption><thead><tr>");
        header.forEach(h -> html.append("<th>").append(HtmlText.escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int n = 0; n < row.size(); n++) {
                var cell = n == 0 ? "th" : "td";
                html.append('<')
                        .append(cell)
                        .append('>')
                        .append(HtmlText.escape(row.get(n)))
                        .append("</")
                        .append(cell)
                        .append('>');
            }
            html.append("</tr>");
        }
        return new Drawn(
                title,
                meta,
                ChartJs.Config.of(config),
                SharedText.of(html.append("</tbody></table>").toString()));
    }

    void show(Drawn drawn) {
        title.setText(drawn.title());
        meta.setText(drawn.meta());
        chart.setConfig(drawn.config());
        table.getElement().setProperty("innerHTML", drawn.table());
    }
}
