package org.minsheng.publication;

import java.util.List;
import java.util.Locale;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.indicator.Indicator;

/**
 * A unit's edition of its year (「第n版」) and the revisions behind it, counted over the unit's own
 * subtree only: 1 as first published, and one more for each approval that changed a published figure
 * since, of any month and any unit below (once the unit published its year, each approval recorded
 * afterwards; for a year published period by period, each correction), and one for each target of the
 * subtree changed with its reason after publication (V152: it changes the completion the edition
 * states), so that no public figure or completion changes within an edition.
 *
 * @param published the unit's year is out for the public (released, or every period published on the
 *                  review page); until then the number is a count of revisions, not an edition anyone
 *                  received, and nothing should show it as 「第n版」
 */
public record Edition(int number, boolean published, List<Revision> revisions) {

    public Edition {
        revisions = List.copyOf(revisions);
    }

    /**
     * One approval that revised the edition, and how the publication states it:
     * 「†漳浦县 · 营养改善计划学校 · 2020年12月：数据核实更正」 ({@code text}, what the PDF, the preview and
     * the read API print), and the same line in English ({@code english}) for the public page read in
     * English: the indicator and the month are the system's words and follow the page's language, the
     * unit's name and the reason are data and stay as stored.
     */
    public record Revision(int indicatorId, String text, String english) {

        /** The line in the language of the page: English where it is read in English, else Chinese. */
        public String text(Locale locale) {
            return Translations.isChinese(locale) ? text : english;
        }
    }

    /** The number and whether it is out, as pages, files and their names word it ({@link Dashboard.Edition#text}). */
    public Dashboard.Edition shown() {
        return new Dashboard.Edition(number, published);
    }

    /** True when a figure of the indicator was revised: its line carries the †. */
    public boolean revised(int indicatorId) {
        return !revisionsOf(indicatorId, number).isEmpty();
    }

    /**
     * The revisions of the indicator behind edition {@code shown} of the year, oldest first: each revision
     * made one edition, so edition n stands on the first n − 1 of them. What a chart of an edition, a
     * pinned embed's older one as well as the live one, marks with the † and states beside it.
     */
    public List<Revision> revisionsOf(int indicatorId, int shown) {
        return revisions.subList(0, Math.clamp(shown - 1, 0, revisions.size())).stream()
                .filter(r -> r.indicatorId() == indicatorId)
                .toList();
    }

    /**
     * True when the indicator's total printed from {@code data} changed through a revision of this edition:
     * wherever it is printed (the year-in-review's line, the wall's tile, the headline card) it carries the
     * †. A revision in a unit the totals leave out (a city whose correction took back the province's
     * acceptance) did not change the total, so it marks that unit's row, not the total.
     */
    public boolean marks(Indicator indicator, CityYear data) {
        return revised(indicator.id())
                && data.total(indicator).map(c -> c.corrections() > 0).orElse(false);
    }

    /** The revisions of the indicator, as 修订说明 states them. */
    public List<Revision> of(Indicator indicator) {
        return revisions.stream().filter(r -> r.indicatorId() == indicator.id()).toList();
    }
}
