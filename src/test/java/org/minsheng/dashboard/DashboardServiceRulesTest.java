package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.minsheng.dashboard.DashboardFixture.BAYS;
import static org.minsheng.dashboard.DashboardFixture.CITY;
import static org.minsheng.dashboard.DashboardFixture.DROPOUTS;
import static org.minsheng.dashboard.DashboardFixture.LEAD_DEPARTMENTS;
import static org.minsheng.dashboard.DashboardFixture.LONGHAI_QU;
import static org.minsheng.dashboard.DashboardFixture.LONGHAI_SHI;
import static org.minsheng.dashboard.DashboardFixture.ROADS;
import static org.minsheng.dashboard.DashboardFixture.XIANGCHENG;
import static org.minsheng.dashboard.DashboardFixture.bd;
import static org.minsheng.dashboard.DashboardFixture.cell;
import static org.minsheng.dashboard.DashboardFixture.target;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.approval.ApprovalLevels;
import org.minsheng.base.UnknownException;
import org.minsheng.base.db.ReadReplica;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionException;
import org.minsheng.division.DivisionHistoryService;
import org.minsheng.division.DivisionNode;
import org.minsheng.division.DivisionService;
import org.minsheng.division.Lineage;
import org.minsheng.indicator.IndicatorProfile;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.indicator.Target;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodOverview;
import org.minsheng.period.PeriodService;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.ReadingScope;
import org.minsheng.security.Role;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The choices the dashboard service makes around the SQL roll-up, with the roll-up standing in: which
 * statement a window needs, which district a link opens, 同比 across a rename, town rows only where
 * towns reported, and a cache that never serves a page older than the data. The roll-up's numbers are
 * DashboardAggregationTest's, on PostgreSQL.
 */
class DashboardServiceRulesTest {

    private static final OffsetDateTime DEC_31 = OffsetDateTime.of(2021, 12, 31, 17, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final OffsetDateTime JAN_15 = OffsetDateTime.of(2022, 1, 15, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final Division SHIMA = new Division(60, "350604100", "石码街道", Division.Level.TOWN, 6);
    private static final Division CITY_ROOT = new Division(1, "350600", "漳州市", Division.Level.CITY, null);

    private final DashboardRepository repository = mock(DashboardRepository.class);
    private final FrameRepository frameReads = mock(FrameRepository.class);
    private final DivisionService divisions = mock(DivisionService.class);
    private final IndicatorService indicators = mock(IndicatorService.class);
    private final DivisionHistoryService history = mock(DivisionHistoryService.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final CorrectionRepository corrections = mock(CorrectionRepository.class);
    private final AcceptanceRepository acceptances = mock(AcceptanceRepository.class);
    /** An empty calendar by default (a mock's empty list), which refuses no year. */
    private final PeriodService periods = mock(PeriodService.class);

    private final DashboardService service = new DashboardService(
            repository,
            new DashboardFrames(frameReads, acceptances, divisions, indicators, history),
            divisions,
            indicators,
            history,
            currentUser,
            corrections,
            acceptances,
            ReadReplica.none(mock(PlatformTransactionManager.class)),
            ReplicaRepository.none(),
            // no publication feature here: pages count their edition from their own corrections
            new StaticListableBeanFactory().getBeanProvider(Editions.class),
            periods);

    @BeforeEach
    void city() {
        when(divisions.city()).thenReturn(CITY);
        when(divisions.countiesIn(2021)).thenReturn(List.of(XIANGCHENG, LONGHAI_QU));
        when(divisions.countiesIn(2020)).thenReturn(List.of(XIANGCHENG, LONGHAI_SHI));
        when(indicators.indicatorsOf(anyInt())).thenReturn(List.of(ROADS, BAYS, DROPOUTS, LEAD_DEPARTMENTS));
        when(indicators.targetsUnder(CITY.id(), 2021)).thenReturn(List.of(target(ROADS, CITY, "110")));
        when(history.lineage(LONGHAI_QU.code()))
                .thenReturn(new Lineage(node(LONGHAI_QU), List.of(node(LONGHAI_SHI)), List.of()));
        when(history.lineage(LONGHAI_SHI.code()))
                .thenReturn(new Lineage(node(LONGHAI_SHI), List.of(), List.of(node(LONGHAI_QU))));
        when(history.lineage(XIANGCHENG.code())).thenReturn(new Lineage(node(XIANGCHENG), List.of(), List.of()));
        when(currentUser.readingScope()).thenReturn(ReadingScope.EVERY_UNIT);
        // a city installation without approval levels, as the demo
        when(acceptances.approvalLevels()).thenReturn(ApprovalLevels.NONE);
        when(repository.versions()).thenReturn(new DashboardRepository.Versions(List.of(7, 901L), List.of(3, 900L), 7));
    }

    @Test
    void the_whole_year_reads_one_running_roll_up_for_the_cells_and_the_trend_of_monthly_indicators() {
        when(repository.latestApprovedMonth(2021)).thenReturn(12);
        when(repository.cellsByMonth(CITY.id(), 2021, 12, true))
                .thenReturn(List.of(
                        month(cell(ROADS, null, "64.3"), 11),
                        month(at(cell(ROADS, null, "117"), DEC_31), 12),
                        month(at(cell(LEAD_DEPARTMENTS, null, "17"), JAN_15), 12)));
        when(frameReads.indicatorCategories())
                .thenReturn(Map.of(
                        ROADS.id(), ROADS.categoryCode(), LEAD_DEPARTMENTS.id(), LEAD_DEPARTMENTS.categoryCode()));
        when(repository.cells(CITY.id(), 2020, 1, 12, true)).thenReturn(List.of(cell(ROADS, null, "64.3")));
        var page = service.computeDashboard(DashboardFilter.year(2021));
        assertThat(page.fromMonth()).isEqualTo(1);
        assertThat(page.toMonth()).isEqualTo(12);
        assertThat(page.cells()).extracting(YearCell::value).containsExactly(bd("117"), bd("17"));
        assertThat(page.trend())
                .as("the yearly count of lead departments is a cell, not a trend")
                .extracting(TrendPoint::month)
                .containsExactly(11, 12);
        assertThat(page.lastYear()).extracting(YearCell::value).containsExactly(bd("64.3"));
        assertThat(page.dataAsOf()).as("the newest approval shown").isEqualTo(JAN_15);
        assertThat(page.scores())
                .as("scored from the cells read: the city's 117 km of roads against its target of 110")
                .containsExactly(
                        new CategoryScore(ROADS.categoryCode(), CITY.id(), 1, 1),
                        new CategoryScore(null, CITY.id(), 1, 1));
        assertThat(page.towns()).isEmpty();
        assertThat(page.indicators()).containsExactly(ROADS, BAYS, DROPOUTS, LEAD_DEPARTMENTS);
        assertThat(page.targets()).hasSize(1);
        verify(repository, never()).trend(anyInt(), anyInt(), anyInt());
    }

    @Test
    void a_quarter_reads_its_own_window_and_the_trend_up_to_its_last_month() {
        when(repository.latestApprovedMonth(2021)).thenReturn(12);
        when(repository.cells(CITY.id(), 2021, 4, 6, false)).thenReturn(List.of(cell(BAYS, null, "81")));
        when(repository.trend(CITY.id(), 2021, 6)).thenReturn(List.of(new TrendPoint(BAYS.id(), null, 6, bd("81"))));
        var page = service.computeDashboard(
                new DashboardFilter(2021, PeriodChoice.QUARTER, 2, "rural_infrastructure", null));
        assertThat(page.fromMonth()).isEqualTo(4);
        assertThat(page.toMonth()).isEqualTo(6);
        assertThat(page.cells()).extracting(YearCell::value).containsExactly(bd("81"));
        assertThat(page.trend()).hasSize(1);
        assertThat(page.indicators()).as("the category chosen").containsExactly(ROADS, BAYS);
        verify(repository).cells(CITY.id(), 2020, 4, 6, false);
        verify(repository, never()).cellsByMonth(anyInt(), anyInt(), anyInt(), anyBoolean());
    }

    @Test
    void a_year_without_approved_figures_shows_an_empty_page_not_an_error() {
        when(repository.latestApprovedMonth(2021)).thenReturn(null);
        var page = service.computeDashboard(DashboardFilter.year(2021));
        assertThat(page.hasData()).isFalse();
        assertThat(page.toMonth()).isZero();
        assertThat(page.cells()).isEmpty();
        assertThat(page.counties()).containsExactly(XIANGCHENG, LONGHAI_QU);
    }

    @Test
    void a_district_page_shows_its_towns_only_where_towns_have_reported_and_no_category_scores() {
        when(repository.latestApprovedMonth(2021)).thenReturn(12);
        var xiangcheng = service.computeDashboard(DashboardFilter.year(2021).withDivision(XIANGCHENG.code()));
        assertThat(xiangcheng.focus()).isEqualTo(XIANGCHENG);
        assertThat(xiangcheng.towns()).isEmpty();
        assertThat(xiangcheng.scores()).isEmpty();
        verify(frameReads, never()).indicatorCategories();

        var longhai = node(LONGHAI_QU);
        when(divisions.node(LONGHAI_QU.code())).thenReturn(Optional.of(longhai));
        when(divisions.children(longhai, 0, 2000)).thenReturn(List.of(node(SHIMA)));
        when(repository.cells(LONGHAI_QU.id(), 2021, 1, 12, true)).thenReturn(List.of(cell(BAYS, null, "30")));
        var untouched = service.computeDashboard(DashboardFilter.year(2021).withDivision(LONGHAI_QU.code()));
        assertThat(untouched.towns())
                .as("only the district's own total: no town reported")
                .isEmpty();
        assertThat(untouched.townCells()).isEmpty();

        when(repository.cells(LONGHAI_QU.id(), 2021, 1, 12, true))
                .thenReturn(List.of(cell(BAYS, null, "30"), cell(BAYS, SHIMA, "30")));
        var page = service.computeDashboard(DashboardFilter.year(2021).withDivision(LONGHAI_QU.code()));
        assertThat(page.towns()).containsExactly(SHIMA);
        assertThat(page.townCells()).hasSize(2);
        assertThat(page.townCell(BAYS, SHIMA.id()))
                .get()
                .extracting(YearCell::value)
                .isEqualTo(bd("30"));
        assertThat(page.townCell(ROADS, SHIMA.id())).isEmpty();
    }

    @Test
    void a_longhai_city_link_opens_longhai_district_with_its_history_and_an_unknown_code_opens_the_city() {
        when(repository.latestApprovedMonth(2021)).thenReturn(null);
        var page = service.computeDashboard(DashboardFilter.year(2021).withDivision(LONGHAI_SHI.code()));
        assertThat(page.focus()).isEqualTo(LONGHAI_QU);
        assertThat(page.formerly()).containsExactly(LONGHAI_SHI);
        verify(repository).years(CITY.id(), 2017, 2021, List.of(LONGHAI_SHI.id(), LONGHAI_QU.id()));

        when(history.lineage("350699")).thenThrow(DivisionException.class);
        assertThat(service.computeDashboard(DashboardFilter.year(2021).withDivision("350699"))
                        .focus())
                .isEqualTo(CITY);
        var city = service.computeDashboard(DashboardFilter.year(2021));
        assertThat(city.focus()).isEqualTo(CITY);
        assertThat(city.formerly()).isEmpty();
        verify(repository, times(2)).years(CITY.id(), 2017, 2021, List.of());
    }

    @Test
    void a_district_new_this_year_is_compared_with_the_one_it_replaced() {
        when(repository.latestApprovedMonth(2021)).thenReturn(null);
        var page = service.computeDashboard(DashboardFilter.year(2021));
        assertThat(page.predecessors()).containsExactly(Map.entry(LONGHAI_QU.id(), LONGHAI_SHI.id()));
        // 芗城区 existed last year too: it is compared with itself, without reading its history
        verify(history, never()).lineage(XIANGCHENG.code());
    }

    @Test
    void a_page_is_computed_once_per_data_version_and_its_frame_once_per_structure_version() {
        when(repository.latestApprovedMonth(2021)).thenReturn(null);
        var first = service.dashboard(DashboardFilter.year(2021));
        assertThat(service.dashboard(DashboardFilter.year(2021))).isSameAs(first);
        verify(repository, times(1)).latestApprovedMonth(2021);
        when(repository.versions()).thenReturn(new DashboardRepository.Versions(List.of(8, 902L), List.of(3, 900L), 8));
        assertThat(service.dashboard(DashboardFilter.year(2021))).isNotSameAs(first);
        verify(repository, times(2)).latestApprovedMonth(2021);
        verify(divisions, times(1)).city();
        verify(indicators, times(1)).indicatorsOf(2021);
        when(repository.versions()).thenReturn(new DashboardRepository.Versions(List.of(9, 903L), List.of(4, 903L), 9));
        assertThat(service.dashboard(DashboardFilter.year(2021))).isNotSameAs(first);
        verify(divisions, times(2)).city();
        verify(indicators, times(2)).indicatorsOf(2021);
        verify(currentUser, times(4)).require(Role.values());
    }

    /**
     * 2099 (a stranger's trial) was a page of dashes, and its chart, table and card downloads empty files:
     * every entry point reads its page here, so here a year the calendar lacks is refused, before any of
     * its page is read.
     */
    @Test
    void a_year_the_calendar_has_no_period_of_is_refused_as_unknown_and_nothing_of_it_is_read() {
        calendarOf2020And2021();
        var refused = catchThrowableOfType(UnknownException.class, () -> service.dashboard(DashboardFilter.year(2099)));
        assertThat(refused).isNotNull();
        assertThat(refused.messageKey()).isEqualTo("dashboards.error.unknownYear");
        assertThat(refused.parameters()).containsExactly("2099");
        verify(repository, never()).latestApprovedMonth(anyInt());
        verify(divisions, never()).countiesIn(2099);
        // refused again on a second asking: a refusal is never kept as a page
        assertThat(catchThrowableOfType(UnknownException.class, () -> service.dashboard(DashboardFilter.year(2099))))
                .isNotNull();

        when(repository.latestApprovedMonth(2021)).thenReturn(null);
        assertThat(service.dashboard(DashboardFilter.year(2021)).filter().year())
                .as("a year of the calendar, even one without approved figures, is a page")
                .isEqualTo(2021);
    }

    private void calendarOf2020And2021() {
        when(periods.all())
                .thenReturn(List.of(
                        new Period(1, 2021, null, PeriodOverview.Status.OPEN, null, null),
                        new Period(2, 2020, 12, PeriodOverview.Status.PUBLISHED, null, null)));
    }

    /**
     * The city's year (the publication's preview, the phrases') and a figure's corrections accepted any
     * year: 2099 gave an empty year and an empty list where the page of 2099 is refused. They refuse it
     * the same way, before reading anything of it, and answer a year of the calendar as before.
     */
    @Test
    void the_citys_year_and_the_corrections_refuse_a_year_the_calendar_has_no_period_of() {
        calendarOf2020And2021();
        var year = catchThrowableOfType(UnknownException.class, () -> service.cityYear(2099));
        assertThat(year).isNotNull();
        assertThat(year.messageKey()).isEqualTo("dashboards.error.unknownYear");
        assertThat(year.parameters()).containsExactly("2099");
        var corrected = catchThrowableOfType(
                UnknownException.class, () -> service.corrections(2099, 1, 12, ROADS.id(), XIANGCHENG.id()));
        assertThat(corrected).isNotNull();
        assertThat(corrected.messageKey()).isEqualTo("dashboards.error.unknownYear");
        verify(repository, never()).latestApprovedMonth(anyInt());
        verify(corrections, never()).corrections(anyInt(), any(), anyInt(), anyInt(), anyInt());

        when(repository.latestApprovedMonth(2020)).thenReturn(null);
        assertThat(service.cityYear(2020).year()).isEqualTo(2020);
        assertThat(service.corrections(2020, 1, 12, ROADS.id(), XIANGCHENG.id()))
                .isEmpty();
    }

    @Test
    void the_citys_year_is_cached_the_same_way_and_reads_the_city_targets() {
        when(repository.latestApprovedMonth(2020)).thenReturn(12);
        when(repository.cells(CITY.id(), 2020, 1, 12, true))
                .thenReturn(List.of(at(cell(ROADS, null, "117"), DEC_31), cell(ROADS, XIANGCHENG, "14.6")));
        when(indicators.targets(CITY.id(), 2020)).thenReturn(List.of(target(ROADS, CITY, "110")));
        var year = service.cityYear(2020);
        assertThat(service.cityYear(2020)).isSameAs(year);
        assertThat(year.month()).isEqualTo(12);
        assertThat(year.targetMet(ROADS)).contains(true);
        assertThat(year.dataAsOf()).isEqualTo(DEC_31);
        assertThat(year.counties()).containsExactly(XIANGCHENG, LONGHAI_SHI);
        when(repository.versions()).thenReturn(new DashboardRepository.Versions(List.of(8, 902L), List.of(3, 900L), 8));
        assertThat(service.cityYear(2020)).isNotSameAs(year);
        verify(currentUser, times(3)).require(Role.values());

        when(repository.latestApprovedMonth(2019)).thenReturn(null);
        var empty = service.computeCityYear(2019);
        assertThat(empty.cells()).isEmpty();
        assertThat(empty.dataAsOf()).isNull();
        verify(repository, never()).cells(CITY.id(), 2019, 1, 12, true);
    }

    @Test
    void the_default_year_is_the_latest_with_approved_figures_and_every_read_checks_the_caller() {
        when(repository.latestApprovedYear()).thenReturn(Optional.of(2020));
        assertThat(service.latestYear()).isEqualTo(2020);
        when(repository.latestApprovedYear()).thenReturn(Optional.empty());
        assertThat(service.latestYear())
                .as("an empty calendar: this year")
                .isEqualTo(OffsetDateTime.now().getYear());
        calendarOf2020And2021();
        assertThat(service.latestYear())
                .as("nothing approved yet: the calendar's latest year not after this one")
                .isEqualTo(2021);
        when(periods.all()).thenReturn(List.of(new Period(3, 2099, 1, PeriodOverview.Status.OPEN, null, null)));
        assertThat(service.latestYear())
                .as("a calendar of years to come only: its first, a page and not a refusal")
                .isEqualTo(2099);
        assertThat(service.dashboard(DashboardFilter.year(service.latestYear()))
                        .filter()
                        .year())
                .isEqualTo(2099);
        when(repository.yearsWithApprovedFigures()).thenReturn(List.of(2021, 2020));
        assertThat(service.years()).containsExactly(2021, 2020);
        var profile = new IndicatorProfile(
                "road_widening", "农村公路拓宽里程", "Rural roads widened", "市交通运输局", "Municipal Transport Bureau", null, null);
        when(indicators.profile("road_widening")).thenReturn(Optional.of(profile));
        assertThat(service.profile("road_widening")).contains(profile);
        calendarOf2020And2021();
        assertThat(service.calendarYears())
                .as("the dashboard's years: the calendar's, newest first, approved or not")
                .containsExactly(2021, 2020);
        verify(currentUser, times(9)).require(Role.values());
    }

    private static MonthCell month(YearCell cell, int month) {
        return new MonthCell(cell, month);
    }

    private static YearCell at(YearCell cell, OffsetDateTime approvedAt) {
        return new YearCell(
                cell.indicatorId(),
                cell.divisionId(),
                cell.value(),
                cell.notApplicable(),
                approvedAt,
                cell.revision(),
                cell.corrections());
    }

    private static DivisionNode node(Division d) {
        return new DivisionNode(
                d.id(),
                d.code(),
                d.name(),
                d.level(),
                d.parentId(),
                DivisionNode.Validity.ALWAYS,
                DivisionNode.Successor.NONE,
                0);
    }

    @Test
    void a_town_below_a_district_is_a_page_of_its_own_read_along_the_hierarchy_with_its_villages_ranked() {
        var village = new Division(600, "350604100001", "石码社区", Division.Level.VILLAGE, SHIMA.id());
        when(history.lineage(SHIMA.code())).thenReturn(new Lineage(node(SHIMA), List.of(), List.of()));
        when(frameReads.pathFrom(CITY.id(), SHIMA.code())).thenReturn(List.of(CITY, LONGHAI_QU, SHIMA));
        when(divisions.childrenIn(SHIMA.id(), 2021)).thenReturn(List.of(village));
        when(indicators.targetsUnder(SHIMA.id(), 2021)).thenReturn(List.of(target(BAYS, SHIMA, "20")));
        when(repository.latestApprovedMonth(2021)).thenReturn(12);
        when(repository.unitCellsByMonth(SHIMA.id(), 2021, 12, true))
                .thenReturn(List.of(month(cell(BAYS, null, "30"), 12), month(cell(BAYS, village, "30"), 12)));
        // last year the same village reported: a total of other units would be no 同比 (totalsComparable)
        when(repository.unitCells(SHIMA.id(), 2020, 1, 12, true))
                .thenReturn(List.of(cell(BAYS, null, "12"), cell(BAYS, village, "12")));

        var page = service.computeDashboard(DashboardFilter.year(2021).withDivision(SHIMA.code()));

        assertThat(page.focus()).isEqualTo(SHIMA);
        assertThat(page.cityWide()).as("the town ranks its own children").isTrue();
        assertThat(page.counties()).containsExactly(village);
        assertThat(page.path()).containsExactly(CITY, LONGHAI_QU, SHIMA);
        assertThat(page.value(BAYS, null)).contains(bd("30"));
        assertThat(page.value(BAYS, village.id())).contains(bd("30"));
        assertThat(page.change(BAYS, null)).contains(bd("18"));
        assertThat(page.target(BAYS, null)).map(Target::value).contains(bd("20"));
        assertThat(page.towns()).isEmpty();
        verify(repository, never()).cellsByMonth(anyInt(), anyInt(), anyInt(), anyBoolean());
        verify(repository).unitYears(SHIMA.id(), 2017, 2021);
    }

    @Test
    void a_province_installation_ranks_its_cities_by_their_values_along_the_hierarchy() {
        var province = new Division(100, "350000", "福建省", Division.Level.PROVINCE, null);
        var zhangzhou = new Division(1, "350600", "漳州市", Division.Level.CITY, 100);
        when(divisions.city()).thenReturn(province);
        when(divisions.childrenIn(province.id(), 2021)).thenReturn(List.of(zhangzhou));
        when(repository.latestApprovedMonth(2021)).thenReturn(12);
        when(repository.unitCellsByMonth(province.id(), 2021, 12, true))
                .thenReturn(List.of(month(cell(ROADS, null, "117"), 12), month(cell(ROADS, zhangzhou, "117"), 12)));

        var page = service.computeDashboard(DashboardFilter.year(2021));

        assertThat(page.focus()).isEqualTo(province);
        assertThat(page.counties()).containsExactly(zhangzhou);
        assertThat(page.path()).containsExactly(province);
        assertThat(page.ranking(ROADS).values()).containsExactly(bd("117"));
        verify(divisions, never()).countiesIn(anyInt());
        verify(repository, never()).cellsByMonth(anyInt(), anyInt(), anyInt(), anyBoolean());
    }

    @Test
    void the_demo_note_and_the_corrections_behind_a_figure_come_from_the_database_for_a_signed_in_reader() {
        when(repository.illustrative(2020)).thenReturn(true);
        when(divisions.city()).thenReturn(CITY_ROOT);
        assertThat(service.illustrativeNote(2020, CITY_ROOT))
                .contains(new IllustrativeNote("dashboard.illustrativeSplit", "division.whole.city"));
        assertThat(service.illustrativeNote(2021, CITY_ROOT)).isEmpty();
        var correction = new Correction(
                2020,
                12,
                "芗城区",
                new Correction.Value(bd("18"), false),
                new Correction.Value(bd("19"), false),
                "补报一所学校",
                "芗城区统计员",
                "审核员",
                DEC_31);
        when(corrections.corrections(ROADS.id(), XIANGCHENG.id(), 2020, 1, 12)).thenReturn(List.of(correction));
        assertThat(service.corrections(2020, 1, 12, ROADS.id(), XIANGCHENG.id()))
                .containsExactly(correction);
        verify(currentUser, times(3)).require(Role.values());
    }
}
