package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one check of an explanation that reads as a value, which the form and the import both ask. */
class FindingTest {

    private static final CellKey CELL = new CellKey(1, 2, 3);

    @Test
    void an_explanation_that_reads_as_a_value_is_the_explanations_error() {
        var refused = Finding.explanationReadsAsValue(CELL, "４,３００");
        assertThat(refused).isNotNull();
        assertThat(refused.isError()).isTrue();
        assertThat(refused.subject())
                .as("the form marks the explanation, not the value")
                .isEqualTo(Finding.Subject.EXPLANATION);
        assertThat(refused.cell()).isEqualTo(CELL);
        assertThat(refused.parameters())
                .as("the message repeats what was typed")
                .containsExactly("４,３００");
    }

    @Test
    void words_and_no_explanation_pass() {
        assertThat(Finding.explanationReadsAsValue(CELL, "新建道路配套，台账已核实")).isNull();
        assertThat(Finding.explanationReadsAsValue(CELL, null)).isNull();
    }

    @Test
    void other_errors_are_the_values() {
        assertThat(Finding.error(CELL, "figure.error.notANumber", "abc").subject())
                .isEqualTo(Finding.Subject.VALUE);
    }

    @Test
    void each_finding_names_the_field_to_change() {
        assertThat(Finding.error(CELL, "figure.error.explanationNeeded").subject())
                .isEqualTo(Finding.Subject.EXPLANATION);
        assertThat(Finding.error(CELL, "input.error.tooLong", 500).subject()).isEqualTo(Finding.Subject.EXPLANATION);
        assertThat(Finding.error(CELL, "figure.error.outOfScope").subject()).isEqualTo(Finding.Subject.UNIT);
        assertThat(Finding.error(CELL, "figure.error.unitPublished").subject()).isEqualTo(Finding.Subject.UNIT);
        assertThat(Finding.error(CELL, "figure.error.notReported").subject()).isEqualTo(Finding.Subject.INDICATOR);
        assertThat(Finding.error(CELL, "figure.error.periodLocked").subject()).isEqualTo(Finding.Subject.PERIOD);
    }
}
