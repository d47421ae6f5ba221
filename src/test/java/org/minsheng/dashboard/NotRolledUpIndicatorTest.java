package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.indicator;
import static org.minsheng.support.SignedIn.as;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.RollupSql.Source;
import org.minsheng.publication.PublicationService;
import org.minsheng.publication.YearInReview;
import org.minsheng.support.ProvinceRoot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * 牵头市直部门 and 整治问题类别 are reported by each city and not rolled up (rule none, 「市级直接填报，不汇总」).
 * With 漳州市's 17 and 厦门市's 12 lead departments, 福建省's page ranks the two cities' own figures and shows
 * no total of its own: the province demo printed their sum (「督促136个市直部门分别牵头」) on its tiles and in
 * its year-in-review. 漳州市's own page keeps its 17.
 */
@IntegrationTest
@TestPropertySource(properties = {"minsheng.test.database=province-root", "minsheng.city-code=350000"})
@DirtiesContext
@Transactional
class NotRolledUpIndicatorTest {

    private static final DashboardFilter YEAR_2020 = DashboardFilter.year(2020);

    @Autowired
    DashboardService dashboards;

    @Autowired
    DashboardRepository repository;

    @Autowired
    PublicationService publications;

    @Autowired
    DSLContext db;

    @Test
    void the_province_shows_each_citys_lead_departments_and_no_sum_of_them() {
        xiamenLeadDepartments();

        var page = as("leader", () -> dashboards.dashboard(YEAR_2020));
        var lead = indicator(page, "lead_departments");

        assertThat(page.value(lead, city("350600")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("17"));
        assertThat(page.value(lead, city("350200")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12"));
        assertThat(page.cell(lead, null))
                .as("no total of the province: 17 + 12 departments are no count of anything")
                .isEmpty();
        assertThat(page.years(lead)).as("nor a year of it in the years chart").isEmpty();
        assertThat(page.value(indicator(page, "meal_schools"), null))
                .as("a rule of sum still adds the cities up")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("196"));

        var review = as("comms", () -> publications.yearInReview(2020, null));
        assertThat(review.lede()).doesNotContain("29个").doesNotContain("牵头市直部门");
        assertThat(review.gaps()).doesNotContain("牵头市直部门", "整治问题类别");
        assertThat(line(review, "lead_departments").value()).isEqualTo("不汇总");

        var zhangzhou = as("leader", () -> dashboards.dashboard(YEAR_2020.withDivision("350600")));
        assertThat(zhangzhou.value(lead, null))
                .as("the city's own figure, as the city reports it")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("17"));
        assertThat(as("comms", () -> publications.yearInReview(2020, "350600")).lede())
                .contains("督促17个市直部门分别牵头");
    }

    /** Where the province accepts its cities' years, the totals are rolled up again in Java (TotalsByRule). */
    @Test
    void a_province_that_accepts_its_cities_sums_no_lead_departments_either() {
        xiamenLeadDepartments();
        db.execute("insert into approval_level (level) values ('city'), ('province')");
        db.execute("""
                insert into unit_acceptance (division_id, year, status, decided_by)
                select d.id, 2020, 'accepted', u.id from division d cross join app_user u
                where d.code in ('350600', '350200') and u.username = 'reviewer'""");

        var page = as("leader", () -> dashboards.dashboard(YEAR_2020));
        var lead = indicator(page, "lead_departments");

        assertThat(page.value(lead, city("350200")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12"));
        assertThat(page.cell(lead, null)).isEmpty();
        assertThat(page.years(lead)).isEmpty();
    }

    /** Both reads, pre-aggregated and live, in every window form: the province has no row of its own. */
    @Test
    void neither_roll_up_gives_the_province_a_total_of_lead_departments() {
        xiamenLeadDepartments();
        int province = id("division", "350000");
        int lead = id("indicator", "lead_departments");

        for (var source : Source.values()) {
            for (int[] window : new int[][] {{1, 12}, {12, 12}, {10, 12}, {11, 12}}) {
                assertThat(repository.levels(source, province, 2020, window[0], window[1], true, true))
                        .as(source + " " + window[0] + ".." + window[1])
                        .filteredOn(c -> c.cell().indicatorId() == lead)
                        .extracting(c -> c.cell().divisionId())
                        .containsExactlyInAnyOrder(city("350600"), city("350200"));
            }
            assertThat(repository.levelYears(source, province, 2020, 2020).stream()
                            .filter(r -> r.get("indicator_id", Integer.class) == lead)
                            .map(r -> r.get("division_id", Integer.class)))
                    .as(source + " years")
                    .containsExactlyInAnyOrder(city("350600"), city("350200"));
            assertThat(repository.rollup(source, province, 2020, 1, 12, true, true))
                    .as(source + ": the root's own roll-up, which the phrase preview reads")
                    .filteredOn(c -> c.cell().indicatorId() == lead && c.cell().isTotal())
                    .isEmpty();
            assertThat(repository.rollupByGroupingSets(source, province, 2020, 1, 12, true, true))
                    .filteredOn(c -> c.cell().indicatorId() == lead && c.cell().isTotal())
                    .isEmpty();
        }
    }

    /** 厦门市 (with 思明区's 40 schools) and its own 12 lead departments of 2020, approved. */
    private void xiamenLeadDepartments() {
        ProvinceRoot.addXiamen(db);
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status, approved_value,
                                    approved_not_applicable, approved_at, revision)
                select i.id, d.id, p.id, t.value, 'approved', t.value, false, now(), 1
                from (values ('350200', 'lead_departments', 'year', null::int, 12),
                             ('350203', 'meal_schools', 'month', 12, 40)) as t (unit, code, kind, month, value)
                join division d on d.code = t.unit
                join indicator i on i.code = t.code
                join period p on p.year = 2020 and p.kind::text = t.kind and p.month is not distinct from t.month""");
    }

    private YearInReview.Line line(YearInReview review, String code) {
        return review.sections().stream()
                .flatMap(s -> s.lines().stream())
                .filter(l -> l.indicatorCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private int city(String code) {
        return id("division", code);
    }

    private int id(String table, String code) {
        return db.fetchSingle("select id from " + table + " where code = ?", code)
                .get(0, Integer.class);
    }
}
