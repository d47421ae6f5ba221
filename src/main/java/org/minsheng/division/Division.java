package org.minsheng.division;

import java.util.List;
import java.util.Locale;

/** An administrative division: the country, a province, a city, a county or district, a town or street, a village. */
public record Division(int id, String code, String name, Level level, Integer parentId) {

    /** The country's code (V141): GB/T 2260 gives the whole country none, and no real unit has this one. */
    public static final String COUNTRY_CODE = "000000";

    public enum Level {
        /** 全国, a national installation's root (code 000000): the provinces hang from it. */
        COUNTRY,
        PROVINCE,
        CITY,
        COUNTY,
        TOWN,
        VILLAGE;

        /**
         * The translation key of the word for "the whole unit" at this level (全省, 全市, 全县): the
         * publication speaks of 全市 for a city's commission and 全省 for a province's, so the word
         * comes from the installation's root rather than from the text.
         */
        public String wholeKey() {
            return "division.whole." + name().toLowerCase(Locale.ROOT);
        }

        /**
         * The translation key of the words for "each unit" at this level (各市, 各区县, 各乡镇（街道）): a
         * page ranks its focus's children, which are a province's cities and a county's towns as well
         * as a city's districts.
         */
        public String eachKey() {
            return "division.each." + name().toLowerCase(Locale.ROOT);
        }

        /**
         * The translation key of the plural noun of units at this level (市, 县区; cities, counties): what a
         * page's totals count, and what a year-in-review of some of them counts, is said in it.
         */
        public String unitsKey() {
            return "division.units." + name().toLowerCase(Locale.ROOT);
        }

        /** The level of a unit's children: a province's cities, a county's towns (a village has none below it). */
        public Level below() {
            return this == VILLAGE ? VILLAGE : values()[ordinal() + 1];
        }

        /**
         * The level of the units a page lists under {@code parent}: theirs, or the level below the parent
         * while none of them reports (a county whose towns have no figures yet still lists towns).
         */
        public static Level listedUnder(Division parent, List<Division> children) {
            return children.isEmpty()
                    ? parent.level().below()
                    : children.getFirst().level();
        }

        /**
         * The translation key of a table's units column heading at this level (市, 区县, 乡镇（街道）): a
         * table of a province's cities headed 区县 reads as the wrong table.
         */
        public String headingKey() {
            return "division.heading." + name().toLowerCase(Locale.ROOT);
        }

        /**
         * The translation key of the short word a table of units of this level is named by, in its file
         * name, sheet and heading (市指标表, 区县指标, cities): a province's table of cities called 区县指标表
         * named the wrong table.
         */
        public String tableKey() {
            return "division.table." + name().toLowerCase(Locale.ROOT);
        }

        /**
         * The translation key of the issuer line for a unit of this level: 「{0}纪委监委」 for a province,
         * a city or a county, but the national commission is 中央纪委国家监委, never 「全国纪委监委」.
         */
        public String issuerKey() {
            return this == COUNTRY ? "app.issuer.country" : "app.issuer";
        }
    }

    /**
     * The word for the whole unit as its own name has it: a county's 全县, but a city district's (区)
     * 全区 and a county-level city's 全市; the level alone gave 芗城区 a 全县.
     */
    public String wholeKey() {
        if (level == Level.COUNTY && name.endsWith("区")) {
            return "division.whole.district";
        }
        if (level == Level.COUNTY && name.endsWith("市")) {
            return Level.CITY.wholeKey();
        }
        return level.wholeKey();
    }

    /** 漳州 for 漳州市, 福建 for 福建省, 漳浦 for 漳浦县: the place at the head of a file name. */
    public String placeName() {
        boolean levelSuffix = name.endsWith("市") || name.endsWith("省") || name.endsWith("县");
        return levelSuffix && name.length() > 2 ? name.substring(0, name.length() - 1) : name;
    }
}
