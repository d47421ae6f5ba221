package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.security.District;
import org.minsheng.security.NewUser;
import org.minsheng.security.Role;
import org.minsheng.security.UserAdminService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators the city reports itself (牵头市直部门, 整治问题类别) had no possible author: scopes offered
 * only districts, and the sheets only county-level indicators, so a new year printed gaps. The
 * indicator's reporting level now decides who enters it, through the same draft → submit → approve
 * path as a district's figures.
 */
@IntegrationTest
@Transactional
class CityLevelIndicatorsTest {

    @Autowired
    FigureService entry;

    @Autowired
    ReviewService review;

    @Autowired
    TrackerService trackers;

    @Autowired
    UserAdminService users;

    @Autowired
    DSLContext db;

    private int year2021;

    @BeforeEach
    void the2021YearIsOpen() {
        year2021 = db.fetchSingle("insert into period (kind, year, month, due_on, status) "
                        + "values ('year', 2021, null, date '2022-01-20', 'open') returning id")
                .get(0, Integer.class);
    }

    @Test
    void the_city_statistician_enters_the_city_level_indicators_and_they_go_through_review() {
        assertThat(as("stat-city", () -> entry.periodsForEntry()))
                .as("the city reports nothing monthly")
                .isNotEmpty()
                .allMatch(p -> p.isYear());
        assertThat(as("stat-city", () -> entry.sheet(january())).divisions()).isEmpty();
        var sheet = as("stat-city", () -> entry.sheet(year2021));
        assertThat(sheet.divisions()).extracting(d -> d.code()).containsExactly("350600");
        assertThat(sheet.indicators())
                .extracting(i -> i.code())
                .containsExactly("lead_departments", "problem_categories");
        var values = Map.of("lead_departments", "21", "problem_categories", "9");
        for (var cell : sheet.cells()) {
            var saved = as(
                    "stat-city",
                    () -> entry.save(FigureInput.of(
                            cell.key(), values.get(cell.indicator().code()), cell.version())));
            assertThat(saved.errors()).as(cell.indicator().code()).isEmpty();
        }
        int city = sheet.divisions().getFirst().id();
        var submitted = as("stat-city", () -> entry.submit(year2021, city));
        assertThat(submitted.problems()).isEmpty();
        assertThat(submitted.submitted()).isEqualTo(2);

        assertThat(as("reviewer", () -> review.queue(year2021)))
                .extracting(c -> c.division().code() + " " + c.indicator().code() + " "
                        + c.value().toPlainString())
                .containsExactlyInAnyOrder("350600 lead_departments 21", "350600 problem_categories 9");
        assertThat(as("reviewer", () -> review.approvePeriod(year2021))).isEqualTo(2);
        assertThat(db.fetch(
                                "select a.action::text from audit_entry a join figure f on f.id = a.entity_id "
                                        + "and a.entity = 'figure' where f.period_id = ? and f.division_id = ?",
                                year2021,
                                city)
                        .getValues(0, String.class))
                .containsOnly("enter", "submit", "approve")
                .hasSize(6);

        var tracker = as("reviewer", () -> trackers.tracker(year2021));
        var cityRow = tracker.rows().stream()
                .filter(r -> r.division().code().equals("350600"))
                .findFirst()
                .orElseThrow();
        assertThat(cityRow.states()).hasSize(2).containsValues(CellState.APPROVED);
        var xiangcheng = tracker.rows().stream()
                .filter(r -> r.division().code().equals("350602"))
                .findFirst()
                .orElseThrow();
        assertThat(tracker.indicators()).extracting(i -> i.code()).contains("cross_inspected", "lead_departments");
        assertThat(xiangcheng.states().keySet())
                .as("a district has no state for a city-level indicator")
                .doesNotContain(id("lead_departments"), id("problem_categories"));
    }

    @Test
    void a_district_statistician_cannot_enter_a_city_level_indicator_nor_the_city_a_district_one() {
        var sheet = as("stat-xiangcheng", () -> entry.sheet(year2021));
        assertThat(sheet.divisions()).extracting(d -> d.code()).containsExactly("350602");
        assertThat(sheet.indicators())
                .extracting(i -> i.code())
                .contains("cross_inspected")
                .doesNotContain("lead_departments", "problem_categories");
        int xiangcheng = sheet.divisions().getFirst().id();
        var cityLevelAtDistrict = new CellKey(id("lead_departments"), xiangcheng, year2021);
        assertThatThrownBy(() -> as("stat-xiangcheng", () -> entry.save(FigureInput.of(cityLevelAtDistrict, "3", 0))))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("figure.error.notReported");
        var cityCell = new CellKey(id("lead_departments"), cityId(), year2021);
        assertThatThrownBy(() -> as("stat-xiangcheng", () -> entry.save(FigureInput.of(cityCell, "3", 0))))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("figure.error.outOfScope");
        var districtLevelAtCity = new CellKey(id("cross_inspected"), cityId(), year2021);
        assertThatThrownBy(() -> as("stat-city", () -> entry.save(FigureInput.of(districtLevelAtCity, "3", 0))))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("figure.error.notReported");
        assertThat(db.fetchCount(db.selectFrom("figure").where("period_id = ?", year2021)))
                .isZero();
    }

    @Test
    void an_administrator_can_scope_a_statistician_to_the_city_itself() {
        List<District> units = as("admin", () -> users.districts());
        assertThat(units.getFirst().code()).isEqualTo("350600");
        assertThat(units.getFirst().city()).isTrue();
        assertThat(units.subList(1, units.size())).noneMatch(District::city);
        var created = as(
                "admin",
                () -> users.create(new NewUser(
                        "stat-city-2", "市本级统计员二", "a-long-password-1", Set.of(Role.STATISTICIAN), Set.of(cityId()))));
        assertThat(created.scope()).extracting(District::code).containsExactly("350600");
        var sheet = as("stat-city-2", () -> entry.sheet(year2021));
        assertThat(sheet.cells()).hasSize(2);
    }

    private int id(String indicatorCode) {
        return db.fetchSingle("select id from indicator where code = ?", indicatorCode)
                .get(0, Integer.class);
    }

    private int january() {
        return db.fetchSingle("select id from period where kind = 'month' and year = 2021 and month = 1")
                .get(0, Integer.class);
    }

    private int cityId() {
        return db.fetchSingle("select id from division where code = '350600'").get(0, Integer.class);
    }
}
