package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodOverview;

/**
 * An import file's reads once {@link FileReads#readAll} has run: the periods of the file are then checked
 * on several threads, which must find every answer in memory. A question that would still need the
 * database is refused instead of being read on a checking thread, outside the transaction.
 */
class FileReadsTest {

    private static final Period JANUARY = new Period(13, 2021, 1, PeriodOverview.Status.OPEN, null, null);
    private static final Period YEAR = new Period(20, 2021, null, PeriodOverview.Status.OPEN, null, null);
    private static final Division XIANGCHENG = new Division(2, "350602", "芗城区", Division.Level.COUNTY, 1);
    private static final CellKey JANUARY_MEALS = new CellKey(1, XIANGCHENG.id(), JANUARY.id());

    private final LiveReads live = mock(LiveReads.class);
    private final FigureRepository figures = mock(FigureRepository.class);
    private final ReferenceRepository references = mock(ReferenceRepository.class);
    private final Indicator meals = mock(Indicator.class);
    private final StoredFigure stored = mock(StoredFigure.class);
    private final FileReads reads = new FileReads(
            live, figures, references, List.of(JANUARY, YEAR), Set.of(XIANGCHENG.id()), Set.of(JANUARY.id()));

    @BeforeEach
    void database() {
        when(live.reportingUnitsIn(2021)).thenReturn(List.of(XIANGCHENG));
        when(live.indicatorsFor(any())).thenReturn(List.of(meals));
        when(live.formerUnits(anyList())).thenReturn(Map.of());
        when(live.rules()).thenReturn(List.of());
        when(stored.key()).thenReturn(JANUARY_MEALS);
        when(figures.findInPeriods(anyCollection(), anyCollection())).thenReturn(List.of(stored));
        when(references.approvedValues(anyCollection(), anyCollection())).thenReturn(Map.of());
        when(references.approvedMonths(anyInt(), anyInt(), anyCollection()))
                .thenReturn(List.of(new FileReads.MonthValue(1, XIANGCHENG.id(), 2020, 12, BigDecimal.TEN)));
        when(references.workingValues(anyCollection(), anyCollection(), anyCollection()))
                .thenReturn(List.of());
        when(references.reportedInYears(anyCollection(), anyCollection())).thenReturn(Set.of());
    }

    @Test
    void after_reading_all_the_files_periods_ask_nothing_more_of_the_database() {
        reads.readAll(List.of(JANUARY));
        clearInvocations(live, figures, references);

        var units = List.of(XIANGCHENG.id());
        assertThat(reads.reportingUnitsIn(2021)).containsExactly(XIANGCHENG);
        assertThat(reads.indicatorsFor(JANUARY)).containsExactly(meals);
        assertThat(reads.stored(JANUARY, units)).containsOnlyKeys(JANUARY_MEALS);
        assertThat(reads.formerUnits(units)).isEmpty();
        assertThat(reads.approvedValues(JANUARY.id(), units)).isEmpty();
        assertThat(reads.rules()).isEmpty();
        assertThat(reads.history(2021, 1, units)).containsEntry(List.of(1, XIANGCHENG.id()), List.of(BigDecimal.TEN));
        assertThat(reads.ruleValues(units, JANUARY.id(), 2021, false)).isEmpty();
        assertThat(reads.reportedInYear(2021, true, units)).isEmpty();
        verifyNoInteractions(live, figures, references);
    }

    @Test
    void a_question_not_read_ahead_is_refused_once_sealed_not_read_from_a_checking_thread() {
        reads.readAll(List.of(JANUARY));
        clearInvocations(live, figures, references);

        // the year period's indicators (yearly ones) and another year's units were not read ahead
        assertThatThrownBy(() -> reads.indicatorsFor(YEAR)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> reads.reportingUnitsIn(2019)).isInstanceOf(IllegalStateException.class);
        verifyNoInteractions(live, figures, references);
    }

    @Test
    void before_reading_all_each_kind_is_still_read_when_first_asked() {
        assertThat(reads.indicatorsFor(YEAR)).containsExactly(meals);
        assertThat(reads.reportingUnitsIn(2021)).containsExactly(XIANGCHENG);
        when(live.indicatorsFor(any())).thenThrow(new AssertionError("read twice"));
        assertThat(reads.indicatorsFor(YEAR)).containsExactly(meals);
    }
}
