package org.minsheng.publication.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.EmbedCode;
import org.minsheng.dashboard.YearCell;
import org.minsheng.indicator.Indicator;
import org.minsheng.publication.PublicYear;
import org.minsheng.publication.YearInReview;

/**
 * The public disclosure page as plain HTML: what the year-in-review's PDF prints (title, source and
 * edition, lede, each category's headline lines, its units' table and ranking charts, the revisions
 * with their reasons), for any browser and any phone, without Vaadin. What the system words follows
 * the page's language: headings, indicators' names and measures, targets, charts and embeds; what
 * editors wrote (the lede's phrases, the revisions' reasons) and the publication's title stay Chinese,
 * as published, and the English page says so. Every text is escaped; the charts' configurations travel
 * as JSON that {@code public-page.js} hands to Chart.js, so the page runs no inline script.
 */
final class PublicPage extends HtmlPage {

    PublicPage(Translations translations, Locale locale, ZoneId zone) {
        super(translations, locale, zone);
    }

    /** The page of a published year. */
    String year(PublicYear page, String path, String origin) {
        var review = page.review();
        var data = review.data();
        var title = t("publication.title", String.valueOf(review.year()), review.city());
        var issuer = t(data.city().level().issuerKey(), review.city());
        head(title, path);
        html.append("<header><p class=\"issuer\">")
                .append(escape(issuer))
                .append("</p><h1 lang=\"zh-CN\">")
                // the publication's name, as published (the English bundle has it in Chinese too)
                .append(escape(translations.getTranslation(
                        "publication.title", Translations.CHINESE, String.valueOf(review.year()), review.city())))
                .append("</h1><p class=\"meta\">")
                .append(escape(review.meta(this::t, asOf(review))))
                .append("</p></header><main>");
        html.append("<p class=\"lede\" lang=\"zh-CN\">")
                .append(escape(review.lede()))
                .append("</p>");
        review.acceptanceNote()
                .ifPresent(leftOut -> html.append("<p class=\"note\" id=\"left-out\">")
                        .append(escape(leftOut))
                        .append("</p>"));
        if (!Translations.isChinese(locale)) {
            html.append("<p class=\"note\">")
                    .append(escape(t("public.chineseOnly")))
                    .append("</p>");
        }
        int n = 0;
        for (var section : review.sections()) {
            n++;
            html.append("<section aria-labelledby=\"s")
                    .append(n)
                    .append("\"><h2 id=\"s")
                    .append(n)
                    .append("\">")
                    .append(escape(section.category()))
                    .append("</h2>");
            lines(review, section);
            units(review, section.category());
            for (var chart : page.charts()) {
                if (chart.indicator().category(locale).equals(section.category())) {
                    var drawing = chart.in(locale);
                    chart(
                            drawing.content(),
                            drawing.subtitle(),
                            t(data.rankedLevel().headingKey()),
                            lang());
                    embedCodes(page, chart, drawing, origin);
                    html.append("</figure>");
                }
            }
            html.append("</section>");
        }
        if (!review.edition().revisions().isEmpty()) {
            html.append("<section class=\"revisions\" aria-labelledby=\"revisions\"><h2 id=\"revisions\">")
                    .append(escape(t(
                            "publication.revisions.heading",
                            review.edition().shown().text(this::t))))
                    // in the page's language: the indicator and the month are the system's words (a tour read
                    // 「12月」 on the English page); the unit's name and the reason stay as stored
                    .append("</h2><ul>");
            review.edition()
                    .revisions()
                    .forEach(r ->
                            html.append("<li>").append(escape(r.text(locale))).append("</li>"));
            html.append("</ul></section>");
        }
        if (page.illustrative() != null) {
            html.append("<p class=\"note\">")
                    .append(escape(page.illustrative().text(this::t)))
                    .append("</p>");
        }
        html.append("<section class=\"data\" aria-labelledby=\"data\"><h2 id=\"data\">")
                .append(escape(t("public.data.heading")))
                .append("</h2><ul class=\"downloads\">");
        for (var file : new String[][] {
            {"data.csv", "CSV (UTF-8)"},
            {"data-gb18030.csv", "CSV (GB18030)"},
            {"data.xlsx", "Excel (XLSX)"},
            {"data.json", "JSON"}
        }) {
            html.append("<li><a href=\"")
                    .append(escape(path + "/" + file[0]))
                    .append("\">")
                    .append(file[1])
                    .append("</a></li>");
        }
        html.append("</ul></section></main>");
        foot(t("public.footer", issuer, review.revision()));
        return html.toString();
    }

    /** The list of every published year. */
    String index(List<PublicYear.Listing> listings, String path) {
        head(t("public.index.title"), path);
        html.append("<header><h1>").append(escape(t("public.index.title"))).append("</h1></header><main>");
        if (listings.isEmpty()) {
            html.append("<p>").append(escape(t("public.index.none"))).append("</p>");
        } else {
            html.append("<ul class=\"years\">");
            for (var listing : listings) {
                html.append("<li><a href=\"")
                        .append(escape(link(listing)))
                        .append("\">")
                        .append(escape(t("public.index.item", listing.unit(), String.valueOf(listing.year()))))
                        .append("</a></li>");
            }
            html.append("</ul>");
        }
        html.append("</main>");
        foot(null);
        return html.toString();
    }

    /** What a year not (yet) published, or an unknown unit, answers: the same words for both. */
    String notPublished(int year, String path) {
        head(t("public.notPublished.title"), path);
        html.append("<header><h1>")
                .append(escape(t("public.notPublished.title")))
                .append("</h1></header><main><p>")
                .append(escape(t("public.notPublished.body", String.valueOf(year))))
                .append("</p></main>");
        foot(null);
        return html.toString();
    }

    /** An address the public side does not have: said in its own words, not the application's sign-in. */
    String notFound(String path) {
        head(t("public.notFound.title"), path);
        html.append("<header><h1>")
                .append(escape(t("public.notFound.title")))
                .append("</h1></header><main><p>")
                .append(escape(t("public.notFound.body")))
                .append("</p></main>");
        foot(null);
        return html.toString();
    }

    private void head(String title, String path) {
        html.append("<!DOCTYPE html><html lang=\"")
                .append(Translations.isChinese(locale) ? "zh-CN" : "en")
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(escape(title))
                .append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/public-assets/public-page.css\">")
                .append("<script src=\"/webjars/chart.js/4.5.1/dist/chart.umd.min.js\" defer></script>")
                .append("<script type=\"module\" src=\"/public-assets/public-page.js\"></script>")
                .append("</head><body><nav class=\"top\"><a href=\"/public")
                .append(Translations.isChinese(locale) ? "" : "?lang=en")
                .append("\">")
                .append(escape(t("public.index.link")))
                .append("</a> <a href=\"")
                .append(escape(path + (Translations.isChinese(locale) ? "?lang=en" : "")))
                .append("\" lang=\"")
                .append(Translations.isChinese(locale) ? "en" : "zh-CN")
                .append("\">")
                .append(escape(t("public.language.other")))
                .append("</a></nav>");
    }

    private void foot(String text) {
        if (text != null) {
            html.append("<footer><p>").append(escape(text)).append("</p></footer>");
        }
        html.append("</body></html>");
    }

    private String link(PublicYear.Listing listing) {
        return "/public/" + listing.year() + "/" + listing.code() + (Translations.isChinese(locale) ? "" : "?lang=en");
    }

    /** Each headline line: the indicator (with the † of a revision), its value, target and status. */
    private void lines(YearInReview review, YearInReview.Section section) {
        html.append("<table class=\"lines\"><thead><tr><th scope=\"col\">")
                .append(escape(t("public.table.indicator")))
                .append("</th><th scope=\"col\">")
                .append(escape(t("public.table.value")))
                .append("</th><th scope=\"col\">")
                .append(escape(t("public.table.target")))
                .append("</th><th scope=\"col\">")
                .append(escape(t("public.table.status")))
                .append("</th></tr></thead><tbody>");
        for (var line : section.lines()) {
            html.append("<tr><th scope=\"row\">").append(escape(line.label()));
            if (review.revised(line)) {
                html.append("<a href=\"#revisions\" class=\"mark\">†</a>");
            }
            html.append("</th><td class=\"num\">")
                    .append(escape(line.value()))
                    .append("</td><td>")
                    .append(escape(line.targetInColumn()))
                    .append("</td><td>")
                    .append(escape(line.status()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    /** The category's unit-reported indicators across, the units down, the unit's total last. */
    private void units(YearInReview review, String category) {
        var data = review.data();
        var indicators = data.districtIndicators().stream()
                .filter(i -> i.category(locale).equals(category))
                .toList();
        if (indicators.isEmpty() || data.counties().isEmpty()) {
            return;
        }
        html.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .append(escape(t("dashboard.table.title", category)))
                .append("\"><table class=\"units\"><thead><tr><th scope=\"col\">")
                .append(escape(t(data.rankedLevel().headingKey())))
                .append("</th>");
        indicators.forEach(i -> html.append("<th scope=\"col\">")
                .append(escape(i.shortNameWithUnit(locale, this::t)))
                .append("</th>"));
        html.append("</tr></thead><tbody>");
        for (var county : data.counties()) {
            html.append("<tr><th scope=\"row\" lang=\"zh-CN\">")
                    .append(escape(review.unitName(county)))
                    .append("</th>");
            indicators.forEach(i -> cell(data.cell(i, county), i));
            html.append("</tr>");
        }
        html.append("</tbody><tfoot><tr><th scope=\"row\">")
                .append(escape(t("dashboard.table.total", data.city().name())))
                .append("</th>");
        indicators.forEach(i -> cell(data.total(i), i));
        html.append("</tr></tfoot></table></div>");
    }

    private void cell(Optional<YearCell> figure, Indicator indicator) {
        html.append("<td class=\"num\">")
                .append(escape(YearInReview.tableText(figure, indicator, t("figure.notApplicable"))))
                .append("</td>");
    }

    /**
     * The codes that embed the chart on another site: live (follows each new edition) and pinned (stays on
     * this one), each an iframe with the few lines that let it take its content's height.
     */
    private void embedCodes(PublicYear page, PublicYear.Chart chart, PublicYear.Drawing drawing, String origin) {
        var code = new EmbedCode(
                page.review().year(),
                page.code(),
                chart.indicator().code(),
                ChartKind.RANKING,
                page.review().revision(),
                drawing.content().title());
        // the English page offers the English embed
        var query = Translations.isChinese(locale) ? "" : "?lang=en";
        html.append("<details class=\"embed-codes\"><summary>")
                .append(escape(t("public.embed.heading")))
                .append("</summary><label>")
                .append(escape(t("public.embed.live")))
                .append("<textarea readonly rows=\"4\">")
                .append(escape(code.live(origin, query)))
                .append("</textarea></label><label>")
                .append(escape(t("public.embed.pinned", page.review().revision())))
                .append("<textarea readonly rows=\"4\">")
                .append(escape(code.pinned(origin, query)))
                .append("</textarea></label></details>");
    }

    private String asOf(YearInReview review) {
        return date(review.dataAsOf());
    }
}
