package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.base.chart.Series;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * Builds each dashboard chart's content once, for the screen and for print alike: districts largest
 * first with their targets, the monthly cumulative with the straight-line pace to the target, this
 * year against last, and year by year. Only the words depend on who reads: the screen passes its
 * language, print passes Chinese.
 */
public final class ChartContents {

    /** Translated words in one language: a view's {@code getTranslation}, or print's Chinese. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... parameters);
    }

    private static final List<Integer> MONTHS =
            IntStream.rangeClosed(1, 12).boxed().toList();

    private final Locale locale;
    private final Words words;
    private final UnitNotes notes;

    public ChartContents(Locale locale, Words words) {
        this.locale = locale;
        this.words = words;
        this.notes = new UnitNotes(words);
    }

    /** A chart of one indicator; the heat-map is a table of {@link Completion}s, not series. */
    public ChartContent of(ChartKind kind, Dashboard data, Indicator indicator) {
        return switch (kind) {
            case RANKING -> ranking(data, indicator);
            case TREND -> trend(data, indicator);
            case YEAR_ON_YEAR -> yearOnYear(data, indicator);
            case YEARS -> years(data, indicator);
            case HEAT_MAP -> throw new IllegalArgumentException("the heat-map has no series");
        };
    }

    /**
     * The districts largest first, with each district's own target as a tick where it has one. Units
     * without a figure beyond a city's districts' worth (a county's towns, which report nothing) take no
     * band: the note names them once ({@link UnitNotes#undrawnNote}), and says so alone where no unit has a figure.
     */
    public ChartContent ranking(Dashboard data, Indicator indicator) {
        var all = data.ranking(indicator).banded();
        var ranking = all.drawn();
        var series = new ArrayList<Series>();
        series.add(new Series(
                words.get("dashboards.series.actual"), ranking.values(), Series.Style.BAR, ranking.notApplicable()));
        if (ranking.targets().stream().anyMatch(Objects::nonNull)) {
            series.add(new Series(words.get("dashboards.series.target"), ranking.targets(), Series.Style.MARKER));
        }
        return new ChartContent(
                words.get(
                        "dashboards.ranking.title",
                        indicator.shortName(locale),
                        window(data),
                        words.get(data.rankedLevel().eachKey())),
                indicator.unit(locale),
                ranking.districts().stream().map(d -> notes.chartLabel(data, d)).toList(),
                series,
                true,
                indicator.scale(),
                notes.undrawnNote(
                                data,
                                all.undrawn().stream().map(Division::name).toList(),
                                ranking.districts().isEmpty())
                        .orElse(null));
    }

    /** The focus's monthly cumulative, with the pace to its target for a cumulative indicator. */
    public ChartContent trend(Dashboard data, Indicator indicator) {
        var points = data.trend(indicator, data.focusId());
        var actual = TrendPoint.values(points, MONTHS);
        var series = new ArrayList<Series>();
        // a month approved as 不适用 is said so in the chart's table, not left as no figure
        series.add(new Series(
                words.get("dashboards.series.cumulative"),
                actual,
                Series.Style.LINE,
                TrendPoint.notApplicable(points, MONTHS)));
        pace(data, indicator)
                .filter(p -> indicator.cumulative())
                .ifPresent(pace ->
                        series.add(new Series(words.get("dashboards.series.pace"), pace, Series.Style.DASHED_LINE)));
        return new ChartContent(
                words.get(
                        "dashboards.trend.title",
                        data.focus().name(),
                        indicator.shortName(locale),
                        String.valueOf(data.filter().year())),
                indicator.unit(locale),
                MONTHS.stream().map(m -> words.get("dashboards.month", m)).toList(),
                series,
                false,
                indicator.scale(),
                null);
    }

    /**
     * The straight-line pace: where the figure would stand each month if it grew evenly to the focus's
     * target. Empty without a target.
     */
    public Optional<List<BigDecimal>> pace(Dashboard data, Indicator indicator) {
        return data.target(indicator, data.focusId())
                .map(target -> MONTHS.stream()
                        .map(m -> target.value()
                                .multiply(BigDecimal.valueOf(m))
                                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP))
                        .toList());
    }

    /**
     * Each district, last year's window beside this year's; a district's page compares its own figure.
     * The city's total is no bar among its districts: on their scale 漳州市's 136 → 156 squashed the
     * districts' 5 to 25 into slivers, and a twelfth pair of bars made Chart.js skip every other name on
     * the axis. {@link #yearOnYearTotal} says the total beside the chart instead, and the tables keep its row.
     * Units without a figure in either year are left out as the ranking leaves them out, and named in the note.
     */
    public ChartContent yearOnYear(Dashboard data, Indicator indicator) {
        var all = data.yearOnYear(indicator).banded();
        var compared = all.drawn();
        // the series lists the focus's total last, after the districts (ChartSeries.yearOnYear); a root with
        // no units below it has only its total, which is its own bar as a district's is (else an empty axis)
        int bars = data.ranksUnits()
                ? compared.units().size() - 1
                : compared.units().size();
        int year = data.filter().year();
        var series = List.of(
                new Series(
                        words.get("dashboard.yearOption", String.valueOf(year - 1)),
                        compared.lastYear().subList(0, bars),
                        Series.Style.BAR,
                        compared.lastYearNotApplicable().subList(0, bars),
                        notYetFounded(data, compared.units().subList(0, bars))),
                new Series(
                        words.get("dashboard.yearOption", String.valueOf(year)),
                        compared.thisYear().subList(0, bars),
                        Series.Style.BAR,
                        compared.thisYearNotApplicable().subList(0, bars)));
        var lines = new ArrayList<String>();
        notComparedNote(data, indicator).ifPresent(lines::add);
        notes.undrawnNote(data, all.undrawn(), bars == 0).ifPresent(lines::add);
        return new ChartContent(
                words.get("dashboards.yoy.title", indicator.shortName(locale), window(data)),
                indicator.unit(locale),
                compared.names().subList(0, bars),
                series,
                true,
                indicator.scale(),
                lines.isEmpty() ? null : String.join(" ", lines));
    }

    /**
     * Per unit, 「2020年未纳入统计」 where the installation dates it from this year ({@link Dashboard#foundedThisYear}),
     * else null: its bar of last year is no missing figure, which 暂无数据 made it read as. Not 「尚未设立」: a town
     * added once last year was published existed then, only outside the statistics.
     */
    public List<String> notYetFounded(Dashboard data, List<Integer> units) {
        var word = words.get(
                "dashboards.yoy.notYetFounded", String.valueOf(data.filter().year() - 1));
        return units.stream().map(u -> data.foundedThisYear(u) ? word : null).toList();
    }

    /**
     * The units of {@code level} a table gives no row ({@link Dashboard#untabled}), named once under it in the
     * charts' words ({@link UnitNotes#undrawnNote}); empty where every unit has its row.
     */
    public Optional<String> untabledNote(Division.Level level, List<Division> untabled, boolean nothingTabled) {
        return notes.undrawnNote(level, untabled.stream().map(Division::name).toList(), nothingTabled);
    }

    /**
     * The focus's total of the 同比 chart in words, 「漳州市合计：2019年 136所，2020年 156所」, said beside the
     * chart where the districts' bars leave it out; empty on a district's page, whose only bars are its own,
     * and on a root's with no units below it, whose bars are its total.
     * Last year's total is 「—」 where the two years' totals count different units ({@link #notComparedNote}).
     */
    public Optional<String> yearOnYearTotal(Dashboard data, Indicator indicator) {
        if (!data.ranksUnits()) {
            return Optional.empty();
        }
        var compared = data.yearOnYear(indicator);
        int total = compared.units().size() - 1;
        int year = data.filter().year();
        // a sentence takes words where a table takes 「—」: 「— in 2020」 read as a figure lost (a tester's tour)
        var noTotal = words.get(
                notComparedNote(data, indicator).isPresent() ? "dashboards.yoy.notCompared" : "dashboards.yoy.noTotal");
        return Optional.of(words.get(
                "dashboards.yoy.total",
                compared.names().get(total),
                words.get("dashboard.yearOption", String.valueOf(year - 1)),
                inWords(
                        amount(
                                compared.lastYear().get(total),
                                compared.lastYearNotApplicable().get(total),
                                indicator),
                        noTotal),
                words.get("dashboard.yearOption", String.valueOf(year)),
                inWords(
                        amount(
                                compared.thisYear().get(total),
                                compared.thisYearNotApplicable().get(total),
                                indicator),
                        words.get("dashboards.yoy.noTotal"))));
    }

    private static String inWords(String amount, String instead) {
        return "—".equals(amount) ? instead : amount;
    }

    /** A value with its unit as the tables write it, 不适用 where approved so, else 「—」. */
    private String amount(BigDecimal value, boolean notApplicable, Indicator indicator) {
        if (value == null) {
            return notApplicable ? words.get("figure.notApplicable") : "—";
        }
        var number = Numbers.plain(value, indicator.scale(), locale);
        var unit = indicator.unit(locale);
        return Translations.isChinese(locale) ? number + unit : number + " " + unit;
    }

    /**
     * Why the totals have no 同比 (「两年计入合计的市不同，合计不作同比」) where this window's totals and last
     * year's count different units; empty where they count the same.
     */
    public Optional<String> notComparedNote(Dashboard data, Indicator indicator) {
        return data.totalsComparable(indicator)
                ? Optional.empty()
                : Optional.of(words.get(
                        "dashboard.acceptance.notCompared",
                        words.get(UnitNotes.countedLevel(data).unitsKey())));
    }

    /** The focus's whole-year values from its first year with a figure, following a renamed district. */
    public ChartContent years(Dashboard data, Indicator indicator) {
        var yearly = data.yearSeries(indicator);
        var formerly = data.formerly().isEmpty()
                ? null
                : words.get(
                        "dashboards.years.formerly",
                        data.formerly().stream()
                                .map(d -> d.name() + "（" + d.code() + "）")
                                .collect(Collectors.joining("、")));
        // each year's bar counts the units accepted for that year, as the totals of that year's page do
        var accepted = data.acceptance().applies()
                ? words.get(
                        "dashboard.acceptance.yearsNote",
                        words.get(UnitNotes.countedLevel(data).unitsKey()))
                : null;
        var note = formerly == null ? accepted : accepted == null ? formerly : formerly + " " + accepted;
        return new ChartContent(
                words.get(
                        "dashboards.years.title",
                        data.focus().name(),
                        indicator.shortName(locale),
                        // one year is named once: 「（2021—2021年）」 read as a slip (a tester's tour)
                        yearly.first() == yearly.last()
                                ? String.valueOf(yearly.first())
                                : words.get(
                                        "dashboards.years.span",
                                        String.valueOf(yearly.first()),
                                        String.valueOf(yearly.last()))),
                indicator.unit(locale),
                yearly.years().stream()
                        .map(y -> words.get("dashboard.yearOption", String.valueOf(y)))
                        .toList(),
                // a year approved as 不适用 says so, as the page's tile does, not 「—」
                List.of(new Series(
                        words.get("dashboards.series.actual"),
                        yearly.values(),
                        Series.Style.BAR,
                        yearly.notApplicable())),
                false,
                indicator.scale(),
                note);
    }

    // the notes of units left out are UnitNotes's; screen, print and exports ask for them here, with the charts

    /** 「待省级确认」 or 「已退回」 for a ranked unit the totals leave out ({@link UnitNotes#pendingMark}). */
    public Optional<String> pendingMark(Dashboard data, Division unit) {
        return notes.pendingMark(data, unit);
    }

    /** A ranked unit's name with its long mark, as tables print it ({@link UnitNotes#unitLabel}). */
    public String unitLabel(Dashboard data, Division unit) {
        return notes.unitLabel(data, unit);
    }

    /** A ranked unit's name with its short mark, as a chart's axis prints it ({@link UnitNotes#chartLabel}). */
    public String chartLabel(Dashboard data, Division unit) {
        return notes.chartLabel(data, unit);
    }

    /** What the totals leave out while units await acceptance ({@link UnitNotes#acceptanceNote}). */
    public Optional<String> acceptanceNote(Dashboard data) {
        return notes.acceptanceNote(data);
    }

    /** Which counted units have no approved figure yet ({@link UnitNotes#missingNote}). */
    public Optional<String> missingNote(Dashboard data) {
        return notes.missingNote(data);
    }

    /**
     * What a cell of the completion heat-map says: the completion in percent, or the status word where
     * a ratio means nothing (已实现清零) or the figure was not applicable (不适用).
     */
    public String completion(Completion completion) {
        return !completion.applicable() || completion.percent() == null
                ? words.get(completion.statusKey())
                : Numbers.plain(completion.percent(), 1, locale) + "%";
    }

    /** "2020年1—12月", or one month: the window every chart title names. */
    public String window(Dashboard data) {
        return window(words, data.filter().year(), data.fromMonth(), data.toMonth());
    }

    /** The same words for months read elsewhere: what a year-in-review of a year still reported covers. */
    public static String window(Words words, int year, int fromMonth, int toMonth) {
        var text = String.valueOf(year);
        return fromMonth == toMonth
                ? words.get("dashboards.window.month", text, toMonth)
                : words.get("dashboards.window.months", text, fromMonth, toMonth);
    }
}
