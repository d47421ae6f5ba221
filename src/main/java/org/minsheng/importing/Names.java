package org.minsheng.importing;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;

/**
 * The names a long list may use for a district, an indicator or a period, and nothing else: codes,
 * Chinese and English names and short names, and the usual ways of writing a period. Names are
 * compared after {@link #normalize}, so full-width characters, spaces and letter case do not
 * matter; a name that fits nothing, or more than one thing, is reported and never guessed.
 */
final class Names {

    /** Why a name in a long list was not mapped. */
    enum Trouble {
        BLANK,
        UNKNOWN,
        AMBIGUOUS
    }

    private Names() {}

    /** Full-width to half-width (NFKC), no whitespace anywhere, lower case. */
    static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** What a name in a file can mean. */
    static final class Lookup<T> {

        private final Map<String, LinkedHashSet<T>> byName = new HashMap<>();

        private void add(T item, Stream<String> names) {
            names.map(Names::normalize)
                    .filter(n -> !n.isEmpty())
                    .distinct()
                    .forEach(n -> byName.computeIfAbsent(n, k -> new LinkedHashSet<>())
                            .add(item));
        }

        /** Everything the name could mean: none when it is unknown, several when it is ambiguous. */
        List<T> find(String name) {
            return List.copyOf(byName.getOrDefault(normalize(name), new LinkedHashSet<>()));
        }
    }

    /** A district by its code or name, among the districts the catalogue lists for the year. */
    static Lookup<Division> divisions(List<Division> divisions) {
        var lookup = new Lookup<Division>();
        divisions.forEach(d -> lookup.add(d, Stream.of(d.code(), d.name())));
        return lookup;
    }

    static Lookup<Indicator> indicators(List<Indicator> indicators) {
        var lookup = new Lookup<Indicator>();
        indicators.forEach(
                i -> lookup.add(i, Stream.of(i.code(), i.nameZh(), i.nameEn(), i.shortNameZh(), i.shortNameEn())));
        return lookup;
    }

    /**
     * A period as offices write it: 2021, 2021年 and the app's own 2021年（年报）/ 2021 (annual) for a
     * year; 2021-12, 2021-1, 2021/12, 2021年12月, 2021年1月 and the app's 12/2021 for a month. A
     * dotted 2021.1 is not read: a spreadsheet turns 2021.10 into that number.
     */
    static Lookup<Period> periods(List<Period> periods) {
        var lookup = new Lookup<Period>();
        periods.forEach(p -> lookup.add(p, spellings(p)));
        return lookup;
    }

    private static Stream<String> spellings(Period period) {
        var names = new ArrayList<String>();
        var y = String.valueOf(period.year());
        if (period.isYear()) {
            names.addAll(List.of(y, y + "年"));
        } else {
            for (var m : List.of(String.valueOf(period.month()), "%02d".formatted(period.month()))) {
                names.addAll(List.of(y + "-" + m, y + "/" + m, y + "年" + m + "月", m + "/" + y));
            }
        }
        for (var locale : Translations.LOCALES) {
            var pattern = Translations.bundle(locale).getString(period.nameKey());
            names.add(new MessageFormat(pattern, locale).format(period.nameParameters()));
        }
        return names.stream();
    }
}
