package org.minsheng.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Met or missed, and the completion rate, for each direction a target can have. */
class TargetDirectionTest {

    @Test
    void increase_to_is_met_at_the_target_and_its_completion_is_actual_over_target() {
        var roads = target(TargetDirection.INCREASE_TO, "110");
        assertThat(roads.isMetBy(new BigDecimal("117"))).isTrue();
        assertThat(roads.isMetBy(new BigDecimal("110.0")))
                .as("exactly the target counts as met")
                .isTrue();
        assertThat(roads.completionPercent(new BigDecimal("110"))).contains(new BigDecimal("100.0"));
        assertThat(roads.completionPercent(new BigDecimal("117"))).contains(new BigDecimal("106.4"));
        assertThat(roads.isMetBy(new BigDecimal("64.3")))
                .as("2019's 64.3 km misses 110")
                .isFalse();
        assertThat(roads.completionPercent(new BigDecimal("64.3"))).contains(new BigDecimal("58.5"));
    }

    @Test
    void reach_zero_is_met_only_by_an_approved_zero_and_has_no_completion_rate() {
        var dropouts = target(TargetDirection.REACH_ZERO, "0");
        assertThat(dropouts.isMetBy(BigDecimal.ZERO)).isTrue();
        assertThat(dropouts.isMetBy(BigDecimal.ONE)).isFalse();
        assertThat(dropouts.completionPercent(BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void decrease_to_and_at_most_are_met_at_or_below_the_target() {
        for (var direction : new TargetDirection[] {TargetDirection.DECREASE_TO, TargetDirection.AT_MOST}) {
            var cap = target(direction, "8");
            assertThat(cap.isMetBy(new BigDecimal("8"))).as(direction.name()).isTrue();
            assertThat(cap.isMetBy(new BigDecimal("5"))).as(direction.name()).isTrue();
            assertThat(cap.isMetBy(new BigDecimal("9"))).as(direction.name()).isFalse();
        }
    }

    @Test
    void a_zero_increase_target_has_no_completion_rate_instead_of_dividing_by_zero() {
        assertThat(target(TargetDirection.INCREASE_TO, "0").completionPercent(BigDecimal.TEN))
                .isEmpty();
    }

    private static Target target(TargetDirection direction, String value) {
        return new Target(1, 1, 2020, direction, new BigDecimal(value), false);
    }
}
