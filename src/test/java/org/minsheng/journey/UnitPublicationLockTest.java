package org.minsheng.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.minsheng.figure.Cell;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.Finding;
import org.minsheng.figure.ReviewService;
import org.minsheng.importing.ImportService;
import org.minsheng.publication.UnitPublicationService;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A published figure changes only through a recorded correction with its reason, also when the unit
 * that published it is a city of a province whose period is still open: once 漳州市 released its 2021,
 * 漳浦县's January asks for a reason, its approval is a correction carrying it, and an import (which has
 * no reasons) is refused; 厦门市, which has not published, enters as before.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"minsheng.test.database=unit-lock", "minsheng.city-code=350000", "minsheng.demo-province=true"})
@DirtiesContext
class UnitPublicationLockTest {

    private static final int YEAR = 2021;

    @Autowired
    FigureService entry;

    @Autowired
    ReviewService review;

    @Autowired
    UnitPublicationService unitPublications;

    @Autowired
    ImportService imports;

    @Autowired
    DSLContext db;

    @Test
    void after_a_city_published_its_year_its_countys_figures_change_only_as_reasoned_corrections() {
        int january = Catalogue.monthId(db, YEAR, 1);
        int zhangpu = Catalogue.divisionId(db, "350623");
        int siming = Catalogue.divisionId(db, "350203");
        ProvinceYearJourneyTest.enterAndSubmit(
                entry, "stat-zhangpu", january, zhangpu, ProvinceYearJourneyTest.ZHANGPU);
        as("reviewer-zhangzhou", () -> review.approveDivision(january, zhangpu));
        as("reviewer-zhangzhou", () -> unitPublications.publish(YEAR, "350600"));

        var sheet = as("stat-zhangpu", () -> entry.sheet(january));
        assertThat(sheet.correcting(unit(sheet.divisions(), zhangpu))).isTrue();
        var simingSheet = as("stat-siming", () -> entry.sheet(january));
        assertThat(simingSheet.correcting(unit(simingSheet.divisions(), siming)))
                .as("厦门市 has not published")
                .isFalse();

        // without a reason: refused, and the figure keeps its published 40
        var schools = meal(sheet.cells(), zhangpu);
        var refused = as(
                "stat-zhangpu",
                () -> entry.save(new FigureInput(
                        schools.key(), "41", false, "更正", schools.workflow().version(), null)));
        assertThat(refused.errors())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.unitCorrectionNeedsReason");
        assertThat(working(zhangpu, january)).isEqualByComparingTo("40");

        // with a reason: saved, submitted, and its approval is a correction carrying the reason
        var saved = as(
                "stat-zhangpu",
                () -> entry.save(new FigureInput(
                        schools.key(), "41", false, "更正", schools.workflow().version(), "漏报一所学校")));
        assertThat(saved.errors()).isEmpty();
        as("stat-zhangpu", () -> entry.submit(january, zhangpu));
        as("reviewer-zhangzhou", () -> review.approveDivision(january, zhangpu));
        assertThat(db.resultQuery("""
                                select r.reason from figure_revision r join figure f on f.id = r.figure_id
                                join indicator i on i.id = f.indicator_id
                                where f.division_id = ? and f.period_id = ? and i.code = 'meal_schools'
                                  and r.revision = 2""", zhangpu, january).fetchOne(0, String.class))
                .isEqualTo("漏报一所学校");
        assertThat(db.fetchCount(db.selectFrom("audit_entry").where("action = 'approve_correction'")))
                .isEqualTo(1);

        // a file carries no reasons: an import into 漳浦县 is refused cell by cell, 思明区's is not
        var file = ("区县,指标,期间,数值\r\n漳浦县,meal_schools,2021-01,42\r\n思明区,meal_schools,2021-01,25\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var zhangpuFile = as("stat-zhangpu", () -> imports.preview("zhangpu.csv", file));
        assertThat(zhangpuFile.problems()).extracting(p -> p.messageKey()).contains("figure.error.unitPublished");
        assertThat(zhangpuFile.committable()).isFalse();
        var simingFile = as("stat-siming", () -> imports.preview("siming.csv", file));
        assertThat(simingFile.problems()).extracting(p -> p.messageKey()).doesNotContain("figure.error.unitPublished");
    }

    private BigDecimal working(int unit, int period) {
        return db.resultQuery("""
                        select f.value from figure f join indicator i on i.id = f.indicator_id
                        where f.division_id = ? and f.period_id = ? and i.code = 'meal_schools'""", unit, period).fetchOne(0, BigDecimal.class);
    }

    private static Cell meal(List<Cell> cells, int unit) {
        return cells.stream()
                .filter(c ->
                        c.key().divisionId() == unit && c.indicator().code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
    }

    private static Division unit(List<Division> units, int id) {
        return units.stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }
}
