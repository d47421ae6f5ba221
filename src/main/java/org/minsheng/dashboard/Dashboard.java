package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;

/**
 * One dashboard view as chosen by a {@link DashboardFilter}, read in a few statements so tiles, charts
 * and tables agree. Division ids of null mean the city total. Its parts ({@link PageWindow}, {@link
 * PageUnits}, {@link PageFigures}, {@link PageTowns}, {@link Acceptance}) are records of their own, built
 * apart; the page answers what a tile, chart or table asks across them.
 */
public record Dashboard(
        DashboardFilter filter,
        PageWindow window,
        PageUnits units,
        List<Indicator> indicators,
        List<Target> targets,
        PageFigures figures,
        PageTowns townLevel,
        Acceptance acceptance) {

    /** Where a cell or a target is: its indicator and its unit (null for the city total). */
    record At(int indicatorId, Integer divisionId) {}

    /** How the page's cells are keyed, its parts' ({@link PageFigures}, {@link PageTowns}) as its own. */
    static final Function<YearCell, At> CELL_AT = c -> new At(c.indicatorId(), c.divisionId());

    /** How the page's trend is keyed: each indicator and unit's months. */
    static final Function<TrendPoint, At> POINT_AT = p -> new At(p.indicatorId(), p.divisionId());

    private static final Function<Target, At> TARGET_AT = t -> new At(t.indicatorId(), t.divisionId());

    public Dashboard {
        targets = Keyed.of(targets, TARGET_AT);
    }

    /** A page where nothing is accepted: no approval levels, or a focus whose level does not accept. */
    public Dashboard(
            DashboardFilter filter,
            PageWindow window,
            PageUnits units,
            List<Indicator> indicators,
            List<Target> targets,
            PageFigures figures,
            PageTowns townLevel) {
        this(filter, window, units, indicators, targets, figures, townLevel, Acceptance.NONE);
    }

    /** Why a ranked unit is outside the focus's totals, if it is. */
    public Optional<Acceptance.Pending> pending(Division unit) {
        return Optional.ofNullable(acceptance.pending().get(unit.id()));
    }

    /** The ranked units the totals leave out, in the page's order. */
    public List<Division> pendingUnits() {
        return counties().stream()
                .filter(c -> acceptance.pending().containsKey(c.id()))
                .toList();
    }

    /**
     * The focus's edition of its year (「第n版」).
     *
     * @param published the year is out for the public; until then {@code number} counts revisions of
     *                  published periods, and no screen should call the data an edition
     */
    public record Edition(int number, boolean published) {

        /** 「第3版」 (revision 3) in a line, or 未发布 (not yet published) for a year not yet out. */
        public String text(ChartContents.Words words) {
            return say(words, "edition.text", "edition.unpublished");
        }

        /** The edition an export's record keeps: none for a year not yet out, whose history says 未发布. */
        public Integer recorded() {
            return published ? number : null;
        }

        /** 第3版 (rev3) in a file name, or 未发布 (unpublished): a later edition never takes its name. */
        public String inFileName(ChartContents.Words words) {
            return say(words, "export.file.edition", "export.file.unpublished");
        }

        /**
         * The one place that words the edition: {@code key} with the number ({0}) for a published year,
         * else {@code unpublishedKey}, so no page, file or file name calls data nobody received an edition.
         */
        public String say(ChartContents.Words words, String key, String unpublishedKey) {
            return published ? words.get(key, String.valueOf(number)) : words.get(unpublishedKey);
        }
    }

    public int fromMonth() {
        return window.fromMonth();
    }

    public int toMonth() {
        return window.toMonth();
    }

    /** Whether the page's year is over, so a target not reached is missed rather than in progress. */
    public boolean yearOver() {
        return window.yearOver();
    }

    public OffsetDateTime dataAsOf() {
        return window.dataAsOf();
    }

    public Division city() {
        return units.city();
    }

    public Division focus() {
        return units.focus();
    }

    /**
     * The units the totals count (every ranked unit but the pending ones) that have no approved figure in
     * the window, while some ranked unit has: the totals are of the others only, which a leader must be
     * told rather than read as the whole. A pending unit's figures are outside the totals whatever they
     * are, and the acceptance note names it already: counting it as reporting made the page say the
     * totals held a city whose figures they leave out (a stranger's trial).
     */
    public List<Division> unitsWithoutFigures() {
        var reporting = ReportedUnits.ofAny(cells());
        if (reporting.isEmpty()) {
            return List.of();
        }
        return countedUnits().stream().filter(c -> !reporting.contains(c.id())).toList();
    }

    /** The ranked units the totals count: all of them but the pending ones. */
    public List<Division> countedUnits() {
        return counties().stream().filter(c -> pending(c).isEmpty()).toList();
    }

    public List<Division> counties() {
        return units.counties();
    }

    /** The level of the units the page ranks (a city's districts, a province's cities, a county's towns). */
    public Division.Level rankedLevel() {
        return Division.Level.listedUnder(city(), counties());
    }

    /**
     * The level of the units the page's table lists, which names the table and its downloads: the ranked
     * units on a page that ranks (a province's cities, a city's districts), the towns on a district's page.
     */
    public Division.Level listedLevel() {
        return cityWide() ? rankedLevel() : Division.Level.TOWN;
    }

    public List<Division> formerly() {
        return units.formerly();
    }

    public Map<Integer, Integer> predecessors() {
        return units.predecessors();
    }

    /** Whether the unit did not exist last year and succeeds none that did ({@link PageUnits#founded}). */
    public boolean foundedThisYear(Integer unitId) {
        return unitId != null && units.founded().contains(unitId);
    }

    /** The focus's ancestors down to the focus, each a page of its own: the breadcrumbs. */
    public List<Division> path() {
        return units.path();
    }

    public List<YearCell> cells() {
        return figures.cells();
    }

    public List<YearCell> lastYear() {
        return figures.lastYear();
    }

    public List<TrendPoint> trend() {
        return figures.trend();
    }

    public List<YearPoint> years() {
        return figures.years();
    }

    public List<CategoryScore> scores() {
        return figures.scores();
    }

    public List<Division> towns() {
        return townLevel.units();
    }

    /**
     * The units the page's table gives a row ({@code towns}: a district's towns, else the ranked units), as the
     * charts give them a band ({@link ChartSeries#LABELLED_GAPS}): every one of a city's districts, a row of
     * 「—」 for one not yet reported; of more units (a county's 25 towns, which report nothing) those with a
     * figure or 不适用 in the window, or outside the totals, the rest named once under the table instead.
     */
    public List<Division> tableRows(boolean towns) {
        var units = towns ? towns() : counties();
        if (units.size() <= ChartSeries.LABELLED_GAPS) {
            return units;
        }
        var reporting = ReportedUnits.ofAny(towns ? townCells() : cells());
        return units.stream()
                .filter(u -> reporting.contains(u.id()) || (!towns && pending(u).isPresent()))
                .toList();
    }

    /** The units {@link #tableRows} leaves out, in the page's order. */
    public List<Division> untabled(boolean towns) {
        var rows = tableRows(towns);
        return (towns ? towns() : counties())
                .stream().filter(u -> !rows.contains(u)).toList();
    }

    /** Whether the focus is divided into towns, whether or not they have reported (see {@link PageTowns}). */
    public boolean hasTowns() {
        return townLevel.divided();
    }

    public List<YearCell> townCells() {
        return townLevel.cells();
    }

    public boolean cityWide() {
        return focus().id() == city().id();
    }

    /**
     * Whether the page has units below its focus to rank, compare and tabulate: not a district's page, nor
     * one whose focus has none below it (a county's own installation without towns, a province's county
     * without towns, a town), whose ranking, heat map and table of 各乡镇（街道） were empty cards. Such a
     * page is its focus's own figures, as a district's is.
     */
    public boolean ranksUnits() {
        return cityWide() && !counties().isEmpty();
    }

    /** The division id that stands for the focus in cells and targets: null for the city total. */
    public Integer focusId() {
        return cityWide() ? null : focus().id();
    }

    public Optional<YearCell> cell(Indicator indicator, Integer divisionId) {
        return find(cells(), indicator, divisionId);
    }

    public Optional<YearCell> townCell(Indicator indicator, Integer townId) {
        return find(townCells(), indicator, townId);
    }

    public Optional<YearCell> lastYearCell(Indicator indicator, Integer divisionId) {
        var previous = divisionId == null ? null : predecessors().getOrDefault(divisionId, divisionId);
        return find(lastYear(), indicator, previous);
    }

    public Optional<BigDecimal> value(Indicator indicator, Integer divisionId) {
        return cell(indicator, divisionId).map(YearCell::value);
    }

    /**
     * This window minus the same window last year, when both have a value; none for the totals where the
     * two years count different units (a unit's own figures always compare, with themselves).
     */
    public Optional<BigDecimal> change(Indicator indicator, Integer divisionId) {
        if (divisionId == null && !totalsComparable(indicator)) {
            return Optional.empty();
        }
        return value(indicator, divisionId)
                .flatMap(now ->
                        lastYearCell(indicator, divisionId).map(YearCell::value).map(now::subtract));
    }

    /**
     * Whether this window's totals and last year's count the same units, so that their difference is a
     * change: where the focus accepts its units' years, a unit accepted for one year only is in one total
     * and not the other.
     */
    public boolean totalsComparable() {
        return acceptance.sameAsLastYear();
    }

    /**
     * {@link #totalsComparable()}, and the indicator's total adds up the same units in both windows: with
     * two of eleven districts in for January, the city's total against last January's eleven said 同比 −102所
     * (a stranger's trial). A unit counts as in when it has a figure or is not applicable, and this year's
     * units are taken as last year's they succeed.
     */
    public boolean totalsComparable(Indicator indicator) {
        if (!totalsComparable()) {
            return false;
        }
        // nothing in yet this year is no total to compare: the tile shows last year's figure instead; and
        // nothing last year is no difference of units either, only no change (上年同期无数据)
        var now = ReportedUnits.of(cells(), indicator, predecessors());
        var then = ReportedUnits.of(lastYear(), indicator, Map.of());
        return now.isEmpty() || then.isEmpty() || now.equals(then);
    }

    /**
     * Whether the figure of a unit (null: the focus's total) counts every unit it should: a unit's own figure
     * does, and so does a total read from the focus's own figure (an indicator the city reports itself);
     * a total of the ranked units only once each counted unit has reported the indicator (a figure or
     * 不适用). Short of that, a target met downward is no verdict yet (TargetStatus).
     */
    public boolean complete(Indicator indicator, Integer divisionId) {
        if (divisionId != null || !ranksUnits() || indicator.reportedByCity()) {
            return true;
        }
        return ReportedUnits.every(cells(), indicator, countedUnits());
    }

    public Optional<Target> target(Indicator indicator, Integer divisionId) {
        int id = divisionId == null ? city().id() : divisionId;
        return Keyed.find(targets, TARGET_AT, new At(indicator.id(), id));
    }

    public List<TrendPoint> trend(Indicator indicator, Integer divisionId) {
        return Keyed.all(trend(), POINT_AT, new At(indicator.id(), divisionId));
    }

    /**
     * The indicators the focus has figures of, a tile each: a city's and those above it every one; a county's
     * or a town's those the counties report. The city's own (牵头市直部门, 整治问题类别) are nobody's below a
     * city: a county's own installation and a province's county page showed them as 「—」 (two testers' tours).
     */
    public List<Indicator> focusIndicators() {
        return focus().level().compareTo(Division.Level.CITY) <= 0 ? indicators : districtIndicators();
    }

    /** Indicators reported by the counties, the ones a district chart or table can show. */
    public List<Indicator> districtIndicators() {
        return indicators.stream().filter(i -> !i.reportedByCity()).toList();
    }

    /**
     * Corrections after publication among the focus's figures shown: the totals on the city's page, the
     * unit's own on a unit's page. A unit's page holds the city's cells too, to rank its units, and
     * counting their totals said a district had a corrected figure when the city's own 牵头市直部门 was
     * corrected (a stranger's trial).
     */
    public int corrections() {
        var focus = focusId();
        return cells().stream()
                .filter(c -> Objects.equals(c.divisionId(), focus))
                .mapToInt(YearCell::corrections)
                .sum();
    }

    /**
     * The edition the page states (「第n版」): the focus's year's as the public side counts it, so the
     * dashboard, its exports and the public page name the same edition. That counts every correction of
     * a published figure, of any month, where the corrections among the totals shown ({@link
     * #corrections()}, the †) leave out a corrected July behind a cumulative year figure.
     */
    public int revision() {
        return edition().number();
    }

    /** Whether the focus's year is published: its pages then name an edition, else they say 未发布. */
    public boolean published() {
        return edition().published();
    }

    /** The edition the page, its exports and their file names word through {@link Edition#text}. */
    public Edition edition() {
        return window.edition() != null ? window.edition() : new Edition(1 + corrections(), true);
    }

    public List<YearPoint> years(Indicator indicator) {
        return years().stream().filter(p -> p.indicatorId() == indicator.id()).toList();
    }

    /** The year-by-year chart's series, the same on screen and in print; a year without a figure is null. */
    public YearSeries yearSeries(Indicator indicator) {
        return ChartSeries.yearSeries(this, indicator);
    }

    /** The ranking chart's content, the same on screen and in print. */
    public RankingSeries ranking(Indicator indicator) {
        return ChartSeries.ranking(this, indicator);
    }

    /** True where the approved figure is "not applicable", which is neither zero nor missing. */
    public boolean notApplicable(Indicator indicator, Integer divisionId) {
        return cell(indicator, divisionId).map(YearCell::notApplicable).orElse(false);
    }

    /** Each district (on the city page), then the focus (a null unit: the city total); the same on screen and in print. */
    public YearOnYearSeries yearOnYear(Indicator indicator) {
        return ChartSeries.yearOnYear(this, indicator);
    }

    /** The subtotal of a category (null for all) for a district, or for the city when the id is null. */
    public Optional<CategoryScore> score(String category, Integer divisionId) {
        int unit = divisionId == null ? city().id() : divisionId;
        return scores().stream()
                .filter(s -> Objects.equals(s.category(), category) && s.divisionId() == unit)
                .findFirst();
    }

    public boolean hasData() {
        return dataAsOf() != null;
    }

    private static Optional<YearCell> find(List<YearCell> cells, Indicator indicator, Integer divisionId) {
        return Keyed.find(cells, CELL_AT, new At(indicator.id(), divisionId));
    }
}
