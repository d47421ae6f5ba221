package org.minsheng.dashboard;

import org.minsheng.division.Division;

/**
 * The demo's note under a page (「说明：…」): its translation key and the key of its whole word ({0}). A
 * city's demo splits the city's published totals, which is said with the city's whole word (全市) on its
 * own page and on every unit's below it, whose figures are part of that split: 芗城区's public page said
 * 「公开发布的是全区合计数」, which no one published (a tester's trial). Above a city (the province demo) the
 * units' figures are generated and no published total backs them, which is said of the unit shown (全省,
 * 全市, 全县): 厦门市's and 漳浦县's pages there claimed a published total too.
 */
public record IllustrativeNote(String key, String wholeKey) {

    /** @param root the installation's root; {@code unit} the one the page is of */
    public static IllustrativeNote of(Division root, Division unit) {
        return root.level().compareTo(Division.Level.CITY) < 0
                ? new IllustrativeNote("dashboard.illustrativeGenerated", unit.wholeKey())
                : new IllustrativeNote("dashboard.illustrativeSplit", root.wholeKey());
    }
}
