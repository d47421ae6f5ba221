package org.minsheng.publication;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.PeriodNames;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * The year-in-review ("回眸2020") as data: the lede generated from the approved figures, then one
 * section per category with its headline lines; the document and the page render this.
 *
 * @param city    the name of the unit the year is of (漳州市, 福建省, 漳浦县), the issuer's and the title's
 * @param gaps    the figures the lede needed but did not have, by their short Chinese names as its gap
 *                markers name them (shown as markers, never as 0); the reviewer is told before publishing
 * @param edition the unit's edition, with the revisions of its own subtree behind it
 * @param ranked  the unit's page ranks the units it lists, so its sections carry ranking charts (not a
 *                district of a city installation, whose page ranks the city's districts)
 * @param leftOut what the totals leave out, as the unit's dashboard says it beside them (「合计只计入已确认的
 *                8 个市；1 个市待确认：漳州市」), null when they count every unit listed. A province's published
 *                year loses a city from its totals when a correction there takes back the province's
 *                acceptance; its publication says so rather than print totals its own rows do not add up to
 * @param marks   the listed units the totals leave out, by id, with the dashboard's mark (「待省级确认」)
 */
public record YearInReview(
        int year,
        String city,
        String lede,
        List<String> gaps,
        OffsetDateTime dataAsOf,
        Edition edition,
        List<Section> sections,
        CityYear data,
        boolean ranked,
        String leftOut,
        Map<Integer, String> marks) {

    public YearInReview {
        gaps = List.copyOf(gaps);
        marks = Map.copyOf(marks);
    }

    /** The same year, with what its unit's page says its totals leave out. */
    YearInReview leavingOut(String note, Map<Integer, String> pending) {
        return new YearInReview(year, city, lede, gaps, dataAsOf, edition, sections, data, ranked, note, pending);
    }

    /** The sentence on what the totals leave out, where they leave out a unit. */
    public Optional<String> acceptanceNote() {
        return Optional.ofNullable(leftOut);
    }

    /**
     * A listed unit's name as a table row prints it: 「漳州市（待省级确认）」 for a unit the totals leave out,
     * so a reader never adds up rows the total does not count.
     */
    public String unitName(Division unit) {
        return marks.getOrDefault(unit.id(), unit.name());
    }

    /** The edition shown as 「第n版」 and in the file name. */
    public int revision() {
        return edition.number();
    }

    /**
     * The line under the title, as the page, the preview and the PDF print it: data as of, the edition,
     * the source. A year not yet out for the public has no edition anyone received: 未发布 instead.
     */
    public String meta(ChartContents.Words words, String asOf) {
        var issuer = words.get(data.city().level().issuerKey(), city);
        return edition.published()
                ? words.get("publication.meta", asOf, revision(), issuer)
                : words.get("publication.metaUnpublished", asOf, issuer);
    }

    /**
     * 「数据覆盖2021年1月」, "Figures cover January 2021", for a year whose approved figures stop before December;
     * empty for a whole year. Said under the title of the page and the PDF, on the card and on the wall:
     * 「回眸2021」 of one approved January was read as the whole year (a tester's tour).
     */
    public Optional<String> coverage(ChartContents.Words words) {
        return coverage(data, words);
    }

    /** The same for a unit's year read without its year-in-review (the headline card). */
    static Optional<String> coverage(CityYear data, ChartContents.Words words) {
        if (data.month() == null || wholeYear(data)) {
            return Optional.empty();
        }
        // in a sentence's words, not the charts' short form: the English wall said "Figures cover 1/2021"
        var months = IntStream.rangeClosed(1, data.month()).boxed().toList();
        return Optional.of(words.get("publication.coverage", PeriodNames.months(words::get, data.year(), months)));
    }

    /** True when the year's approved figures reach December: a year no longer being reported month by month. */
    static boolean wholeYear(CityYear data) {
        return data.month() != null && data.month() == 12;
    }

    public record Section(String category, List<Line> lines) {}

    /**
     * The district indicators a section shows as a ranked chart: all but those where every district
     * reports zero (eleven zero bars say nothing the section's "实现清零" line does not).
     */
    public List<Indicator> chartedIndicators() {
        if (!ranked) {
            return List.of();
        }
        return data.districtIndicators().stream()
                .filter(i -> !data.counties().stream()
                        .map(c -> data.cell(i, c).map(YearCell::value).orElse(null))
                        .allMatch(v -> v != null && v.signum() == 0))
                .toList();
    }

    /**
     * A figure as the publication prints it in a table: the number, {@code notApplicable}'s words for
     * 不适用 (never the dash of a missing figure), or the dash when there is none.
     */
    public static String figureText(Optional<YearCell> figure, Indicator indicator, String notApplicable) {
        return figure.filter(f -> !f.isMissing())
                .map(f -> f.notApplicable()
                        ? notApplicable
                        : Numbers.plain(f.value(), indicator.scale(), Translations.CHINESE))
                .orElse("—");
    }

    /**
     * The figure as a units' table prints it: {@link #figureText} with the † of a figure corrected after
     * publication, as the dashboard and the open data mark it; the revisions under the tables say why.
     */
    public static String tableText(Optional<YearCell> figure, Indicator indicator, String notApplicable) {
        var text = figureText(figure, indicator, notApplicable);
        return figure.map(f -> f.corrections() > 0).orElse(false) ? text + "†" : text;
    }

    /** True when the line's printed figure changed through a revision of the edition shown: see {@link Edition#marks}. */
    public boolean revised(Line line) {
        return data.indicators().stream()
                .anyMatch(i -> i.code().equals(line.indicatorCode()) && edition.marks(i, data));
    }

    /**
     * One indicator's headline: 营养改善计划学校 156所, 目标 156所, 已完成. {@code targetInColumn} is the
     * target under a column headed 目标 (「156所」); 未设目标 when none was set, where {@code target} is blank.
     */
    public record Line(
            String indicatorCode,
            String label,
            String value,
            String target,
            String targetInColumn,
            String status,
            BigDecimal number) {}
}
