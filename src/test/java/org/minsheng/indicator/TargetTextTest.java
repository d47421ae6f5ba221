package org.minsheng.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minsheng.base.i18n.Translations;

/**
 * The words of a target and its status, which the dashboard's tile and the year-in-review share: each
 * direction, revised or not, in both languages.
 */
class TargetTextTest {

    private static final Translations TEXTS = new Translations();

    @Test
    void each_direction_reads_as_the_publication_prints_it() {
        assertThat(zh(target(TargetDirection.INCREASE_TO, "156", false), "所")).isEqualTo("目标 156所");
        assertThat(zh(target(TargetDirection.DECREASE_TO, "8", false), "人")).isEqualTo("目标 降至8人");
        assertThat(zh(target(TargetDirection.AT_MOST, "3", false), "人")).isEqualTo("目标 不超过3人");
        assertThat(zh(target(TargetDirection.REACH_ZERO, "0", false), "人"))
                .as("no number: the target is the clearing")
                .isEqualTo("目标 清零");
    }

    @Test
    void a_target_revised_after_publication_says_so_whatever_its_direction() {
        assertThat(zh(target(TargetDirection.INCREASE_TO, "170", true), "所")).isEqualTo("目标 170所（已修订）");
        assertThat(zh(target(TargetDirection.REACH_ZERO, "0", true), "人")).isEqualTo("目标 清零（已修订）");
        assertThat(TargetText.of(
                        target(TargetDirection.INCREASE_TO, "170", true),
                        measured("schools"),
                        Translations.ENGLISH,
                        (key, parameters) -> TEXTS.getTranslation(key, Translations.ENGLISH, parameters)))
                .isEqualTo("Target: 170 schools (revised)");
    }

    @Test
    void under_a_column_headed_target_the_words_leave_out_the_heading() {
        assertThat(inColumn(target(TargetDirection.INCREASE_TO, "156", false), "所", Translations.CHINESE))
                .isEqualTo("156所");
        assertThat(inColumn(target(TargetDirection.DECREASE_TO, "8", false), "人", Translations.CHINESE))
                .isEqualTo("降至8人");
        assertThat(inColumn(target(TargetDirection.AT_MOST, "3", true), "人", Translations.CHINESE))
                .isEqualTo("不超过3人（已修订）");
        assertThat(inColumn(target(TargetDirection.REACH_ZERO, "0", false), "人", Translations.CHINESE))
                .isEqualTo("清零");
        assertThat(inColumn(target(TargetDirection.AT_MOST, "3", false), "people", Translations.ENGLISH))
                .isEqualTo("at most 3 people");
    }

    @Test
    void the_status_is_met_or_missed_or_for_a_reach_zero_target_cleared_or_not() {
        var schools = target(TargetDirection.INCREASE_TO, "156", false);
        assertThat(statusKey(schools, new BigDecimal("156"), true)).isEqualTo("target.status.met");
        assertThat(statusKey(schools, new BigDecimal("155"), true)).isEqualTo("target.status.missed");
        var cap = target(TargetDirection.AT_MOST, "3", false);
        assertThat(statusKey(cap, new BigDecimal("3"), true)).isEqualTo("target.status.met");
        assertThat(statusKey(cap, new BigDecimal("4"), true)).isEqualTo("target.status.missed");
        var dropouts = target(TargetDirection.REACH_ZERO, "0", false);
        assertThat(statusKey(dropouts, BigDecimal.ZERO, true)).isEqualTo("target.status.reachedZero");
        assertThat(statusKey(dropouts, BigDecimal.ONE, true)).isEqualTo("target.status.notZero");
    }

    @Test
    void while_the_year_runs_only_a_target_reached_or_a_limit_passed_has_a_verdict() {
        var schools = target(TargetDirection.INCREASE_TO, "156", false);
        assertThat(statusKey(schools, new BigDecimal("40"), false)).isEqualTo("target.status.inProgress");
        assertThat(statusKey(schools, new BigDecimal("156"), false)).isEqualTo("target.status.met");
        var down = target(TargetDirection.DECREASE_TO, "8", false);
        assertThat(statusKey(down, new BigDecimal("12"), false)).isEqualTo("target.status.inProgress");
        assertThat(statusKey(down, new BigDecimal("8"), false)).isEqualTo("target.status.met");
        var cap = target(TargetDirection.AT_MOST, "3", false);
        assertThat(statusKey(cap, new BigDecimal("3"), false))
                .as("kept so far is no verdict on a limit that holds all year")
                .isEqualTo("target.status.inProgress");
        assertThat(statusKey(cap, new BigDecimal("4"), false))
                .as("a limit passed stays passed")
                .isEqualTo("target.status.missed");
        var dropouts = target(TargetDirection.REACH_ZERO, "0", false);
        assertThat(TargetStatus.of(dropouts, BigDecimal.ONE, false)).isEqualTo(TargetStatus.IN_PROGRESS);
        assertThat(statusKey(dropouts, BigDecimal.ONE, false)).isEqualTo("target.status.notZero");
        assertThat(statusKey(dropouts, BigDecimal.ZERO, false)).isEqualTo("target.status.reachedZero");
        assertThat(TEXTS.getTranslation("target.status.inProgress", Translations.ENGLISH))
                .isEqualTo("in progress");
    }

    /** The key as every caller gets it: the status judged once, then worded. */
    private static String statusKey(Target target, BigDecimal actual, boolean yearOver) {
        return TargetText.statusKey(target, actual, TargetStatus.of(target, actual, yearOver));
    }

    private static String zh(Target target, String unit) {
        Locale chinese = Translations.CHINESE;
        return TargetText.of(
                target, measured(unit), chinese, (key, parameters) -> TEXTS.getTranslation(key, chinese, parameters));
    }

    private static String inColumn(Target target, String unit, Locale locale) {
        return TargetText.inColumn(
                target, measured(unit), locale, (key, parameters) -> TEXTS.getTranslation(key, locale, parameters));
    }

    /** An indicator measured in {@code unit} in either language: the words here are the unit's. */
    private static Indicator measured(String unit) {
        return new Indicator(
                1,
                "meal_schools",
                new Indicator.Names("x", "x", "x", "x"),
                new Indicator.Measure(unit, unit, Indicator.ValueType.INTEGER, 0, BigDecimal.ZERO, null),
                new Indicator.Reporting(true, false, true, Indicator.Aggregation.SUM, TargetDirection.INCREASE_TO),
                new Indicator.Category("education", "教育", "Education"),
                1);
    }

    private static Target target(TargetDirection direction, String value, boolean revised) {
        return new Target(1, 1, 2020, direction, new BigDecimal(value), revised);
    }
}
