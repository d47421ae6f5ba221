package org.minsheng.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.util.Map;
import org.jooq.DSLContext;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;

/**
 * The demo's first approval of 2021 as the workflow makes it: 芗城区's statistician enters and submits the
 * district's January (a sheet goes whole), the reviewer approves one cell of it, 营养改善计划学校. One
 * district of eleven, one month, one indicator: the only approved figure of 2021.
 */
public final class OneApprovedCell {

    private static final Map<String, String> JANUARY = Map.of(
            "meal_schools", "4", "dropouts", "0", "family_doctor", "3300", "road_widening", "0.3", "passing_bays", "1");

    private OneApprovedCell() {}

    public static void of2021(DSLContext db, FigureService entry, ReviewService reviews) {
        int january = Catalogue.monthId(db, 2021, 1);
        int xiangcheng = Catalogue.divisionId(db, "350602");
        for (var cell : as("stat-xiangcheng", () -> entry.sheet(january)).cells()) {
            var saved = as(
                    "stat-xiangcheng",
                    () -> entry.save(FigureInput.of(
                            cell.key(), JANUARY.get(cell.indicator().code()), cell.version())));
            assertThat(saved.errors()).isEmpty();
        }
        assertThat(as("stat-xiangcheng", () -> entry.submit(january, xiangcheng))
                        .submitted())
                .isEqualTo(JANUARY.size());
        var meals = as("stat-xiangcheng", () -> entry.sheet(january)).cells().stream()
                .filter(c -> c.indicator().code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
        as("reviewer", () -> reviews.approve(meals.key(), meals.version()));
        assertThat(db.fetchValue("select count(*) from figure f join period p on p.id = f.period_id"
                        + " where p.year = 2021 and f.revision > 0"))
                .as("one approved figure in 2021")
                .isEqualTo(1L);
    }
}
