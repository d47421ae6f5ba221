package org.minsheng.publication;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.division.Division;

/**
 * What a unit's totals leave out, in the dashboard's own sentences: the units not yet accepted and those
 * with nothing approved. The year-in-review and the headline card print it beside the numbers, so a total
 * of one district of eleven is not read as the city's (a stranger's trial found 「全市…实现清零」 printed
 * from one district, and a card with the same partial totals and no word of it).
 */
final class CoverageNote {

    private CoverageNote() {}

    /** The sentences, joined; empty when the totals count every unit, or on a district's own page. */
    static Optional<String> of(Dashboard page, Locale locale, Translations translations) {
        if (!page.cityWide()) {
            // a district of a city installation: its page lists its towns, which nobody accepts
            return Optional.empty();
        }
        var words = contents(locale, translations);
        var notes = Stream.of(words.acceptanceNote(page), words.missingNote(page))
                .flatMap(Optional::stream)
                .toList();
        return notes.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join(translations.getTranslation("list.sentences", locale), notes));
    }

    /**
     * How many of the units a page lists its totals hold figures of: 1 of 11 districts. A year-in-review
     * of such totals says so where its lede would have said 全市.
     *
     * @param reporting the units counted in the totals that have an approved figure
     * @param listed    the units the page lists, counted or not
     */
    record Counted(int reporting, int listed, Division.Level level) {

        /** Fewer units in the totals than the page lists. */
        boolean some() {
            return reporting < listed;
        }
    }

    /** What the page's totals count, in units of the level it lists. */
    static Counted counted(Dashboard page) {
        return new Counted(
                page.countedUnits().size() - page.unitsWithoutFigures().size(),
                page.counties().size(),
                page.rankedLevel());
    }

    /** The dashboard's wording of a page in a language, from this application's bundles. */
    static ChartContents contents(Locale locale, Translations translations) {
        return new ChartContents(locale, (key, parameters) -> translations.getTranslation(key, locale, parameters));
    }
}
