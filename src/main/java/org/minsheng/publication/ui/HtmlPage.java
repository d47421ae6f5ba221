package org.minsheng.publication.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.minsheng.base.HtmlText;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.chart.ChartConfigs;

/**
 * What the public site's pages share, without Vaadin: the HTML being written, the page's language and
 * the commission's zone, and a chart drawn as a figure with its numbers beside it, which the year's page
 * and a chart embedded on another site print alike.
 */
abstract class HtmlPage {

    final Translations translations;
    final Locale locale;
    final ZoneId zone;
    final StringBuilder html = new StringBuilder(32_768);

    HtmlPage(Translations translations, Locale locale, ZoneId zone) {
        this.translations = translations;
        this.locale = locale;
        this.zone = zone;
    }

    /**
     * A figure's chart and its numbers, its words in {@code lang}; the caller closes the figure (after
     * what it adds to it).
     */
    final void chart(ChartContent content, String subtitle, String unitsHeading, String lang) {
        // a bar without a value labelled 不适用 or 暂无数据, as on the dashboard and in print, in the chart's words
        var words = "en".equals(lang) ? Locale.ENGLISH : Translations.CHINESE;
        var config = ChartConfigs.chart(content, subtitle, key -> translations.getTranslation(key, words))
                .toString()
                .replace("<", "\\u003c");
        html.append("<figure class=\"chart\" lang=\"")
                .append(lang)
                .append("\"><figcaption>")
                .append(escape(content.title()))
                .append("<span class=\"subtitle\">")
                .append(escape(subtitle))
                .append("</span></figcaption>");
        if (content.labels().isEmpty()) {
            // no unit has a figure: the caption's note says so, where an empty plot and an empty table stood
            html.append("<p class=\"no-data\">")
                    .append(escape(translations.getTranslation("publication.noData", words)))
                    .append("</p>");
            return;
        }
        html.append("<div class=\"plot\" data-bars=\"")
                .append(content.labels().size())
                .append("\">")
                .append("<canvas role=\"img\" aria-label=\"")
                .append(escape(content.title()))
                .append("\"></canvas></div>")
                .append("<script type=\"application/json\" class=\"chart-config\">")
                .append(config)
                .append("</script>")
                .append("<details lang=\"")
                .append(lang())
                .append("\"><summary>")
                .append(escape(t("public.chart.data")))
                .append("</summary>")
                .append("<table><thead><tr><th scope=\"col\">")
                .append(escape(unitsHeading))
                .append("</th>");
        content.series()
                .forEach(s -> html.append("<th scope=\"col\" lang=\"")
                        .append(lang)
                        .append("\">")
                        .append(escape(s.label()))
                        .append("</th>"));
        html.append("</tr></thead><tbody lang=\"").append(lang).append("\">");
        for (int row = 0; row < content.labels().size(); row++) {
            html.append("<tr><th scope=\"row\">")
                    .append(escape(content.labels().get(row)))
                    .append("</th>");
            for (var series : content.series()) {
                var value = row < series.values().size() ? series.values().get(row) : null;
                var text = value != null
                        ? Numbers.plain(value, content.scale(), Translations.CHINESE)
                        : series.notApplicable(row) ? t("figure.notApplicable") : "—";
                html.append("<td class=\"num\">").append(escape(text)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table></details>");
    }

    final String date(OffsetDateTime at) {
        if (at == null) {
            return "—";
        }
        var pattern = Translations.isChinese(locale) ? "yyyy年M月d日" : "yyyy-MM-dd";
        return at.atZoneSameInstant(zone).format(DateTimeFormatter.ofPattern(pattern));
    }

    /** The page's language as an HTML lang attribute. */
    final String lang() {
        return Translations.isChinese(locale) ? "zh-CN" : "en";
    }

    final String t(String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    static String escape(String text) {
        return HtmlText.escape(text);
    }
}
