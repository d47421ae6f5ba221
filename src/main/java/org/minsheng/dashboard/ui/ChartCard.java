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
    /** Said in the chart's place when it has nothing to draw. */
    private final Paragraph statement = new Paragraph();

    private final Details details;

    ChartCard(String id) {
        addClassName("card");
        addClassName("chart-card");
        setId(id);
        meta.addClassName("page-meta");
        chart.setHeight("340px");
        table.addClassName("data-table-wrap");
        details = new Details(getTranslation("dashboards.showTable"), table);
        downloads.addClassName("chart-downloads");
        downloads.addClassName("no-print");
        downloads.setVisible(false);
        statement.addClassName("chart-statement");
        statement.setId(id + "-statement");
        statement.setVisible(false);
        add(title, meta, chart, statement, downloads, details);
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
     * ({@link PageMemo}): its title, unit line, chart and table, or the statement said instead of them.
     */
    record Drawn(String title, String meta, ChartJs.Config config, String table, String instead) {

        /**
         * The card saying {@code statement} where the chart and its table would be: a chart of no unit with a
         * figure was an empty plot under its title (before, a band of 暂无数据 per unit, 25 of them stacked).
         */
        Drawn instead(String statement) {
            return new Drawn(title, meta, config, table, statement);
        }
    }

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
                SharedText.of(html.append("</tbody></table>").toString()),
                null);
    }

    void show(Drawn drawn) {
        title.setText(drawn.title());
        meta.setText(drawn.meta());
        chart.setConfig(drawn.config());
        table.getElement().setProperty("innerHTML", drawn.table());
        boolean drawsChart = drawn.instead() == null;
        chart.setVisible(drawsChart);
        details.setVisible(drawsChart);
        statement.setVisible(!drawsChart);
        statement.setText(drawsChart ? "" : drawn.instead());
    }
}
