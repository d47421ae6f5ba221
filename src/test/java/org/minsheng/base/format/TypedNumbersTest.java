package org.minsheng.base.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Numbers typed into a form, read as the entry sheet reads them or refused, never guessed at. */
class TypedNumbersTest {

    @Test
    void full_width_digits_and_separators_from_a_chinese_input_method_are_read_exactly() {
        assertThat(TypedNumbers.parse("４３００")).isEqualByComparingTo("4300");
        assertThat(TypedNumbers.parse("１２，５００")).isEqualByComparingTo("12500");
        assertThat(TypedNumbers.parse(" 115 000 ")).isEqualByComparingTo("115000");
        assertThat(TypedNumbers.parse("１２。５")).isEqualByComparingTo("12.5");
        assertThat(TypedNumbers.parse("　")).isNull();
    }

    @Test
    void an_exponent_words_or_misplaced_separators_are_refused_rather_than_read_as_another_number() {
        for (var typed : new String[] {"1e3", "1E3", "四千三", "1.2.3", "12a"}) {
            assertThatThrownBy(() -> TypedNumbers.parse(typed))
                    .as(typed)
                    .isInstanceOfSatisfying(
                            TypedNumbers.Unreadable.class,
                            e -> assertThat(e.problem()).isEqualTo(TypedNumbers.Problem.NOT_A_NUMBER));
        }
        for (var typed : new String[] {"4,30", "1,5", "12,50.5"}) {
            assertThatThrownBy(() -> TypedNumbers.parse(typed))
                    .as(typed)
                    .isInstanceOfSatisfying(
                            TypedNumbers.Unreadable.class,
                            e -> assertThat(e.problem()).isEqualTo(TypedNumbers.Problem.GROUPING));
        }
    }
}
