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

    /** How many units the acceptance note and a chart's note of units without figures name before 「等」. */
    private static final int NAMED_BELOW = 10;

    private static final List<Integer> MONTHS =
            IntStream.rangeClosed(1, 12).boxed().toList();

    private final Locale locale;
    private final Words words;

    public ChartContents(Locale locale, Words words) {
        this.locale = locale;
        this.words = words;
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
     * band: the note names them once ({@link #undrawnNote}), and says so alone where no unit has a figure.
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
                ranking.districts().stream().map(d -> chartLabel(data, d)).toList(),
                series,
                true,
                indicator.scale(),
                undrawnNote(
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
        var notes = new ArrayList<String>();
        notComparedNote(data, indicator).ifPresent(notes::add);
        undrawnNote(data, all.undrawn(), bars == 0).ifPresent(notes::add);
        return new ChartContent(
                words.get("dashboards.yoy.title", indicator.shortName(locale), window(data)),
                indicator.unit(locale),
                compared.names().subList(0, bars),
                series,
                true,
                indicator.scale(),
                notes.isEmpty() ? null : String.join(" ", notes));
    }

    /**
     * Per unit, 「2020年尚未设立」 where it did not exist last year ({@link Dashboard#foundedThisYear}), else null:
     * its bar of last year is no missing figure, which 暂无数据 made it read as.
     */
    public List<String> notYetFounded(Dashboard data, List<Integer> units) {
        var word = words.get(
                "dashboards.yoy.notYetFounded", String.valueOf(data.filter().year() - 1));
        return units.stream().map(u -> data.foundedThisYear(u) ? word : null).toList();
    }

    /**
     * The units a chart gives no band, in one line: 「另有 23 个乡镇（街道）暂无数据：佛昙镇、…等」, the first
     * {@value #NAMED_BELOW} named; 「25 个乡镇（街道）均暂无数据」 where {@code nothingDrawn}, which the chart
     * says instead of an empty plot. Empty where every unit has its band.
     */
    private Optional<String> undrawnNote(Dashboard data, List<String> undrawn, boolean nothingDrawn) {
        return undrawnNote(data.rankedLevel(), undrawn, nothingDrawn);
    }

    /**
     * The units of {@code level} a table gives no row ({@link Dashboard#untabled}), named once under it in the
     * charts' words; empty where every unit has its row.
     */
    public Optional<String> untabledNote(Division.Level level, List<Division> untabled, boolean nothingTabled) {
        return undrawnNote(level, untabled.stream().map(Division::name).toList(), nothingTabled);
    }

    private Optional<String> undrawnNote(Division.Level level, List<String> undrawn, boolean nothingDrawn) {
        if (undrawn.isEmpty()) {
            return Optional.empty();
        }
        if (nothingDrawn) {
            return Optional.of(words.get(
                    "dashboards.undrawn.all", undrawn.size(), words.get(level.unitsKey()), words.get(level.eachKey())));
        }
        var names = undrawn.stream().limit(NAMED_BELOW).collect(Collectors.joining(words.get("list.separator")));
        if (undrawn.size() > NAMED_BELOW) {
            names = words.get("dashboard.acceptance.noteMore", names);
        }
        return Optional.of(words.get(
                "dashboards.undrawn", undrawn.size(), words.get(level.unitsKey()), words.get(level.eachKey()), names));
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
                        words.get(countedLevel(data).unitsKey())));
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
                        words.get(countedLevel(data).unitsKey()))
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

    /**
     * The mark of a ranked unit outside the focus's totals: 「待省级确认」 while the focus's level has not
     * accepted its year, 「已退回」 once returned. Empty for a unit the totals count.
     */
    public Optional<String> pendingMark(Dashboard data, Division unit) {
        return data.pending(unit)
                .map(p -> p.returned()
                        ? words.get("dashboard.acceptance.returned")
                        : words.get(
                                "dashboard.acceptance.waiting",
                                words.get(acceptingKey(data.focus().level()))));
    }

    /** A ranked unit's name as charts and tables print it, marked 「漳州市（待省级确认）」 when the totals leave it out. */
    public String unitLabel(Dashboard data, Division unit) {
        return pendingMark(data, unit)
                .map(mark -> words.get("dashboard.acceptance.label", unit.name(), mark))
                .orElse(unit.name());
    }

    /**
     * A ranked unit's name as a chart's axis prints it, with the short mark: 「厦门市（待确认）」, 「Xiamen
     * (pending)」. Beside the
     * bars the long one, 「(awaiting acceptance by the province)」, was cut on a phone to 「…g acceptance by
     * the province)」 (a stranger's trial); the acceptance note and the tables say the whole of it.
     */
    public String chartLabel(Dashboard data, Division unit) {
        return data.pending(unit)
                .map(p -> p.returned()
                        ? words.get("dashboard.acceptance.returned")
                        : words.get("dashboard.acceptance.waitingShort"))
                .map(mark -> words.get("dashboard.acceptance.label", unit.name(), mark))
                .orElse(unit.name());
    }

    /**
     * What the totals leave out, said beside them: 「合计只计入已确认的 7 个市；2 个市待确认：厦门市、莆田市（已退回）」.
     * Empty where the totals count every ranked unit.
     */
    public Optional<String> acceptanceNote(Dashboard data) {
        if (!data.hasData()) {
            // no approved figure in the window: there are no totals to qualify, and 「合计只计入已确认的 1 个市」
            // beside 「本年度尚无已审核数据」 read as a contradiction (a stranger's trial)
            return Optional.empty();
        }
        var pending = data.pendingUnits();
        var deeper = data.acceptance().deeper();
        var notes = new ArrayList<String>();
        if (!pending.isEmpty()) {
            var level = data.rankedLevel();
            long accepted = data.counties().stream()
                    .filter(c -> c.level() == level && data.pending(c).isEmpty())
                    .count();
            var names = pending.stream()
                    .map(d -> name(d, data.pending(d).orElseThrow()))
                    .collect(Collectors.joining(words.get("list.separator")));
            notes.add(words.get(
                    "dashboard.acceptance.note", accepted, words.get(level.unitsKey()), pending.size(), names));
        }
        if (!deeper.pending().isEmpty()) {
            // units below the ranked ones (福建省's counties with {county, province}): a province may leave
            // out dozens, so the note names the first few
            var names = deeper.pending().stream()
                    .limit(NAMED_BELOW)
                    .map(p -> name(p.unit(), p.pending()))
                    .collect(Collectors.joining(words.get("list.separator")));
            if (deeper.pending().size() > NAMED_BELOW) {
                names = words.get("dashboard.acceptance.noteMore", names);
            }
            notes.add(words.get(
                    "dashboard.acceptance.note",
                    deeper.counted(),
                    words.get(deeper.level().unitsKey()),
                    deeper.pending().size(),
                    names));
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
    }

    private String name(Division unit, Acceptance.Pending pending) {
        return pending.returned() ? words.get("dashboard.acceptance.noteReturned", unit.name()) : unit.name();
    }

    /** The level whose acceptance a page's totals follow: the focus's accepted one, else the one below it. */
    private static Division.Level countedLevel(Dashboard data) {
        var acceptance = data.acceptance();
        return acceptance.accepted() != null
                ? acceptance.accepted()
                : acceptance.deeper().level() != null ? acceptance.deeper().level() : data.rankedLevel();
    }

    /**
     * 「合计只含已有审核数据的 1 个县区；10 个县区尚无审核数据：…」 when some units the totals count have nothing
     * approved yet; 「计入合计的 1 个市尚无审核数据：漳州市」 when none of them has, and the figures on the page
     * are all of units the totals leave out (which the acceptance note names).
     */
    public Optional<String> missingNote(Dashboard data) {
        var missing = data.unitsWithoutFigures();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        var units = words.get(data.rankedLevel().unitsKey());
        var names = missing.stream().map(Division::name).collect(Collectors.joining(words.get("list.separator")));
        int reporting = data.countedUnits().size() - missing.size();
        return Optional.of(
                reporting == 0
                        ? words.get("dashboard.missing.none", missing.size(), units, names)
                        : words.get("dashboard.missing.note", reporting, units, missing.size(), names));
    }

    /** A level as the one that accepts the units below it (省级, 市级; the province, the city). */
    private static String acceptingKey(Division.Level level) {
        return "division.accepting." + level.name().toLowerCase(Locale.ROOT);
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
