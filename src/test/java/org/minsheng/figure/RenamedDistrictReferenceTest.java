package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.DivisionService;
import org.minsheng.period.PeriodService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A district renamed or re-coded at the new year (龙海市 350681 → 龙海区 350604) shows its
 * predecessor's figures as "last period" and "same period last year", so its first report is checked
 * against something rather than against nothing.
 */
@IntegrationTest
@WithMockUser("reviewer")
class RenamedDistrictReferenceTest {

    @Autowired
    CellAssembler assembler;

    @Autowired
    DivisionService divisions;

    @Autowired
    PeriodService periods;

    @Test
    void longhai_districts_first_month_is_shown_beside_longhai_citys_figures() {
        var january = periods.all().stream()
                .filter(p -> p.year() == 2021 && Integer.valueOf(1).equals(p.month()))
                .findFirst()
                .orElseThrow();
        var longhai = divisions.countiesIn(2021).stream()
                .filter(d -> d.code().equals("350604"))
                .findFirst()
                .orElseThrow();
        var cells = assembler.cells(january, List.of(longhai), assembler.indicatorsFor(january));
        var meals = cells.stream()
                .filter(c -> c.indicator().code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
        // 龙海市 reached 18 schools in December 2020; January 2020 stood at 18 - floor(18 * 11 / 48) = 14
        assertThat(meals.previousValue()).isEqualByComparingTo("18");
        assertThat(meals.lastYearValue()).isEqualByComparingTo("14");

        var xiangcheng = divisions.countiesIn(2021).stream()
                .filter(d -> d.code().equals("350602"))
                .findFirst()
                .orElseThrow();
        var own = assembler.cells(january, List.of(xiangcheng), assembler.indicatorsFor(january)).stream()
                .filter(c -> c.indicator().code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
        assertThat(own.previousValue())
                .as("an unchanged district keeps its own figures")
                .isEqualByComparingTo("4");
    }
}
