package org.minsheng.dashboard;

import org.minsheng.division.Division;

/**
 * The demo's note under a page (「说明：…」): its translation key and the key of its whole word ({0}). A
 * city's demo splits the city's published totals, which is said with the city's whole word (全市) on its
 * own page and on every unit's below it, whose figures are part of that split: 芗城区's public page said
 * 「公开发布的是全区合计数」, which no one published (a tester's trial). Above a city (the province demo) the
 * units' figures are generated and no published total backs them, which is said of the unit shown (全省,
 * 全市, 全县): 厦门市's page there claimed a published total too. The demo's own city keeps its published
 * totals in the province demo too, and its pages say so.
 */
public record IllustrativeNote(String key, String wholeKey) {

    /**
     * The city whose published totals the demo splits (db/demo/zhangzhou-2020.sql). The province demo keeps
     * its totals and their split, so its pages and its districts' say that, not that they are generated:
     * 漳州市's page there called the article's own 156所 generated (a stranger's trial).
     */
    static final String SPLIT_CITY = "350600";

    /** @param root the installation's root; {@code unit} the one the page is of */
    public static IllustrativeNote of(Division root, Division unit) {
        if (root.level().compareTo(Division.Level.CITY) >= 0) {
            return new IllustrativeNote("dashboard.illustrativeSplit", root.wholeKey());
        }
        return withinSplitCity(unit)
                ? new IllustrativeNote("dashboard.illustrativeSplit", Division.Level.CITY.wholeKey())
                : new IllustrativeNote("dashboard.illustrativeGenerated", unit.wholeKey());
    }

    /** The note in the words of a page, a file or an image: every one says it alike. */
    public String text(ChartContents.Words words) {
        return words.get(key, words.get(wholeKey));
    }

    /** The split city or a unit below it: a code of GB/T 2260 begins with its city's four digits. */
    private static boolean withinSplitCity(Division unit) {
        return unit.level().compareTo(Division.Level.CITY) >= 0 && unit.code().startsWith(SPLIT_CITY.substring(0, 4));
    }
}
