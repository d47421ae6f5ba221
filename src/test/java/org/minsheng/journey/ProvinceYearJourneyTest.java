package org.minsheng.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.approval.AcceptanceStatus;
import org.minsheng.approval.ApprovalService;
import org.minsheng.base.RefusedException;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.division.Division;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.publication.PublicationService;
import org.minsheng.publication.UnitPublicationService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17's province year end to end, through the services each person's page calls, on the province
 * demo (approval levels city and province) in 2021, the year nobody has decided yet: county
 * statisticians of 漳州市 and 厦门市 enter and submit; each city's reviewer approves and publishes the
 * city's own year-in-review; the province accepts 漳州市 and returns 厦门市 with a reason; the province's
 * page counts 漳州市 and lists 厦门市 as returned; 厦门市 offers its year again, the province accepts it
 * and every other city, and publishes its own year, whose PDF carries both cities' figures.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "minsheng.test.database=province-journey",
            "minsheng.city-code=350000",
            "minsheng.demo-province=true"
        })
@DirtiesContext
class ProvinceYearJourneyTest {

    private static final int YEAR = 2021;
    /** What 漳浦县's and 思明区's statisticians type for January 2021, here and in the browser journey. */
    static final Map<String, String> ZHANGPU = Map.of(
            "meal_schools",
            "40",
            "dropouts",
            "0",
            "family_doctor",
            "3300",
            "road_widening",
            "1.5",
            "passing_bays",
            "6");

    static final Map<String, String> SIMING = Map.of(
            "meal_schools",
            "25",
            "dropouts",
            "0",
            "family_doctor",
            "2100",
            "road_widening",
            "2.5",
            "passing_bays",
            "4");

    @Autowired
    FigureService entry;

    @Autowired
    ReviewService review;

    @Autowired
    ApprovalService approvals;

    @Autowired
    UnitPublicationService unitPublications;

    @Autowired
    PublicationService publications;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @Test
    void a_province_year_from_the_counties_entry_to_the_provinces_pdf() throws Exception {
        int january = Catalogue.monthId(db, YEAR, 1);
        int zhangpu = Catalogue.divisionId(db, "350623");
        int siming = Catalogue.divisionId(db, "350203");
        int zhangzhou = Catalogue.divisionId(db, "350600");
        int xiamen = Catalogue.divisionId(db, "350200");

        // county statisticians of two cities enter January and submit
        enterAndSubmit(entry, "stat-zhangpu", january, zhangpu, ZHANGPU);
        enterAndSubmit(entry, "stat-siming", january, siming, SIMING);

        // the province's reviewer approves no figure of a county: that is the cities' level
        assertThatThrownBy(() -> as("reviewer", () -> review.approveDivision(january, zhangpu)))
                .isInstanceOf(RefusedException.class);
        // nor does a city's reviewer approve its neighbour's
        assertThatThrownBy(() -> as("reviewer-zhangzhou", () -> review.approveDivision(january, siming)))
                .isInstanceOf(RefusedException.class);

        // each city approves its counties' figures and publishes its own year-in-review
        assertThat(as("reviewer-zhangzhou", () -> review.approveDivision(january, zhangpu)))
                .isEqualTo(5);
        assertThat(as("reviewer-xiamen", () -> review.approveDivision(january, siming)))
                .isEqualTo(5);
        assertThat(as("reviewer-zhangzhou", () -> unitPublications.publish(YEAR, "350600"))
                        .published())
                .isTrue();
        assertThat(as("reviewer-xiamen", () -> unitPublications.publish(YEAR, "350200"))
                        .published())
                .isTrue();
        assertThat(PdfText.withoutSpaces(as("reviewer-zhangzhou", () -> publications.yearInReviewPdf(YEAR, "350600"))
                        .bytes()))
                .contains("漳州市纪委监委");

        // the province accepts 漳州市 and returns 厦门市 with a reason
        as("reviewer", () -> approvals.accept(zhangzhou, YEAR));
        as("reviewer", () -> approvals.returnUnit(xiamen, YEAR, "思明区家庭医生签约人数与卫健部门口径不一致，请核实"));

        // the province's page counts 漳州市 and shows 厦门市 as returned, with the reason, outside the total
        var page = as("leader", () -> dashboards.dashboard(DashboardFilter.year(YEAR)));
        var road = page.indicators().stream()
                .filter(i -> i.code().equals("road_widening"))
                .findFirst()
                .orElseThrow();
        assertThat(page.value(road, null)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.5"));
        var pendingXiamen = page.pending(unitOf(page.counties(), xiamen)).orElseThrow();
        assertThat(pendingXiamen.returned()).isTrue();
        assertThat(pendingXiamen.reason()).contains("口径不一致");
        assertThat(page.pending(unitOf(page.counties(), zhangzhou))).isEmpty();
        assertThat(page.value(road, xiamen))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.5"));

        // the province cannot publish while a city is not accepted
        assertThatThrownBy(() -> as("reviewer", () -> unitPublications.publish(YEAR, "350000")))
                .isInstanceOf(RefusedException.class);

        // 厦门市 sees why, offers its year again; the province accepts it and the cities that reported nothing
        assertThat(as("reviewer-xiamen", () -> approvals.ownYear(YEAR)).year().reason())
                .contains("口径不一致");
        as("reviewer-xiamen", () -> approvals.reoffer(YEAR));
        for (var city : as("reviewer", () -> approvals.queue(YEAR))) {
            if (city.status() != AcceptanceStatus.ACCEPTED) {
                as("reviewer", () -> approvals.accept(city.unit().id(), YEAR));
            }
        }
        var after = as("leader", () -> dashboards.dashboard(DashboardFilter.year(YEAR)));
        assertThat(after.value(road, null))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4.0"));
        assertThat(after.pendingUnits()).isEmpty();

        // after acceptance the province publishes its year and its PDF
        assertThat(as("reviewer", () -> unitPublications.publish(YEAR, "350000"))
                        .published())
                .isTrue();
        var pdf = as("reviewer", () -> publications.yearInReviewPdf(YEAR, "350000"));
        var text = PdfText.withoutSpaces(pdf.bytes());
        assertThat(text).contains("福建省纪委监委").contains("第1版").contains("漳州市").contains("厦门市");
        assertThat(pdf.fileName()).contains("2021");
    }

    /** The province's figures are generated: its PDF must not claim, as a city's demo does, to split a published total. */
    @Test
    void the_provinces_pdf_says_its_demo_figures_are_generated_not_a_split_of_a_published_total() throws Exception {
        var text = PdfText.withoutSpaces(as("reviewer", () -> publications.yearInReviewPdf(2020, "350000"))
                .bytes());
        assertThat(text).contains("大部分为生成数据").doesNotContain("示意拆分，其合计与");
    }

    /** A county statistician types the values into the unit's sheet of the period, each explained, and submits. */
    static void enterAndSubmit(
            FigureService entry, String statistician, int period, int unit, Map<String, String> values) {
        var sheet = as(statistician, () -> entry.sheet(period));
        int saved = 0;
        for (var cell : sheet.cells()) {
            if (cell.key().divisionId() != unit
                    || !values.containsKey(cell.indicator().code())) {
                continue;
            }
            // every value explained, so no warning against the generated past years blocks the submission
            var result = as(
                    statistician,
                    () -> entry.save(new FigureInput(
                            cell.key(),
                            values.get(cell.indicator().code()),
                            false,
                            "县级统计员按月报送",
                            cell.workflow().version(),
                            null)));
            assertThat(result.errors()).as(cell.indicator().code()).isEmpty();
            saved++;
        }
        assertThat(saved).isEqualTo(5);
        var submitted = as(statistician, () -> entry.submit(period, unit));
        assertThat(submitted.problems()).isEmpty();
        assertThat(submitted.submitted()).isEqualTo(5);
    }

    private static Division unitOf(List<Division> units, int id) {
        return units.stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }
}
