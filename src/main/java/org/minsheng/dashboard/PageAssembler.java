package org.minsheng.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds one page from its frame and its server's reads: the window's cells, last year's, the trend, the
 * years, the scores and the towns, with the totals counting the accepted units only. Apart from
 * {@link DashboardService}, which decides who may read which page and from which cache and server, because
 * this is what a page holds whoever reads it: the service asks here only on a cache miss, and tests compare
 * what it builds on either roll-up.
 */
final class PageAssembler {

    /** The multi-year trend shows the chosen year and the four before it. */
    static final int YEARS_BACK = 4;

    // looked up when a page is computed: publication's implementation itself reads pages from the service
    private final ObjectProvider<Editions> editions;

    PageAssembler(ObjectProvider<Editions> editions) {
        this.editions = editions;
    }

    /** The page a filter asks for, in its frame, read from {@code sources} (the primary or the replica). */
    Dashboard page(DashboardFilter filter, DashboardFrames.Frame frame, ReplicaRepository.Sources sources) {
        var dashboards = sources.dashboards();
        var units = frame.units();
        var city = units.city();
        var focus = units.focus();
        int year = filter.year();
        var catalogue = frame.catalogue();
        var shown = catalogue.stream()
                .filter(i -> filter.category() == null || filter.category().equals(i.categoryCode()))
                .toList();
        var targets = frame.targets();
        var latest = dashboards.latestApprovedMonth(year);
        var reads = new PageReads(dashboards, city.id(), frame.levels());
        // where the focus accepts its children's years, its totals count the accepted ones only
        var accepted = AcceptedTotals.of(dashboards, sources.acceptances(), frame, year - YEARS_BACK, year);
        var years = accepted.years(
                year - YEARS_BACK,
                () -> reads.years(
                        year - YEARS_BACK,
                        year,
                        frame.line().stream().map(Division::id).toList()));
        var edition = edition(focus, year);
        // a year-in-review published for the focus closes its year too, where no period is published (V133)
        boolean yearOver = dashboards.yearOver(year) || (edition != null && edition.published());
        boolean yearly = filter.period() == PeriodChoice.YEAR;
        if (latest == null) {
            // nothing of the year is approved, but last year's same window is there to compare with: the
            // chosen month or quarter, or the whole year (nothing approved caps no window)
            int[] chosen = filter.period().months(filter.part(), 12);
            return new Dashboard(
                    filter,
                    new PageWindow(0, 0, null, edition, yearOver),
                    units,
                    shown,
                    targets,
                    new PageFigures(
                            List.of(), lastYear(accepted, reads, year, chosen, yearly), List.of(), years, List.of()),
                    PageTowns.NONE,
                    accepted.acceptance());
        }
        int[] months = filter.period().months(filter.part(), latest);
        List<YearCell> cells;
        List<TrendPoint> trend;
        // what the page's "data as of" is the newest approval of: every month it shows, not only the
        // window's last, so a corrected July (a new edition) dates the year's page too
        List<YearCell> shownMonths;
        if (months[0] == 1) {
            // The year, or the year to date: one roll-up gives the trend and, at its last month, the cells.
            var byMonth = accepted.monthCells(
                    reads.cellsByMonth(year, months[1], yearly),
                    unit -> reads.at(unit).cellsByMonth(year, months[1], yearly));
            cells = byMonth.stream()
                    .filter(c -> c.month() == months[1])
                    .map(MonthCell::cell)
                    .toList();
            shownMonths = byMonth.stream().map(MonthCell::cell).toList();
            // the trend is of monthly indicators; a yearly figure of a whole-year view is a cell only
            var monthly = catalogue.stream()
                    .filter(Indicator::monthly)
                    .map(Indicator::id)
                    .collect(Collectors.toSet());
            trend = MonthCell.trend(byMonth.stream()
                    .filter(c -> monthly.contains(c.cell().indicatorId()))
                    .toList());
        } else {
            cells = accepted.cells(
                    reads.cells(year, months[0], months[1], yearly),
                    year,
                    unit -> reads.at(unit).cells(year, months[0], months[1], yearly));
            trend = accepted.trend(
                    reads.trend(year, months[1]), unit -> reads.at(unit).trend(year, months[1]));
            shownMonths = cells;
        }
        var lastYear = lastYear(accepted, reads, year, months, yearly);
        // a unit's page shows no city-reported indicator (the city's own 牵头市直部门): their approval,
        // a correction of the city's own figure, must not date it
        var cityReported = catalogue.stream()
                .filter(Indicator::reportedByCity)
                .map(Indicator::id)
                .collect(Collectors.toSet());
        boolean cityWide = focus.id() == city.id();
        // A district's page ranks the city's districts, but its edition is of its own subtree: dated by a
        // neighbour's correction, it said 第1版 beside a newer 数据截至 than its publication's, and told a
        // reader scoped to it when another district was corrected. Its own cells roll up its towns.
        var asOf = shownMonths.stream()
                .filter(c -> cityWide || Integer.valueOf(focus.id()).equals(c.divisionId()))
                .filter(c -> cityWide || !cityReported.contains(c.indicatorId()))
                .map(YearCell::approvedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        // The same roll-up one level down: a district's towns, shown only where towns have reported.
        var townCells = focus.id() == city.id()
                ? List.<YearCell>of()
                : dashboards.cells(focus.id(), year, months[0], months[1], yearly);
        var towns = townCells.stream().anyMatch(c -> !c.isTotal()) ? frame.towns() : List.<Division>of();
        var figures = new PageFigures(cells, lastYear, trend, years, List.of());
        Function<List<CategoryScore>, Dashboard> page = scores -> new Dashboard(
                filter,
                new PageWindow(months[0], months[1], asOf, edition, yearOver),
                units,
                shown,
                targets,
                new PageFigures(figures.cells(), figures.lastYear(), figures.trend(), years, scores),
                frame.towns().isEmpty()
                        ? PageTowns.NONE
                        : towns.isEmpty() ? PageTowns.NOT_REPORTED : new PageTowns(towns, townCells, true),
                accepted.acceptance());
        var unscored = page.apply(List.of());
        // the pivot's subtotals judged as the page's tiles judge (so from the page), and scored from the
        // cells just read rather than by rolling the window up again in SQL
        return focus.id() == city.id() ? page.apply(CategoryScoring.score(unscored, frame.categories())) : unscored;
    }

    /**
     * The same months a year earlier for 同比, counting the units accepted for that year, as that year's own
     * page counts them.
     */
    private static List<YearCell> lastYear(
            AcceptedTotals accepted, PageReads reads, int year, int[] months, boolean yearly) {
        return accepted.cells(
                reads.cells(year - 1, months[0], months[1], yearly),
                year - 1,
                unit -> reads.at(unit).cells(year - 1, months[0], months[1], yearly));
    }

    /** The focus's edition of its year as the public side counts it; null without the publication feature. */
    private Dashboard.Edition edition(Division focus, int year) {
        var known = editions.getIfAvailable();
        return known == null ? null : known.edition(focus, year);
    }
}
