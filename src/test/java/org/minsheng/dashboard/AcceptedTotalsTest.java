package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.indicator;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.minsheng.security.ReadingScope;
import org.minsheng.support.ProvinceRoot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * 福建省 accepts its cities' years (approval levels {city, province}): its page counts a city only once
 * the province accepted that city's year, by each indicator's own rule, and lists the others with their
 * values outside the totals. Two cities report: 漳州市 (the demo, 芗城区 reporting the indicators added
 * here) and 厦门市 (思明区).
 */
@IntegrationTest
@TestPropertySource(properties = {"minsheng.test.database=province-root", "minsheng.city-code=350000"})
@DirtiesContext
@Transactional
class AcceptedTotalsTest {

    private static final DashboardFilter YEAR_2020 = DashboardFilter.year(2020);

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @BeforeEach
    void xiamenReportsBesideZhangzhou() {
        ProvinceRoot.addXiamen(db);
        // a largest, a smallest, a ratio of two counts, and one every district of 漳州市 reports as not applicable
        for (var added : new String[][] {
            {"longest_wait", "max", null, null},
            {"shortest_wait", "min", null, null},
            {"signed_up", "sum", null, null},
            {"registered", "sum", null, null},
            {"signed_up_rate", "ratio", "signed_up", "registered"},
            {"canteens_closed", "sum", null, null}
        }) {
            db.execute(
                    """
                    insert into indicator (code, name_zh, name_en, short_name_zh, short_name_en, unit_zh, unit_en,
                                           value_type, scale, aggregation, numerator_id, denominator_id,
                                           accumulation, frequency, direction, category_id, display_order)
                    select ?, ?, ?, ?, ?, unit_zh, unit_en, case when ? = 'ratio' then 'percentage'::value_type
                           else value_type end, case when ? = 'ratio' then 1 else 0 end, ?::aggregation_rule,
                           (select id from indicator where code = ?), (select id from indicator where code = ?),
                           accumulation, frequency, direction, category_id, 90
                    from indicator where code = 'meal_schools'""",
                    added[0],
                    added[0],
                    added[0],
                    added[0],
                    added[0],
                    added[1],
                    added[1],
                    added[1],
                    added[2],
                    added[3]);
        }
        figure("350203", "meal_schools", 40);
        figure("350602", "longest_wait", 5);
        figure("350203", "longest_wait", 9);
        figure("350602", "shortest_wait", 5);
        figure("350203", "shortest_wait", 2);
        figure("350602", "signed_up", 30);
        figure("350602", "registered", 40);
        figure("350203", "signed_up", 10);
        figure("350203", "registered", 60);
        // every district 漳州市 counts in 2020: one district's 不适用 while the others have not reported is
        // the city's no data yet, not its 不适用 (V155)
        for (var district : db.fetch("""
                        select d.code from division d join division c on c.id = d.parent_id and c.code = '350600'
                        where d.valid_from <= date '2020-12-31'
                          and (d.valid_to is null or d.valid_to > date '2020-01-01')""").getValues(0, String.class)) {
            notApplicable(district, "canteens_closed");
        }
        figure("350203", "canteens_closed", 3);
        db.execute("insert into approval_level (level) values ('city'), ('province')");
        decide("350600", "accepted", null);
    }

    @Test
    void the_province_counts_only_the_accepted_city_by_each_rule_and_lists_the_other_as_pending() {
        decide("350200", "returned", "思明区学校数待核实");

        var page = as("leader", () -> dashboards.dashboard(YEAR_2020));

        assertThat(page.counties()).extracting(Division::name).containsExactly("厦门市", "漳州市");
        var xiamen = page.counties().getFirst();
        assertThat(page.acceptance().applies()).isTrue();
        assertThat(page.pendingUnits()).containsExactly(xiamen);
        assertThat(page.pending(xiamen)).hasValueSatisfying(p -> {
            assertThat(p.returned()).isTrue();
            assertThat(p.reason()).isEqualTo("思明区学校数待核实");
        });
        assertThat(page.value(indicator(page, "meal_schools"), xiamen.id()))
                .as("厦门市 is listed with its own value")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("40"));
        assertThat(total(page, "meal_schools")).as("漳州市's 156 schools, not 196").isEqualByComparingTo("156");
        assertThat(total(page, "longest_wait"))
                .as("the largest of the counted: 5, not 9")
                .isEqualByComparingTo("5");
        assertThat(total(page, "shortest_wait"))
                .as("the smallest of the counted: 5, not 2")
                .isEqualByComparingTo("5");
        assertThat(total(page, "signed_up_rate")).as("30 / 40").isEqualByComparingTo("75.0");
        var canteens = indicator(page, "canteens_closed");
        assertThat(page.notApplicable(canteens, null))
                .as("the only counted city says 不适用; 厦门市's 3 does not count")
                .isTrue();
        assertThat(page.value(canteens, null)).isEmpty();
        assertThat(page.ranking(indicator(page, "meal_schools")).districts())
                .as("the ranking still shows both")
                .extracting(Division::name)
                .containsExactly("漳州市", "厦门市");
        assertThat(page.yearSeries(indicator(page, "meal_schools")).values())
                .as("the years chart counts the accepted cities of each year")
                .last()
                .satisfies(v -> assertThat(v).isEqualByComparingTo("156"));
        assertThat(page.trend(indicator(page, "meal_schools"), null))
                .as("December's point of the trend, too")
                .filteredOn(p -> p.month() == 12)
                .singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("156"));
    }

    @Test
    void a_city_accepted_later_enters_the_totals_as_soon_as_the_decision_is_made() {
        var before = as("leader", () -> dashboards.dashboard(YEAR_2020));
        assertThat(before.pending(before.counties().getFirst()))
                .as("厦门市 is waiting, not returned")
                .hasValueSatisfying(p -> assertThat(p.returned()).isFalse());
        assertThat(total(before, "meal_schools")).isEqualByComparingTo("156");

        decide("350200", "accepted", null);

        var after = as("leader", () -> dashboards.dashboard(YEAR_2020));
        assertThat(after).as("the cached page was computed again").isNotSameAs(before);
        assertThat(after.pendingUnits()).isEmpty();
        assertThat(total(after, "meal_schools")).isEqualByComparingTo("196");
        assertThat(total(after, "longest_wait")).isEqualByComparingTo("9");
        assertThat(total(after, "shortest_wait")).isEqualByComparingTo("2");
        assertThat(total(after, "signed_up_rate"))
                .as("(30 + 10) / (40 + 60), not the average of 75.0 and 16.7")
                .isEqualByComparingTo("40.0");
        var canteens = indicator(after, "canteens_closed");
        assertThat(after.notApplicable(canteens, null)).isFalse();
        assertThat(after.value(canteens, null))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(after).isEqualTo(as("leader", () -> dashboards.computeDashboard(YEAR_2020)));
    }

    @Test
    void without_approval_levels_the_province_counts_every_city_as_before() {
        var accepting = as("leader", () -> dashboards.dashboard(YEAR_2020));
        assertThat(total(accepting, "meal_schools")).isEqualByComparingTo("156");

        // the administrator stops approval by level: the cached page and its frame are read again (V130)
        db.execute("delete from approval_level");

        var page = as("leader", () -> dashboards.dashboard(YEAR_2020));

        assertThat(page.acceptance().applies()).isFalse();
        assertThat(page.pendingUnits()).isEmpty();
        assertThat(total(page, "meal_schools")).isEqualByComparingTo("196");
        assertThat(total(page, "signed_up_rate")).isEqualByComparingTo("40.0");
    }

    @Test
    void a_city_page_below_the_accepting_province_counts_all_its_districts() {
        var page = as("leader", () -> dashboards.dashboard(YEAR_2020.withDivision("350200")));

        assertThat(page.acceptance().applies())
                .as("the city approves figures; it accepts nothing")
                .isFalse();
        assertThat(total(page, "meal_schools")).isEqualByComparingTo("40");
    }

    @Test
    void a_reader_limited_to_part_of_the_page_keeps_the_marks_of_their_units_and_hears_of_no_other() {
        decide("350200", "returned", "思明区学校数待核实");
        var page = as("leader", () -> dashboards.dashboard(YEAR_2020));
        var xiamen = page.counties().getFirst();
        var zhangzhou = page.counties().getLast();
        var everyUnit = db.fetch("select id from division").getValues(0, Integer.class);

        var whole = DashboardScope.limit(page, new ReadingScope("350000", "福建省", Set.copyOf(everyUnit)));
        assertThat(whole.pendingUnits()).containsExactly(xiamen);
        assertThat(whole.pending(xiamen)).isEqualTo(page.pending(xiamen));

        // a cut that leaves 厦门市 out must not name it, mark it or give its reason
        var cut = DashboardScope.limit(page, new ReadingScope("350600", "漳州市", Set.of(zhangzhou.id())));
        assertThat(cut.counties()).containsExactly(zhangzhou);
        assertThat(cut.acceptance().pending()).isEmpty();
        assertThat(cut.acceptance().applies()).isTrue();
    }

    private void figure(String unit, String indicator, int value) {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status, approved_value,
                                    approved_not_applicable, approved_at, revision)
                select i.id, d.id, p.id, ?, 'approved', ?, false, now(), 1
                from division d, indicator i, period p
                where d.code = ? and i.code = ? and p.year = 2020 and p.kind = 'month' and p.month = 12""", value, value, unit, indicator);
    }

    private void notApplicable(String unit, String indicator) {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, not_applicable, status,
                                    approved_value, approved_not_applicable, approved_at, revision)
                select i.id, d.id, p.id, null, true, 'approved', null, true, now(), 1
                from division d, indicator i, period p
                where d.code = ? and i.code = ? and p.year = 2020 and p.kind = 'month' and p.month = 12""", unit, indicator);
    }

    /** The province's decision on a city's 2020, as the approval workflow records it. */
    private void decide(String city, String status, String reason) {
        db.execute("""
                insert into unit_acceptance (division_id, year, status, reason, decided_by)
                select d.id, 2020, ?::acceptance_status, ?, u.id
                from division d, app_user u where d.code = ? and u.username = 'reviewer'
                on conflict (division_id, year) do update set status = excluded.status, reason = excluded.reason""", status, reason, city);
    }

    private static BigDecimal total(Dashboard page, String code) {
        return page.value(indicator(page, code), null).orElseThrow(() -> new AssertionError("no total of " + code));
    }
}
