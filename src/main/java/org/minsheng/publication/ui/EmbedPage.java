package org.minsheng.publication.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.publication.Edition;
import org.minsheng.publication.EmbeddedChart;

/**
 * A chart of the public page framed on another site, as plain HTML: the chart and its numbers, its measure,
 * source and edition, in the page's language; none of the public site's navigation.
 */
final class EmbedPage extends HtmlPage {

    EmbedPage(Translations translations, Locale locale, ZoneId zone) {
        super(translations, locale, zone);
    }

    /**
     * An embedded chart in the page's language: title, subtitle, measure, the chart and its numbers, the
     * demo's note when its page has one, source and edition. A chart kept before embeds had English keeps its Chinese words.
     */
    String embed(EmbeddedChart kept, List<Edition.Revision> revisions, String publicPage, String live) {
        var chart = kept.in(locale);
        var chartLang = Translations.isChinese(locale) || kept.english() == null ? "zh-CN" : "en";
        embedHead(chart.content().title(), true);
        if (chart.outdated()) {
            html.append("<p class=\"outdated\" role=\"status\">")
                    .append(escape(t("public.embed.outdated", chart.edition(), chart.currentEdition())))
                    .append(" <a href=\"")
                    .append(escape(live))
                    .append("\" target=\"_blank\" rel=\"noopener\">")
                    .append(escape(t("public.embed.latest")))
                    .append("</a></p>");
        }
        // chart() opens the figure; the measure goes inside it before it is closed here
        chart(
                chart.content(),
                chart.subtitle(),
                t(chart.kind() == ChartKind.RANKING ? "public.embed.units" : "public.embed.period"),
                chartLang);
        html.append("<p class=\"measure\">")
                .append(escape(t("public.embed.measure", chart.measure())))
                .append("</p>");
        // the page it comes from says so, and so does the chart passed on: same condition, same words
        if (chart.illustrative() != null) {
            html.append("<p class=\"note\">")
                    .append(escape(chart.illustrative().text(this::t)))
                    .append("</p>");
        }
        // a revised figure is marked and its revision stated, as the public page marks the indicator's line
        if (!revisions.isEmpty()) {
            html.append("<ul class=\"revisions\">");
            revisions.forEach(
                    r -> html.append("<li>").append(escape(r.text(locale))).append("</li>"));
            html.append("</ul>");
        }
        html.append("</figure>");
        html.append("<footer><p>")
                .append(escape(t(
                        "public.embed.source",
                        t(chart.issuerKey(), chart.unitName()),
                        date(chart.dataAsOf()),
                        chart.edition())))
                .append(" <a href=\"")
                .append(escape(publicPage))
                .append("\" target=\"_blank\" rel=\"noopener\">")
                .append(escape(t("public.embed.more")))
                .append("</a></p></footer></main></body></html>");
        return html.toString();
    }

    /**
     * An embed address with no chart behind it (a year not published, an unknown unit or chart, an edition
     * never public): one short line in the frame on another site, none of the public site's navigation.
     */
    String embedNotFound() {
        var text = t("public.embed.notFound");
        embedHead(text, false);
        html.append("<p class=\"embed-missing\">").append(escape(text)).append("</p></main></body></html>");
        return html.toString();
    }

    /** The start of a page framed on another site, in the page's language: no navigation. */
    private void embedHead(String title, boolean chart) {
        html.append("<!DOCTYPE html><html lang=\"")
                .append(lang())
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(escape(title))
                .append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/public-assets/public-page.css\">");
        if (chart) {
            html.append("<script src=\"/webjars/chart.js/4.5.1/dist/chart.umd.min.js\" defer></script>");
        }
        // public-page.js also lets the frame take its content's height, a chart's or a message's
        html.append("<script type=\"module\" src=\"/public-assets/public-page.js\"></script>")
                .append("</head><body class=\"embed\"><main>");
    }
}
