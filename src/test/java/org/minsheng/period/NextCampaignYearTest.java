package org.minsheng.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.divisionId;
import static org.minsheng.support.Catalogue.indicatorId;
import static org.minsheng.support.Catalogue.monthId;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.CellState;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetDirection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator prepares the next campaign years (2021 has only January so far, 2022 nothing),
 * carries 2020's targets into 2021, and the statisticians can report at once.
 */
@IntegrationTest
@Transactional
class NextCampaignYearTest {

    @Autowired
    CalendarService calendar;

    @Autowired
    TargetAdminService targets;

    @Autowired
    IndicatorService catalogue;

    @Autowired
    FigureService entry;

    @Autowired
    DSLContext db;

    @Test
    void the_administrator_opens_2021_and_2022_and_a_statistician_reports_march_2021() {
        assertThat(as("admin", () -> calendar.createYear(2021))).isEqualTo(12);
        assertThat(as("admin", () -> calendar.createYear(2022))).isEqualTo(13);
        assertThat(as("admin", () -> targets.copyFromLastYear(2021)))
                .as("all of 2020's, 龙海 and 长泰 to their successors")
                .isEqualTo(61);

        int city = divisionId(db, "350600");
        assertThat(as("leader", () -> catalogue.targets(city, 2021))).hasSize(6).anySatisfy(t -> {
            assertThat(t.indicatorId()).isEqualTo(indicatorId(db, "dropouts"));
            assertThat(t.direction()).isEqualTo(TargetDirection.REACH_ZERO);
        });

        int march = monthId(db, 2021, 3);
        assertThat(as("stat-xiangcheng", () -> entry.periodsForEntry()))
                .anySatisfy(p -> assertThat(p.id()).isEqualTo(march));
        var key = new CellKey(indicatorId(db, "passing_bays"), divisionId(db, "350602"), march);
        var saved = as("stat-xiangcheng", () -> entry.save(FigureInput.of(key, "5", 0)));
        assertThat(saved.saved()).isTrue();
        assertThat(saved.cell().state()).isEqualTo(CellState.DRAFT);
        assertThat(saved.cell().value()).isEqualByComparingTo(BigDecimal.valueOf(5));
    }
}
