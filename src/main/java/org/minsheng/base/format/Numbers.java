package org.minsheng.base.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.minsheng.base.i18n.Translations;

/**
 * Figures as people read them. In Chinese, large numbers are written with 万 and 亿
 * (118,000 → 11.8万); in English with thousands separators. Values are {@link BigDecimal}
 * with the indicator's scale, never floating point.
 */
public final class Numbers {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private Numbers() {}

    /** Exactly the indicator's scale, grouped: for tables, where digits must line up and be checkable. */
    public static String plain(BigDecimal value, int scale, Locale locale) {
        var format = NumberFormat.getNumberInstance(Translations.isChinese(locale) ? Locale.CHINA : Locale.ENGLISH);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /**
     * A message's parameters with each {@link BigDecimal} written with the decimals it carries and grouped
     * as {@link #plain} writes it; the others as they are. MessageFormat alone writes 1.0 as 1, so a warning
     * about a one-decimal figure read 「（1）」 beside the sheet's 「1.0」. One rule for every page that shows
     * a finding, so the entry sheet and the import's report name the same numbers.
     */
    public static Object[] asWritten(List<?> parameters, Locale locale) {
        return parameters.stream()
                .map(p -> p instanceof BigDecimal number ? asWritten(number, locale) : p)
                .toArray();
    }

    /**
     * A value as it was recorded, every digit it carries (never rounded, never in 万) and grouped as
     * {@link #plain} writes it: the audit trail read 「19000人」 beside the 19,000 of every table.
     */
    public static String asWritten(BigDecimal value, Locale locale) {
        return plain(value, Math.max(0, value.scale()), locale);
    }

    /**
     * The headline form: Chinese uses 万/亿 from ten thousand up with at most two decimals; below that, and
     * in English, every decimal the figure has, grouped as the tables group (a tile read 「4200人」 beside the
     * table's 4,200); trailing zeros are dropped as in publications (117.0 → 117).
     */
    public static String headline(BigDecimal value, Locale locale) {
        if (Translations.isChinese(locale)) {
            var abs = value.abs();
            // decided on the rounded 万, so 99,999,960 is 1亿 and not 10000万
            if (rounded(abs.divide(WAN)).compareTo(WAN) >= 0) {
                return compact(value.divide(YI), "亿");
            }
            if (abs.compareTo(WAN) >= 0) {
                return compact(value.divide(WAN), "万");
            }
        }
        return exact(value);
    }

    /**
     * Every digit, none of the trailing zeros a value keeps at its indicator's scale, grouped as the
     * tables group: a target is kept as 120.0 for a one-decimal indicator and was printed so, 「110 →
     * 120.0」 beside the 110 a seeded target is kept as; publications write 120. Ungrouped, the targets'
     * list read 「115000 人」 beside the 115,000 of every table.
     */
    public static String exact(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return plain(stripped, Math.max(0, stripped.scale()), Translations.CHINESE);
    }

    /**
     * A headline number followed by its unit: 11.8万人, 117公里; 118,000 people, 117 km. An English unit
     * is kept in the plural, as the catalogue names it; one of it takes the singular the bundle gives
     * under {@code unit.one.<unit>} (「+1 schools」 read wrong on the tiles), and a unit the bundle does
     * not know stays as written rather than being guessed at.
     */
    public static String withUnit(BigDecimal value, String unit, Locale locale) {
        return withUnit(value, unit, null, locale);
    }

    /**
     * The same with the singular its indicator gives for one ({@code unitOne}, null when it gives none):
     * see {@link #unitAfter(String, BigDecimal, String, String, Locale)}.
     */
    public static String withUnit(BigDecimal value, String unit, String unitOne, Locale locale) {
        return unitAfter(headline(value, locale), value, unit, unitOne, locale);
    }

    /**
     * A number already written ({@code written}, of {@code value}) followed by its unit, as {@link #withUnit}
     * joins them: right after it in Chinese, after a space and in the singular for one in English, which is
     * {@code unitOne} when given (an indicator's own English singular, null when it gives none).
     * The singular an indicator carries comes first, since an administrator who adds a unit later (hectares)
     * cannot add a bundle key; the bundle's {@code unit.one.*} stays the fallback, because the catalogue's
     * units have their singulars there already and every caller holding only a unit's text still finds
     * them, with no migration guessing singulars for the units existing databases hold.
     */
    public static String unitAfter(String written, BigDecimal value, String unit, String unitOne, Locale locale) {
        var word = unitFor(value, unit, unitOne, locale);
        return Translations.isChinese(locale) ? written + word : written + " " + word;
    }

    /**
     * The unit alone as it follows {@code value}: a tile writes the number and its unit apart, and read
     * 「1 schools」 where every sentence said 「1 school」.
     */
    public static String unitFor(BigDecimal value, String unit, String unitOne, Locale locale) {
        if (Translations.isChinese(locale) || value.abs().compareTo(BigDecimal.ONE) != 0) {
            return unit;
        }
        return unitOne == null || unitOne.isBlank() ? singular(unit, locale) : unitOne;
    }

    private static String singular(String unit, Locale locale) {
        var bundle = Translations.bundle(locale);
        var key = "unit.one." + unit.strip().replace(' ', '_');
        return bundle.containsKey(key) ? bundle.getString(key) : unit;
    }

    private static String compact(BigDecimal value, String suffix) {
        return rounded(value).stripTrailingZeros().toPlainString() + suffix;
    }

    /** Headline numbers keep two decimals of their 万 or 亿. */
    private static BigDecimal rounded(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
