package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.period.CalendarService;
import org.minsheng.period.PeriodService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offices often hold only year totals. The year period's sheet held only the annual indicators, so
 * cumulative monthly ones had to go into December, no page said so, and every month of the year was
 * overdue. The year sheet now offers them as the year total (the December cumulative), stored once;
 * a year declared "annual reporting only" has no overdue month.
 */
@IntegrationTest
@Transactional
class AnnualTotalsTest {

    private static final Map<String, String> YEAR_TOTALS = Map.of(
            "meal_schools",
            "31",
            "dropouts",
            "0",
            "family_doctor",
            "41000",
            "road_widening",
            "12.5",
            "passing_bays",
            "17",
            "cross_inspected",
            "30");

    @Autowired
    FigureService entry;

    @Autowired
    ReviewService review;

    @Autowired
    TrackerService trackers;

    @Autowired
    CalendarService calendar;

    @Autowired
    PeriodService periods;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @Test
    void an_annual_only_year_takes_year_totals_counts_them_once_and_has_no_overdue_month() {
        as("admin", () -> calendar.createYear(2022));
        var year = as("admin", () -> calendar.calendar()).stream()
                .filter(p -> p.year() == 2022 && p.isYear())
                .findFirst()
                .orElseThrow();
        as("admin", () -> calendar.setAnnualOnly(year.id(), year.version(), true));
        assertThat(as("leader", () -> periods.annualOnly(2022))).isTrue();
        assertThat(db.fetchCount(db.selectFrom("audit_entry").where("action = 'period.annual_only'")))
                .isEqualTo(1);

        var sheet = as("stat-xiangcheng", () -> entry.sheet(year.id()));
        assertThat(sheet.indicators())
                .extracting(i -> i.code())
                .as("every indicator of the year, the cumulative monthly ones as year totals")
                .containsExactlyInAnyOrderElementsOf(YEAR_TOTALS.keySet());
        var xiangcheng = sheet.divisions().getFirst().id();
        var meals = sheet.cells().stream()
                .filter(c -> c.indicator().code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
        as("stat-xiangcheng", () -> entry.save(FigureInput.of(meals.key(), "31", meals.version())));
        assertThat(as("stat-xiangcheng", () -> entry.submit(year.id(), xiangcheng))
                        .problems())
                .as("in an annual-only year the year totals are required")
                .extracting(Finding::messageKey)
                .contains("figure.error.missing");
        for (var cell : as("stat-xiangcheng", () -> entry.sheet(year.id())).cells()) {
            if (cell.isEmpty()) {
                var saved = as(
                        "stat-xiangcheng",
                        () -> entry.save(FigureInput.of(
                                cell.key(), YEAR_TOTALS.get(cell.indicator().code()), cell.version())));
                assertThat(saved.errors()).as(cell.indicator().code()).isEmpty();
            }
        }
        assertThat(as("stat-xiangcheng", () -> entry.submit(year.id(), xiangcheng))
                        .submitted())
                .isEqualTo(6);
        as("reviewer", () -> review.approvePeriod(year.id()));
        as("reviewer", () -> review.publish(year.id()));

        // stored once: the months of the year refuse what the year total already says
        var january = periodId(2022, 1);
        var januaryMeals = new CellKey(meals.key().indicatorId(), xiangcheng, january);
        assertThat(as("stat-xiangcheng", () -> entry.save(FigureInput.of(januaryMeals, "3", 0)))
                        .errors())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.reportedAsYearTotal");
        assertThat(db.fetchCount(db.selectFrom("figure").where("period_id = ?", january)))
                .isZero();

        // the dashboard's year is the year total, for the district, the city and the years chart
        var page = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2022)));
        var mealSchools = meals.indicator();
        assertThat(page.cells())
                .filteredOn(c -> c.indicatorId() == mealSchools.id()
                        && Integer.valueOf(xiangcheng).equals(c.divisionId()))
                .extracting(c -> c.value())
                .containsExactly(new BigDecimal("31"));
        assertThat(page.years(mealSchools))
                .filteredOn(p -> p.year() == 2022)
                .extracting(p -> p.value())
                .containsExactly(new BigDecimal("31"));

        // its months are never overdue, though their due dates are long past
        var tracker = as("reviewer", () -> trackers.tracker(january));
        assertThat(tracker.rows()).isNotEmpty().noneMatch(Tracker.Row::overdue);
    }

    @Test
    void in_a_monthly_year_the_year_total_is_optional_and_refused_where_the_months_were_reported() {
        int year2021 = db.fetchSingle("insert into period (kind, year, month, due_on, status) "
                        + "values ('year', 2021, null, date '2022-01-20', 'open') returning id")
                .get(0, Integer.class);
        var sheet = as("stat-xiangcheng", () -> entry.sheet(year2021));
        var mealsTotal = sheet.cells().stream()
                .filter(c -> c.indicator().code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
        var december2020 = db.fetchSingle(
                        "select f.approved_value from figure f join indicator i on i.id = f.indicator_id "
                                + "where i.code = 'meal_schools' and f.division_id = ? and f.period_id = ?",
                        mealsTotal.key().divisionId(),
                        periodId(2020, 12))
                .get(0, BigDecimal.class);
        assertThat(mealsTotal.previousValue())
                .as("a year total is compared with last year's December cumulative")
                .isEqualByComparingTo(december2020);
        assertThat(mealsTotal.lastYearValue()).isEqualByComparingTo(december2020);
        var cross = sheet.cells().stream()
                .filter(c -> c.indicator().code().equals("cross_inspected"))
                .findFirst()
                .orElseThrow();
        var saved = as("stat-xiangcheng", () -> entry.save(new FigureInput(cross.key(), "30", false, "全年检查", 0, null)));
        assertThat(saved.errors()).isEmpty();
        var submitted = as(
                "stat-xiangcheng",
                () -> entry.submit(year2021, sheet.divisions().getFirst().id()));
        assertThat(submitted.problems())
                .as("empty year totals of monthly indicators do not block")
                .isEmpty();
        assertThat(submitted.submitted()).isEqualTo(1);

        // 2020 was reported by month: its published year period refuses a year total, even as a correction
        int year2020 = periodId(2020, null);
        var meals = as("stat-xiangcheng", () -> entry.sheet(year2020)).cells().stream()
                .filter(c -> c.indicator().code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
        assertThat(meals.isEmpty()).isTrue();
        var refused =
                as("stat-xiangcheng", () -> entry.save(new FigureInput(meals.key(), "40", false, null, 0, "年度合计")));
        assertThat(refused.errors()).extracting(Finding::messageKey).containsExactly("figure.error.reportedMonthly");
        assertThat(refused.errors().getFirst().parameters()).containsExactly("2020");
    }

    @Test
    void only_a_year_period_not_yet_published_can_be_declared_annual_only() {
        var january = as("admin", () -> calendar.calendar()).stream()
                .filter(p -> !p.isYear())
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> as("admin", () -> calendar.setAnnualOnly(january.id(), january.version(), true)))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.calendar.error.notAYear");
        var year2020 = as("admin", () -> calendar.calendar()).stream()
                .filter(p -> p.isYear() && p.year() == 2020)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> as("admin", () -> calendar.setAnnualOnly(year2020.id(), year2020.version(), true)))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.calendar.error.published");
        assertThat(as("admin", () -> periods.annualOnly(2020))).isFalse();
    }

    private int periodId(int year, Integer month) {
        return db.fetchSingle(
                        "select id from period where year = ? and month is not distinct from ?::smallint", year, month)
                .get(0, Integer.class);
    }
}
