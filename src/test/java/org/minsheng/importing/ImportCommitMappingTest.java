package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.division.Division;
import org.minsheng.figure.CheckedInput;
import org.minsheng.figure.FigureInput;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodOverview;
import org.minsheng.security.AppUser;
import org.minsheng.security.Role;

/**
 * The commit right after a dry run of the same file takes the dry run's mapping instead of reading
 * the file and the catalogue again, and only while the version of what it was mapped against is
 * unchanged. Whether a stale mapping is refused on a database: ImportCommitAfterDryRunTest.
 */
class ImportCommitMappingTest extends MockedImportService {

    private static final Period JANUARY_2021 = new Period(13, 2021, 1, PeriodOverview.Status.OPEN, null, null);
    private static final Division XIANGCHENG = new Division(2, "350602", "芗城区", Division.Level.COUNTY, 1);
    private static final AppUser STATISTICIAN =
            new AppUser(5, "stat-xiangcheng", "芗城区统计员", Set.of(Role.STATISTICIAN), Set.of(2));
    private static final byte[] FILE = ("报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明\r\n"
                    + "2021-01,350602,芗城区,meal_schools,,,,15,\r\n")
            .getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void catalogue() {
        when(currentUser.require(Role.STATISTICIAN)).thenReturn(STATISTICIAN);
        when(periods.all()).thenReturn(List.of(JANUARY_2021));
        when(divisions.reportingUnitsIn(2021)).thenReturn(List.of(XIANGCHENG));
        when(indicators.activeIndicators()).thenReturn(List.of(mealSchools()));
        when(figures.checkAll(anyList())).thenAnswer(call -> newRows(call.getArgument(0)));
        when(figures.saveAll(anyList(), any())).thenAnswer(call -> {
            List<CheckedInput> checked = newRows(call.getArgument(0));
            ToLongFunction<List<CheckedInput>> open = call.getArgument(1);
            open.applyAsLong(checked);
            return checked;
        });
    }

    @Test
    void the_commit_after_a_dry_run_of_the_same_file_maps_it_once() {
        when(batches.structureVersion()).thenReturn(List.of(7L, 70L));
        imports.preview("芗城区.csv", FILE);
        imports.commit("芗城区.csv", FILE);
        verify(indicators, times(1)).activeIndicators();
        verify(periods, times(1)).all();
    }

    @Test
    void the_commit_maps_the_file_again_when_the_catalogue_moved_since_the_dry_run() {
        when(batches.structureVersion()).thenReturn(List.of(7L, 70L), List.of(8L, 71L));
        imports.preview("芗城区.csv", FILE);
        imports.commit("芗城区.csv", FILE);
        verify(indicators, times(2)).activeIndicators();
    }

    @Test
    void another_file_or_another_name_is_mapped_again() {
        when(batches.structureVersion()).thenReturn(List.of(7L, 70L));
        imports.preview("芗城区.csv", FILE);
        imports.commit("芗城区-改.csv", FILE);
        var other =
                new String(FILE, StandardCharsets.UTF_8).replace(",15,", ",16,").getBytes(StandardCharsets.UTF_8);
        imports.commit("芗城区.csv", other);
        verify(indicators, times(3)).activeIndicators();
        assertThat(ImportService.sha256(other)).isNotEqualTo(ImportService.sha256(FILE));
    }

    @Test
    void the_last_four_dry_runs_are_kept_and_a_fifth_pushes_out_the_one_least_recently_used() {
        when(batches.structureVersion()).thenReturn(List.of(7L, 70L));
        for (var name : List.of("a.csv", "b.csv", "c.csv", "d.csv")) {
            imports.preview(name, FILE);
        }
        imports.commit("a.csv", FILE);
        verify(indicators, times(4)).activeIndicators();
        imports.preview("e.csv", FILE);
        imports.commit("b.csv", FILE);
        verify(indicators, times(6)).activeIndicators();
    }

    private static List<CheckedInput> newRows(List<FigureInput> inputs) {
        return inputs.stream()
                .map(i -> new CheckedInput(i, CheckedInput.Outcome.NEW, BigDecimal.TEN, false, List.of()))
                .toList();
    }

    private static Indicator mealSchools() {
        return new Indicator(
                1,
                "meal_schools",
                new Indicator.Names("meal_schools", "meal_schools", "meal_schools", "meal_schools"),
                new Indicator.Measure("所", "schools", Indicator.ValueType.INTEGER, 0, BigDecimal.ZERO, null),
                new Indicator.Reporting(true, false, true, Indicator.Aggregation.SUM, TargetDirection.INCREASE_TO),
                new Indicator.Category("education", "教育", "Education"),
                1);
    }
}
