package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.dashboard.DashboardFixture.BAYS;
import static org.minsheng.dashboard.DashboardFixture.DROPOUTS;
import static org.minsheng.dashboard.DashboardFixture.LEAD_DEPARTMENTS;
import static org.minsheng.dashboard.DashboardFixture.ROADS;
import static org.minsheng.dashboard.DashboardFixture.XIANGCHENG;
import static org.minsheng.dashboard.DashboardFixture.ZHANGPU;
import static org.minsheng.dashboard.DashboardFixture.bd;
import static org.minsheng.dashboard.DashboardFixture.cell;
import static org.minsheng.dashboard.DashboardFixture.dashboard;
import static org.minsheng.dashboard.DashboardFixture.target;

import org.junit.jupiter.api.Test;
import org.minsheng.indicator.TargetStatus;

/** The completion heat-map's cells: the percentage, the word and the shade a leader reads for a district. */
class CompletionTest {

    private static final DashboardFilter YEAR_2020 = DashboardFilter.year(2020);

    @Test
    void a_district_over_its_road_target_shows_its_percentage_as_met_in_a_deeper_blue() {
        var data = dashboard(YEAR_2020)
                .target(target(ROADS, XIANGCHENG, "12"))
                .cell(cell(ROADS, XIANGCHENG, "14.6"))
                .build();
        var completion = Completion.of(data, ROADS, XIANGCHENG.id()).orElseThrow();
        assertThat(completion.met()).isTrue();
        assertThat(completion.percent()).isEqualTo(bd("121.7"));
        assertThat(completion.statusKey()).isEqualTo("target.status.met");
        // 25 % + 121 / 3 = 65 %: darker than the 58 % of a target met exactly, so the text turns white
        assertThat(completion.blueOpacity()).isEqualTo(0.65);
        assertThat(completion.lightText()).isTrue();
    }

    @Test
    void a_district_short_of_its_target_is_missed_and_keeps_dark_text() {
        var data = dashboard(YEAR_2020)
                .target(target(BAYS, ZHANGPU, "40"))
                .cell(cell(BAYS, ZHANGPU, "30"))
                .build();
        var completion = Completion.of(data, BAYS, ZHANGPU.id()).orElseThrow();
        assertThat(completion.met()).isFalse();
        assertThat(completion.percent()).isEqualTo(bd("75.0"));
        assertThat(completion.statusKey()).isEqualTo("target.status.missed");
        assertThat(completion.lightText())
                .as("a missed cell is orange, never white on blue")
                .isFalse();
    }

    @Test
    void the_shade_deepens_up_to_one_hundred_and_fifty_percent_and_no_further() {
        var far = Completion.of(
                        dashboard(YEAR_2020)
                                .target(target(BAYS, ZHANGPU, "20"))
                                .cell(cell(BAYS, ZHANGPU, "60"))
                                .build(),
                        BAYS,
                        ZHANGPU.id())
                .orElseThrow();
        assertThat(far.percent()).isEqualTo(bd("300.0"));
        assertThat(far.blueOpacity()).isEqualTo(0.75);
        var exactly = Completion.of(
                        dashboard(YEAR_2020)
                                .target(target(BAYS, ZHANGPU, "20"))
                                .cell(cell(BAYS, ZHANGPU, "20"))
                                .build(),
                        BAYS,
                        ZHANGPU.id())
                .orElseThrow();
        assertThat(exactly.blueOpacity()).isEqualTo(0.58);
    }

    @Test
    void dropouts_cleared_to_zero_read_as_reached_zero_with_no_percentage() {
        var data = dashboard(YEAR_2020)
                .target(target(DROPOUTS, XIANGCHENG, "0"))
                .target(target(DROPOUTS, ZHANGPU, "0"))
                .cell(cell(DROPOUTS, XIANGCHENG, "0"))
                .cell(cell(DROPOUTS, ZHANGPU, "2"))
                .build();
        var cleared = Completion.of(data, DROPOUTS, XIANGCHENG.id()).orElseThrow();
        assertThat(cleared.met()).isTrue();
        assertThat(cleared.percent()).isNull();
        assertThat(cleared.statusKey()).isEqualTo("target.status.reachedZero");
        assertThat(cleared.blueOpacity())
                .as("a met target without a ratio takes the shade of 100 %")
                .isEqualTo(0.58);
        assertThat(cleared.lightText()).isTrue();
        var notYet = Completion.of(data, DROPOUTS, ZHANGPU.id()).orElseThrow();
        assertThat(notYet.met()).isFalse();
        assertThat(notYet.statusKey()).isEqualTo("target.status.notZero");
        assertThat(notYet.lightText()).isFalse();
    }

    @Test
    void in_a_year_still_running_a_target_not_reached_is_in_progress_neither_blue_nor_orange() {
        var data = dashboard(YEAR_2020)
                .inProgress()
                .target(target(BAYS, ZHANGPU, "40"))
                .target(target(BAYS, XIANGCHENG, "20"))
                .cell(cell(BAYS, ZHANGPU, "30"))
                .cell(cell(BAYS, XIANGCHENG, "25"))
                .build();
        var short_ = Completion.of(data, BAYS, ZHANGPU.id()).orElseThrow();
        assertThat(short_.status()).isEqualTo(TargetStatus.IN_PROGRESS);
        assertThat(short_.met()).isFalse();
        assertThat(short_.missed()).isFalse();
        assertThat(short_.percent()).isEqualTo(bd("75.0"));
        assertThat(short_.statusKey()).isEqualTo("target.status.inProgress");
        assertThat(short_.lightText()).isFalse();
        var reached = Completion.of(data, BAYS, XIANGCHENG.id()).orElseThrow();
        assertThat(reached.status()).as("reached already, it is met").isEqualTo(TargetStatus.MET);
    }

    @Test
    void a_district_without_a_target_or_without_an_approved_figure_shows_a_dash_not_zero_percent() {
        var data = dashboard(YEAR_2020)
                .target(target(ROADS, XIANGCHENG, "12"))
                .cell(cell(ROADS, ZHANGPU, "9.5"))
                .build();
        assertThat(Completion.of(data, ROADS, XIANGCHENG.id()))
                .as("target but no figure")
                .isEmpty();
        assertThat(Completion.of(data, ROADS, ZHANGPU.id()))
                .as("figure but no target")
                .isEmpty();
    }

    @Test
    void the_heat_map_has_a_column_for_each_district_indicator_that_some_district_has_a_target_for() {
        var data = dashboard(YEAR_2020)
                .target(target(BAYS, ZHANGPU, "40"))
                .target(target(DROPOUTS, XIANGCHENG, "0"))
                .target(target(LEAD_DEPARTMENTS, DashboardFixture.CITY, "17"))
                .build();
        // roads: no target anywhere; lead departments: a city figure, not a district column
        assertThat(Completion.indicators(data)).containsExactly(BAYS, DROPOUTS);
    }

    @Test
    void a_district_that_reported_not_applicable_reads_not_applicable_neither_met_nor_missed() {
        var data = dashboard(YEAR_2020)
                .target(target(ROADS, ZHANGPU, "12"))
                .cell(cell(ROADS, ZHANGPU, null))
                .cell(cell(ROADS, XIANGCHENG, null))
                .target(target(ROADS, XIANGCHENG, "5"))
                .build();
        var notApplicable = Completion.of(data, ROADS, ZHANGPU.id()).orElseThrow();
        assertThat(notApplicable.applicable()).isFalse();
        assertThat(notApplicable.met()).isFalse();
        assertThat(notApplicable.percent()).isNull();
        assertThat(notApplicable.statusKey()).isEqualTo("figure.notApplicable");
        assertThat(Completion.of(
                        dashboard(YEAR_2020).cell(cell(ROADS, ZHANGPU, null)).build(), ROADS, ZHANGPU.id()))
                .as("not applicable without a target still says so")
                .contains(notApplicable);
        var met = Completion.of(
                        dashboard(YEAR_2020)
                                .target(target(ROADS, ZHANGPU, "12"))
                                .cell(cell(ROADS, ZHANGPU, "14"))
                                .build(),
                        ROADS,
                        ZHANGPU.id())
                .orElseThrow();
        assertThat(met.applicable()).isTrue();
    }
}
