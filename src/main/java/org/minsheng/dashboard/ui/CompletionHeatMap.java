package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.awt.Color;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.minsheng.base.HtmlText;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.base.chart.Palette;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.base.ui.SharedText;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.ChartDownloads;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.Completion;
import org.minsheng.dashboard.CompletionLegend;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * Completion by district and indicator as a table whose cells are shaded: blue deepens with
 * completion, orange marks a missed target, grey one of a year in progress not reached yet (Okabe–Ito
 * hues, readable with colour-vision deficiencies);
 * the number or the word is always written, so colour is never the only signal.
 */
class CompletionHeatMap extends Div {

    /** Which heat map of a page: one per language. */
    private record Drawn(Locale locale) {}

    /**
     * @param images    where the heat-map's print figure comes from, when offered
     * @param mayExport offer the heat-map as a print figure (the service checks again)
     */
    CompletionHeatMap(Dashboard data, ChartDownloads images, boolean mayExport, ZoneId zone) {
        addClassName("card");
        setId("completion-heatmap");
        var indicators = Completion.indicators(data);
        add(new H3(getTranslation(
                "dashboards.heatmap.title",
                Labels.window(this, data),
                getTranslation(data.rankedLevel().eachKey()))));
        var meta = new Paragraph(Labels.asOf(this, data, zone));
        meta.addClassName("page-meta");
        add(meta);
        if (indicators.isEmpty()) {
            add(new Paragraph(getTranslation(
                    "dashboards.heatmap.noTargets",
                    getTranslation(data.rankedLevel().headingKey()),
                    getTranslation(data.rankedLevel().eachKey()))));
            return;
        }
        var wrap = new Div();
        wrap.addClassName("data-table-wrap");
        wrap.getElement()
                .setProperty("innerHTML", PageMemo.of(data, new Drawn(getLocale()), () -> table(data, indicators)));
        add(wrap, legend());
        revisedNote(data, indicators);
        if (mayExport) {
            downloads(data.filter(), images);
        }
    }

    /**
     * The shaded table, drawn once per page and language for every session showing it ({@link PageMemo}):
     * static, so one HTML string rather than an element per cell, each a state node the session keeps.
     */
    private String table(Dashboard data, List<Indicator> indicators) {
        var html = new StringBuilder("<table class=\"data-table heatmap\"><thead><tr><th>")
                .append(HtmlText.escape(getTranslation(data.rankedLevel().headingKey())))
                .append("</th>");
        indicators.forEach(i -> html.append(header(data, i)));
        html.append("</tr></thead><tbody>");
        var words = new ChartContents(getLocale(), this::getTranslation);
        for (Division county : data.counties()) {
            html.append("<tr data-district=\"")
                    .append(HtmlText.escape(county.code()))
                    .append("\"><th>")
                    .append(HtmlText.escape(county.name()));
            // a unit outside the totals is marked here too, so no view of the page hides why
            words.pendingMark(data, county)
                    .ifPresent(mark -> html.append(" <span class=\"acceptance-mark\">")
                            .append(HtmlText.escape(mark))
                            .append("</span>"));
            html.append("</th>");
            indicators.forEach(i -> html.append(cell(data, i, county)));
            html.append("</tr>");
        }
        return SharedText.of(html.append("</tbody></table>").toString());
    }

    /**
     * The key under the table, as the exported image has it: the grey of a target in progress was
     * explained only there, and on screen read as missing or as no target.
     */
    private Div legend() {
        var legend = new Div();
        legend.setId("completion-heatmap-legend");
        legend.addClassName("heatmap-legend");
        for (var entry : CompletionLegend.values()) {
            var item = new Span();
            item.addClassName("heatmap-legend-item");
            item.getElement().setAttribute("data-legend", entry.name().toLowerCase(Locale.ROOT));
            for (var shade : entry.shades()) {
                var swatch = new Span();
                swatch.addClassName("heatmap-legend-swatch");
                swatch.getStyle().setBackground(background(shade.colour(), shade.opacity()));
                item.add(swatch);
            }
            item.add(new Span(getTranslation(entry.key())));
            legend.add(item);
        }
        return legend;
    }

    /** A fill as the cells have it: the blue of a met target translucent over the page, as in the export. */
    private static String background(String colour, double opacity) {
        if (opacity >= 1) {
            return colour;
        }
        var rgb = Color.decode(colour);
        return "rgba(%d,%d,%d,%s)".formatted(rgb.getRed(), rgb.getGreen(), rgb.getBlue(), opacity);
    }

    /** An indicator's column head, marked † where a unit's target of it was revised after publication. */
    private String header(Dashboard data, Indicator indicator) {
        var th = new StringBuilder("<th data-indicator=\"")
                .append(HtmlText.escape(indicator.code()))
                .append("\">")
                .append(HtmlText.escape(indicator.shortName(getLocale())));
        if (!Completion.revisedTargets(data, indicator).isEmpty()) {
            th.append("<span class=\"target-revised-mark\" title=\"")
                    .append(HtmlText.escape(getTranslation("dashboards.targetRevised")))
                    .append("\">†</span>");
        }
        return th.append("</th>").toString();
    }

    /**
     * What the † means, under the table, in the tile's words and with the units whose target it is: a
     * title shows only to a pointer that rests on the mark.
     */
    private void revisedNote(Dashboard data, List<Indicator> indicators) {
        for (var indicator : indicators) {
            var units = Completion.revisedTargets(data, indicator);
            if (!units.isEmpty()) {
                var note = new Paragraph(getTranslation(
                        "dashboards.heatmap.targetRevised",
                        getTranslation("dashboards.targetRevised"),
                        indicator.shortName(getLocale()),
                        String.join(
                                getTranslation("list.separator"),
                                units.stream().map(Division::name).toList())));
                note.addClassNames("page-meta", "heatmap-revised");
                add(note);
            }
        }
    }

    private String cell(Dashboard data, Indicator indicator, Division county) {
        var td = new StringBuilder("<td data-indicator=\"").append(HtmlText.escape(indicator.code()));
        var completion = Completion.of(data, indicator, county.id());
        if (completion.isEmpty()) {
            // no target set reads apart from a figure not in yet: both were a bare 「—」 (a tester's tour)
            var gap = data.target(indicator, county.id()).isEmpty()
                    ? "dashboards.heatmap.noTarget"
                    : "publication.noData";
            return td.append("\" class=\"heatmap-gap\">")
                    .append(HtmlText.escape(getTranslation(gap)))
                    .append("</td>")
                    .toString();
        }
        var c = completion.get();
        var text = HtmlText.escape(new ChartContents(getLocale(), this::getTranslation).completion(c));
        if (!c.applicable()) {
            return td.append("\">").append(text).append("</td>").toString();
        }
        td.append("\" data-met=\"")
                .append(c.met())
                .append("\" data-status=\"")
                .append(c.status().name().toLowerCase(Locale.ROOT))
                .append("\" style=\"");
        if (c.missed()) {
            td.append("background:").append(Palette.COMPLETION_MISSED);
        } else if (!c.met()) {
            td.append("background:").append(Palette.COMPLETION_IN_PROGRESS);
        } else {
            td.append("background:")
                    .append(background(Palette.COMPLETION_MET, c.blueOpacity()))
                    .append(c.lightText() ? ";color:#fff" : "");
        }
        return td.append("\">").append(text).append("</td>").toString();
    }

    /**
     * The heat-map as a print figure, beside it, as the chart cards offer theirs. The link keeps only
     * the filter, not the dashboard's data: an open page should not hold a second copy of it.
     */
    private void downloads(DashboardFilter filter, ChartDownloads images) {
        var links = new Div();
        links.addClassName("chart-downloads");
        links.addClassName("no-print");
        for (var format : ImageFormat.values()) {
            var anchor = new Anchor(
                    DownloadLinks.handler(() -> images.chart(
                            new ChartRequest(filter, null, ChartKind.HEAT_MAP, ImageSize.PRINT, format, null))),
                    AttachmentType.DOWNLOAD,
                    getTranslation("dashboards.download." + format.name().toLowerCase()));
            anchor.setId("heat_map-download-" + format.name().toLowerCase());
            links.add(anchor);
        }
        add(links);
    }
}
