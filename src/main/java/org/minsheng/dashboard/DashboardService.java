package org.minsheng.dashboard;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.base.UnknownException;
import org.minsheng.base.db.ReadReplica;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionHistoryService;
import org.minsheng.division.DivisionNode;
import org.minsheng.division.DivisionService;
import org.minsheng.indicator.IndicatorProfile;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.indicator.Target;
import org.minsheng.indicator.TargetRevision;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.ReadingScope;
import org.minsheng.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved figures rolled up for leaders: any unit's totals against targets and each of its children
 * (a city's districts, a province's cities, a county's towns), which units a page shows being
 * {@link DashboardFrames}'s choice.
 */
@Service
public class DashboardService {

    /*
     * The pages themselves (dashboard, cityYear) are not @Transactional: ReadReplica.read opens the
     * transaction on the server that answers, the replica when it is recent enough, so that a page
     * read on the replica holds no connection of the primary's pool meanwhile. Inside a caller's
     * transaction they read in it.
     */

    /**
     * Pages kept per server: a city's page is ~0.5 MB, and leaders mostly open the same few views
     * (this year, this month, a district), so a few dozen cover them.
     */
    private static final int CACHED_PAGES = 48;

    private final VersionedCache<DashboardFilter, Dashboard> pages = new VersionedCache<>(CACHED_PAGES);
    private final VersionedCache<Integer, CityYear> cityYears = new VersionedCache<>(8);
    /**
     * Pages' frames under the structure version (V113), which approvals do not move: the first page
     * after an approval reads only the figures' roll-ups again, not the city, districts, catalogue and
     * targets (bench/run.sh preagg L: seven statements of fourteen).
     */
    private final VersionedCache<DashboardFrames.Key, DashboardFrames.Frame> cachedFrames =
            new VersionedCache<>(CACHED_PAGES);

    private final DashboardRepository dashboards;
    private final AcceptanceRepository acceptances;
    private final DivisionService divisions;
    private final IndicatorService indicators;
    private final DivisionHistoryService history;
    private final CurrentUser currentUser;
    private final CorrectionRepository corrections;
    private final DashboardFrames frames;
    private final ReadReplica replica;
    private final ReplicaRepository.Sources onPrimary;
    private final Optional<ReplicaRepository.Sources> onReplica;
    // builds a page on a cache miss
    private final PageAssembler assembler;
    private final PeriodService periods;

    DashboardService(
            DashboardRepository dashboards,
            DashboardFrames frames,
            DivisionService divisions,
            IndicatorService indicators,
            DivisionHistoryService history,
            CurrentUser currentUser,
            CorrectionRepository corrections,
            AcceptanceRepository acceptances,
            ReadReplica replica,
            ReplicaRepository replicas,
            ObjectProvider<Editions> editions,
            PeriodService periods) {
        this.assembler = new PageAssembler(editions);
        this.periods = periods;
        this.replica = replica;
        this.onPrimary = new ReplicaRepository.Sources(dashboards, acceptances);
        this.onReplica = replicas.sources();
        this.corrections = corrections;
        this.acceptances = acceptances;
        this.frames = frames;
        this.history = history;
        this.dashboards = dashboards;
        this.divisions = divisions;
        this.indicators = indicators;
        this.currentUser = currentUser;
    }

    /**
     * The year as far as it has been approved. Any signed-in role may read approved figures; drafts
     * are not part of it. A year the calendar has no period of is refused as unknown, as its page is.
     */
    public CityYear cityYear(int year) {
        currentUser.require(Role.values());
        requireRoot();
        requireCalendarYear(year);
        return replica.read(
                server -> on(server).dashboards().versions(),
                (server, versions) -> cityYears.get(
                        year,
                        versions.data(),
                        () -> computeCityYear(year, on(server).dashboards())));
    }

    /** The year computed from the database, bypassing the cache. */
    CityYear computeCityYear(int year) {
        return computeCityYear(year, dashboards);
    }

    private CityYear computeCityYear(int year, DashboardRepository dashboards) {
        var city = divisions.city();
        var month = dashboards.latestApprovedMonth(year);
        var cells = month == null ? List.<YearCell>of() : dashboards.cells(city.id(), year, 1, month, true);
        var targets = indicators.targets(city.id(), year).stream()
                .collect(Collectors.toMap(Target::indicatorId, Function.identity()));
        var asOf = cells.stream()
                .map(YearCell::approvedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new CityYear(
                year,
                month,
                city,
                divisions.countiesIn(year),
                indicators.indicatorsOf(year),
                targets,
                cells,
                asOf,
                dashboards.yearOver(year));
    }

    /**
     * The view a filter asks for: the window's values of the focus and every unit it ranks (its
     * children; a district's page ranks the city's districts and lists its towns), the same window
     * last year, the monthly trend and the targets. A district code of another year's unit opens its
     * counterpart in the chosen year (a 龙海区 link for 2020 shows 龙海市); a code no unit has is refused
     * as unknown, and so is a year the calendar has no period of. A leader limited to a unit is refused
     * any focus outside its subtree, and gets the page without any other unit's figures.
     */
    public Dashboard dashboard(DashboardFilter filter) {
        currentUser.require(Role.values());
        var scope = currentUser.readingScope();
        // a code no unit has opened the root's page, which a scoped reader was then refused as outside their
        // scope: the address is wrong, not the reader's rights, and every reader is told so (a stranger's
        // trial); asked before the page, so no page is computed or cached for it
        var asked = filter.division() == null ? Optional.<DivisionNode>empty() : divisions.node(filter.division());
        if (filter.division() != null && asked.isEmpty()) {
            throw new UnknownException("dashboards.error.unknownUnit", filter.division());
        }
        var page = page(filter);
        if (!scope.limited()) {
            return page;
        }
        if (!covers(scope, page.units())) {
            // A code that opened the root's page (a unit the year does not know): for this reader that is
            // their own unit's page, the nearest they may see.
            if (asked.isEmpty() || !scope.covers(asked.get().id())) {
                throw scope.refusal();
            }
            page = page(filter.withDivision(scope.home()));
            if (!covers(scope, page.units())) {
                throw scope.refusal();
            }
        }
        return DashboardScope.limit(page, scope);
    }

    /** The page for everyone, from the cache; a limited reader's copy is cut from it. */
    private Dashboard page(DashboardFilter filter) {
        return replica.read(
                server -> on(server).dashboards().versions(),
                (server, versions) -> pages.get(filter, versions.data(), () -> {
                    var key = new DashboardFrames.Key(filter.year(), filter.division());
                    var frame = cachedFrames.get(key, versions.structure(), () -> {
                        // periods move the structure version too, so a year is checked once per frame kept
                        requireCalendarYear(filter.year());
                        return frames.frame(key);
                    });
                    return assembler.page(filter, frame, on(server));
                }));
    }

    /**
     * Refuses a year the calendar has no period of: 「?year=2099」 built a page 福建省2099年 of dashes, and its
     * chart, table and card downloads were empty files (a stranger's trial). Every page is read here, so the
     * view, the downloads and the publication refuse it alike; so do the city's year and the corrections,
     * which gave an empty year and list. An empty calendar (a new installation) refuses nothing: its first
     * page says no figures are approved yet.
     */
    private void requireCalendarYear(int year) {
        var years = yearsOfCalendar();
        if (!years.isEmpty() && !years.contains(year)) {
            throw new UnknownException("dashboards.error.unknownYear", String.valueOf(year));
        }
    }

    private ReplicaRepository.Sources on(ReadReplica.Server server) {
        return server == ReadReplica.Server.REPLICA ? onReplica.orElseThrow() : onPrimary;
    }

    /** The focus, or a unit of its line (龙海市 for a reader of 龙海区), lies in the reader's subtree. */
    private static boolean covers(ReadingScope scope, PageUnits units) {
        return scope.covers(units.focus().id())
                || scope.coversAny(units.formerly().stream().map(Division::id).toList());
    }

    /**
     * Refuses a reader limited below the root a figure of the root's (the whole year, the city's
     * corrections): it is their parent's, however much of it is their own unit's.
     */
    private void requireRoot() {
        var scope = currentUser.readingScope();
        if (scope.limited()) {
            scope.require(divisions.city().id());
        }
    }

    /** A page's frame and page computed from the database, bypassing both caches (tests compare them). */
    Dashboard computeDashboard(DashboardFilter filter) {
        return assembler.page(
                filter, frames.frame(new DashboardFrames.Key(filter.year(), filter.division())), onPrimary);
    }

    /**
     * The demo's note for a page of {@code unit} when the year's figures are the demo's (a split of
     * published totals, or generated), so the pages say so; empty for figures an office entered.
     */
    @Transactional(readOnly = true)
    public Optional<IllustrativeNote> illustrativeNote(int year, Division unit) {
        currentUser.require(Role.values());
        return dashboards.illustrative(year)
                ? Optional.of(IllustrativeNote.of(divisions.city(), unit))
                : Optional.empty();
    }

    /**
     * The corrections after publication behind a revised figure of the window (the †): for a
     * district, its own; for the city total (null), every district's. Anyone who may read the
     * figure may read why it changed. A year the calendar has no period of is refused as unknown.
     */
    @Transactional(readOnly = true)
    public List<Correction> corrections(int year, int fromMonth, int toMonth, int indicatorId, Integer divisionId) {
        currentUser.require(Role.values());
        requireReadable(divisionId);
        requireCalendarYear(year);
        return corrections.corrections(indicatorId, divisionId, year, fromMonth, toMonth);
    }

    /**
     * The revisions behind a target marked 已修订 on a tile (for the root, null): who may read the figure
     * may read why the target it is measured against changed, as for {@link #corrections}.
     */
    @Transactional(readOnly = true)
    public List<TargetRevision> targetRevisions(int year, int indicatorId, Integer divisionId) {
        currentUser.require(Role.values());
        requireReadable(divisionId);
        requireCalendarYear(year);
        return indicators.targetRevisions(
                indicatorId, divisionId == null ? divisions.city().id() : divisionId, year);
    }

    /** The root's figures (null) or a unit's, as the reader's scope allows. */
    private void requireReadable(Integer divisionId) {
        if (divisionId == null) {
            requireRoot();
            return;
        }
        var scope = currentUser.readingScope();
        // a unit the scope's units replaced is theirs too: 龙海区's reader opens 2020's 龙海市
        if (!scope.covers(divisionId)
                && history.formerUnits(scope.units()).values().stream().noneMatch(l -> l.contains(divisionId))) {
            throw scope.refusal();
        }
    }

    /**
     * The data version as text, changing whenever anything a page shows may have: what public pages
     * are cached and tagged by. Anyone may ask; it tells that something changed, never what.
     */
    @Transactional(readOnly = true)
    public String dataVersion() {
        var versions = dashboards.versions();
        return versions.data() + "/" + versions.structure();
    }

    /**
     * The default year to open: the latest one with approved figures; before any, the calendar's year
     * nearest this one from below (or its first, when it only holds years to come). This year itself
     * only on an empty calendar: since pages refuse a year the calendar lacks, an installation opened in
     * December for next year would otherwise have opened on a refusal.
     */
    @Transactional(readOnly = true)
    public int latestYear() {
        currentUser.require(Role.values());
        return dashboards.latestApprovedYear().orElseGet(() -> {
            int now = OffsetDateTime.now().getYear();
            var years = periods.all().stream().map(Period::year).sorted().toList();
            return years.stream()
                    .filter(y -> y <= now)
                    .reduce((a, b) -> b)
                    .orElse(years.isEmpty() ? now : years.getFirst());
        });
    }

    /**
     * The month a month's or a quarter's page of {@code year} opens on when its address names none it can
     * read: the year's latest approved, as the whole year's page runs to; December before any is approved.
     */
    @Transactional(readOnly = true)
    public int latestMonth(int year) {
        currentUser.require(Role.values());
        var month = dashboards.latestApprovedMonth(year);
        return month == null ? 12 : month;
    }

    /** The definition, lead department and ratio parts of an indicator, for its page. */
    @Transactional(readOnly = true)
    public Optional<IndicatorProfile> profile(String code) {
        currentUser.require(Role.values());
        return indicators.profile(code);
    }

    /** Years with approved figures, newest first: what a year-in-review, a screen or an export has to show. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        currentUser.require(Role.values());
        return dashboards.yearsWithApprovedFigures();
    }

    /**
     * The years a dashboard opens on, newest first: every year of the calendar, the ones refused by
     * address being those it lacks. The open year nothing of which is approved yet (the demo's 2021) was
     * offered only while its page was shown, so a leader found it only by typing its address (a tester's
     * tour); its page says 暂无数据 in each tile.
     */
    @Transactional(readOnly = true)
    public List<Integer> calendarYears() {
        currentUser.require(Role.values());
        return yearsOfCalendar();
    }

    /** The calendar's years, newest first, for a caller already checked. */
    private List<Integer> yearsOfCalendar() {
        return periods.all().stream()
                .map(Period::year)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }
}
