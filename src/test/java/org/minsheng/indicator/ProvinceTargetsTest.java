package org.minsheng.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.minsheng.db.Tables.PERIOD;
import static org.minsheng.db.Tables.TARGET;
import static org.minsheng.support.Catalogue.auditCount;
import static org.minsheng.support.Catalogue.divisionId;
import static org.minsheng.support.Catalogue.indicatorId;
import static org.minsheng.support.SignedIn.as;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.db.enums.PeriodStatus;
import org.minsheng.division.Division;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.ProvinceDemo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets on the province demo (福建省 as the root): the province, its cities and their counties each
 * have their own, last year's are copied into the new year at every level, and each unit's dashboard
 * colours its tiles by its own target. Rolled back after each test.
 */
@IntegrationTest
@ProvinceDemo
@DirtiesContext
@Transactional
class ProvinceTargetsTest {

    @Autowired
    TargetAdminService targets;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void targets_of_the_province_a_city_and_a_county_are_copied_into_the_next_year_and_colour_each_units_tiles() {
        int road = indicatorId(db, "road_widening");
        int fujian = divisionId(db, "350000");
        int zhangzhou = divisionId(db, "350600");
        int zhangpu = divisionId(db, "350623");
        // the demo's 2020 targets are 漳州市's: here 2020 starts from nothing but what 2019 had, as a year
        // whose targets are set before anything of it is published (copying into a published one is refused)
        db.deleteFrom(TARGET).where(TARGET.YEAR.eq((short) 2020)).execute();
        db.update(PERIOD)
                .set(PERIOD.STATUS, PeriodStatus.closed)
                .setNull(PERIOD.PUBLISHED_AT)
                .where(PERIOD.YEAR.in((short) 2019, (short) 2020))
                .execute();
        as("admin", () -> {
            assertThat(targets.divisions(2019))
                    .extracting(Division::code)
                    .startsWith("350000")
                    .contains("350100", "350600", "350623")
                    .allSatisfy(code -> assertThat(code).hasSize(6));
            // the province a little below its 2020 result, 漳州市 far above its own: one met, one missed
            targets.create(road, fujian, 2019, TargetDirection.INCREASE_TO, new BigDecimal("100"), null);
            targets.create(road, zhangzhou, 2019, TargetDirection.INCREASE_TO, new BigDecimal("999"), null);
            targets.create(road, zhangpu, 2019, TargetDirection.INCREASE_TO, new BigDecimal("12.5"), null);
            assertThat(targets.copyFromLastYear(2020)).isEqualTo(3);
            assertThat(targets.list(2020, fujian))
                    .as("the province's page: its own target and its cities'")
                    .extracting(TargetRow::divisionCode)
                    .containsExactly("350000", "350600");
            assertThat(targets.list(2020, zhangzhou))
                    .as("漳州市's page: its own and its counties'")
                    .extracting(TargetRow::divisionCode, t -> t.value().stripTrailingZeros())
                    .containsExactly(tuple("350600", new BigDecimal("999")), tuple("350623", new BigDecimal("12.5")));
        });
        // published again, as the demo has them: a year not over has its targets in progress, neither met nor
        // missed, and the tiles below are of a finished year's
        db.update(PERIOD)
                .set(PERIOD.STATUS, PeriodStatus.published)
                .set(PERIOD.PUBLISHED_AT, OffsetDateTime.now())
                .where(PERIOD.YEAR.in((short) 2019, (short) 2020))
                .execute();

        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
        var province = tile("road_widening");
        assertThat(text(province)).contains("目标 100").contains("已完成");
        assertThat(((HasStyle) province).getClassNames()).contains("met");

        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "350600")));
        var city = tile("road_widening");
        assertThat(text(city)).contains("目标 999").contains("未完成");
        assertThat(((HasStyle) city).getClassNames()).contains("missed");
    }

    @Test
    void last_years_targets_of_a_renamed_county_go_to_its_successor_below_the_province() {
        int road = indicatorId(db, "road_widening");
        as("admin", () -> {
            var copied = targets.copyFromLastYear(2021);
            assertThat(copied).isPositive();
            assertThat(targets.list(2021, divisionId(db, "350600")))
                    .as("龙海市's 2020 target is 龙海区's in 2021")
                    .anyMatch(t -> t.divisionCode().equals("350604") && t.indicatorId() == road)
                    .noneMatch(t -> t.divisionCode().equals("350681"));
        });
    }

    @Test
    void a_unit_outside_the_province_or_closed_that_year_is_refused_and_nothing_is_written() {
        int dropouts = indicatorId(db, "dropouts");
        int audited = auditCount(db);
        int before = db.fetchCount(TARGET);
        as("admin", () -> {
            // the country is the province's parent: above the installation's root
            var country = divisionId(db, Division.COUNTRY_CODE);
            assertRefused(
                    () -> targets.create(dropouts, country, 2021, TargetDirection.REACH_ZERO, BigDecimal.ZERO, null));
            assertRefused(() -> targets.list(2021, country));
            // 龙海市 became 龙海区 in 2021
            assertRefused(() -> targets.create(
                    dropouts, divisionId(db, "350681"), 2021, TargetDirection.REACH_ZERO, BigDecimal.ZERO, null));
        });
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(db.fetchCount(TARGET)).isEqualTo(before);
    }

    private static Component tile(String indicator) {
        return LocatorJ._find(Component.class).stream()
                .filter(c -> indicator.equals(c.getElement().getAttribute("data-indicator")))
                .filter(c -> c.getElement().getClassList().contains("tile"))
                .findFirst()
                .orElseThrow();
    }

    private static String text(Component tile) {
        return tile.getElement().getProperty("innerHTML");
    }

    private static void assertRefused(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo("catalogue.target.error.division");
    }
}
