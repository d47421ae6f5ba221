package org.minsheng.dashboard;

import java.util.Locale;
import org.minsheng.base.HtmlText;
import org.minsheng.base.i18n.Translations;

/**
 * What a web editor pastes to show a published chart on another site, in its two forms: live
 * follows every new edition, pinned stays on {@code edition}. Each is an iframe with the few lines that
 * let it take its content's height, since a fixed height either cuts the chart or leaves a gap.
 *
 * @param unitCode the unit whose page the chart is of
 * @param title    the chart's title, for the iframe's accessible name
 */
public record EmbedCode(int year, String unitCode, String indicator, ChartKind kind, int edition, String title) {

    /** A ranking's address has no kind (the first embeds were rankings only, and their codes are out there). */
    public String livePath() {
        var path = "/public/embed/" + year + "/" + unitCode + "/" + indicator;
        return kind == ChartKind.RANKING ? path : path + "/" + kind.slug();
    }

    public String pinnedPath() {
        return livePath() + "/" + edition;
    }

    /**
     * What follows a code's address for the chart in {@code locale}: nothing for Chinese, the published
     * language, and {@code ?lang=en} for English.
     */
    public static String query(Locale locale) {
        return Translations.isChinese(locale) ? "" : "?lang=en";
    }

    /** @param origin the scheme, host and context path the embedding site's visitors reach us by */
    public String live(String origin) {
        return live(origin, "");
    }

    public String pinned(String origin) {
        return pinned(origin, "");
    }

    /** @param query what follows the address, as {@code ?lang=en} for the chart in English; may be empty */
    public String live(String origin, String query) {
        return iframe(origin + livePath() + query);
    }

    public String pinned(String origin, String query) {
        return iframe(origin + pinnedPath() + query);
    }

    private String iframe(String src) {
        return "<iframe src=\"" + HtmlText.escape(src) + "\" title=\"" + HtmlText.escape(title)
                + "\" data-minsheng-embed style=\"width:100%;border:0\" height=\"520\" loading=\"lazy\"></iframe>\n"
                + "<script>addEventListener('message',function(e){var d=e.data;if(!d||d.type!=='minsheng-embed-height')"
                + "return;document.querySelectorAll('iframe[data-minsheng-embed]').forEach(function(f){"
                + "if(f.contentWindow===e.source)f.height=d.height;});});</script>";
    }
}
