package org.minsheng.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.division.Division.Level.CITY;
import static org.minsheng.division.Division.Level.COUNTRY;
import static org.minsheng.division.Division.Level.COUNTY;
import static org.minsheng.division.Division.Level.PROVINCE;
import static org.minsheng.division.Division.Level.TOWN;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one rule of who approves and who accepts whom (docs/levels.md, "Approval levels that skip a division
 * level"): a listed level accepts the next listed level below it, across any unlisted one; an unlisted
 * level decides nothing; a unit's figures are approved by the nearest listed level at or above its own.
 */
class ApprovalLevelsRuleTest {

    @Test
    void a_listed_level_accepts_the_next_listed_one_across_an_unlisted_level() {
        var levels = ApprovalLevels.of(List.of(PROVINCE, COUNTY));
        assertThat(levels.accepts(PROVINCE)).isEqualTo(COUNTY);
        assertThat(levels.accepts(CITY)).as("unlisted: decides nothing").isNull();
        assertThat(levels.accepts(COUNTY)).as("the deepest approves figures").isNull();
        assertThat(levels.nextBelow(CITY)).isEqualTo(COUNTY);
        assertThat(levels.approvesFigures(COUNTY)).isTrue();
        assertThat(levels.approvesFigures(CITY)).isFalse();
        assertThat(levels.approverOf(TOWN)).isEqualTo(COUNTY);
        assertThat(levels.approverOf(CITY))
                .as("an unlisted level's own figures: the nearest listed level above")
                .isEqualTo(PROVINCE);
        assertThat(levels.figuresApprovedBy(PROVINCE)).containsExactly(CITY);
        assertThat(levels.figuresApprovedBy(COUNTY)).containsExactlyInAnyOrder(COUNTY, TOWN);
        assertThat(levels.answersAbove(COUNTY)).isTrue();
        assertThat(levels.answersAbove(CITY))
                .as("no level above answers to an unlisted one")
                .isFalse();
        assertThat(levels.answersAbove(PROVINCE)).isFalse();
        assertThat(levels.highestFirst()).containsExactly(PROVINCE, COUNTY);
    }

    @Test
    void a_listed_middle_level_approves_its_own_units_figures_and_the_deepest_everything_below_it() {
        var levels = ApprovalLevels.of(List.of(COUNTY, CITY, PROVINCE));
        assertThat(levels.approverOf(CITY)).isEqualTo(CITY);
        assertThat(levels.approverOf(COUNTY)).isEqualTo(COUNTY);
        assertThat(levels.approverOf(TOWN)).isEqualTo(COUNTY);
        assertThat(levels.figuresApprovedBy(CITY)).containsExactly(CITY);
        assertThat(levels.figuresApprovedBy(COUNTY)).containsExactlyInAnyOrder(COUNTY, TOWN);
        assertThat(levels.approvesFigures(PROVINCE))
                .as("a province enters nothing of its own")
                .isFalse();
        var two = ApprovalLevels.of(List.of(CITY, PROVINCE));
        assertThat(two.approverOf(COUNTY))
                .as("unchanged: a county's by its city's")
                .isEqualTo(CITY);
        assertThat(two.figuresApprovedBy(CITY)).containsExactlyInAnyOrder(CITY, COUNTY, TOWN);
    }

    @Test
    void adjacent_levels_and_none_listed_read_as_before() {
        var three = ApprovalLevels.of(List.of(COUNTY, CITY, COUNTRY));
        assertThat(three.accepts(COUNTRY)).isEqualTo(CITY);
        assertThat(three.accepts(CITY)).isEqualTo(COUNTY);
        assertThat(three.accepts(PROVINCE)).isNull();
        assertThat(three.nextBelow(PROVINCE)).isEqualTo(CITY);
        assertThat(three.nextBelow(COUNTY)).isNull();
        assertThat(ApprovalLevels.of(List.of())).isEqualTo(ApprovalLevels.NONE);
        assertThat(ApprovalLevels.NONE.accepts(CITY)).isNull();
        assertThat(ApprovalLevels.NONE.approvesFigures(CITY))
                .as("without levels the root's reviewers approve, as always")
                .isTrue();
        assertThat(ApprovalLevels.NONE.nextBelow(TOWN)).isNull();
    }
}
