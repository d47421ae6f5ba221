package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodOverview;
import org.minsheng.period.PeriodService;
import org.minsheng.security.AppUser;
import org.minsheng.security.Role;
import org.mockito.ArgumentCaptor;
import org.mockito.invocation.InvocationOnMock;

/**
 * A batch of inputs (an import, a paste) checked with the rules of a single save: the scope and lock
 * refusals, a cell given twice, and whether each value is new, changed or unchanged. The cells as they
 * are and would be come from the assembler, which stands in here for the database.
 */
class FigureBatchTest {

    private static final Period JANUARY = new Period(13, 2021, 1, PeriodOverview.Status.OPEN, null, null);
    private static final Period FEBRUARY = new Period(14, 2021, 2, PeriodOverview.Status.OPEN, null, null);
    private static final Period DECEMBER_2020 = new Period(12, 2020, 12, PeriodOverview.Status.PUBLISHED, null, null);
    private static final Division CITY = new Division(1, "350600", "漳州市", Division.Level.CITY, null);
    private static final Division XIANGCHENG = new Division(2, "350602", "芗城区", Division.Level.COUNTY, 1);
    private static final Division ZHANGPU = new Division(4, "350623", "漳浦县", Division.Level.COUNTY, 1);
    /** In the statistician's scope, but no longer a county in 2021 (it became 龙海区). */
    private static final Division LONGHAI_SHI = new Division(5, "350681", "龙海市", Division.Level.COUNTY, 1);

    private static final Indicator MEALS = indicator(1, "meal_schools");
    private static final Indicator BAYS = indicator(2, "passing_bays");
    /** Reported by the city itself: never by a district. */
    private static final Indicator LEAD_DEPARTMENTS = indicator(9, "lead_departments", true);

    private static final Indicator RETIRED = indicator(10, "retired");
    private static final AppUser STATISTICIAN = new AppUser(
            5, "stat-xiangcheng", "芗城区统计员", Set.of(Role.STATISTICIAN), Set.of(XIANGCHENG.id(), LONGHAI_SHI.id()));

    private final CellAssembler assembler = mock(CellAssembler.class);
    private final LiveReads reads = mock(LiveReads.class);
    private final UnitLockRepository locks = mock(UnitLockRepository.class);
    private final FigureBatch batch = new FigureBatch(
            assembler, reads, mock(FigureRepository.class), mock(ReferenceRepository.class), null, locks);
    /** The cells as stored, by key; a key not here is an empty cell. */
    private final Map<CellKey, Cell> stored = new HashMap<>();
    /** Findings the assembler gives a cell once the proposed value is in. */
    private final Map<CellKey, List<Finding>> findingsAfter = new HashMap<>();

    @BeforeEach
    void sheet() {
        when(reads.period(JANUARY.id())).thenReturn(JANUARY);
        when(reads.period(FEBRUARY.id())).thenReturn(FEBRUARY);
        when(reads.period(DECEMBER_2020.id())).thenReturn(DECEMBER_2020);
        when(reads.reportingUnitsIn(2021)).thenReturn(List.of(CITY, XIANGCHENG, ZHANGPU));
        when(reads.reportingUnitsIn(2020)).thenReturn(List.of(CITY, XIANGCHENG, ZHANGPU, LONGHAI_SHI));
        when(reads.indicatorsFor(any())).thenReturn(List.of(MEALS, BAYS, LEAD_DEPARTMENTS));
        // nothing reported the other way this year (a year total beside months); AnnualTotalsTest covers that
        when(assembler.storedOnce(any(), any(), any())).thenReturn((key, indicator) -> null);
        when(assembler.propose(any(), anyList(), anyList(), anyMap(), any())).thenAnswer(this::proposal);
    }

    @Test
    void another_districts_cell_a_closed_period_a_former_county_and_an_unreported_indicator_are_refused() {
        // the unreported ones: an indicator not reported in the period, and a city-level one at a district
        var results = batch.periodByPeriod()
                .check(
                        STATISTICIAN,
                        List.of(
                                input(key(MEALS, ZHANGPU, JANUARY), "15"),
                                input(key(MEALS, XIANGCHENG, DECEMBER_2020), "15"),
                                input(key(MEALS, LONGHAI_SHI, JANUARY), "15"),
                                input(key(RETIRED, XIANGCHENG, JANUARY), "17"),
                                input(key(LEAD_DEPARTMENTS, XIANGCHENG, JANUARY), "17")));
        assertThat(results).extracting(CheckedInput::outcome).containsOnly(CheckedInput.Outcome.REJECTED);
        assertThat(results)
                .extracting(r -> r.findings().getFirst().messageKey())
                .containsExactly(
                        "figure.error.outOfScope",
                        "figure.error.periodPublished",
                        "figure.error.divisionNotInPeriod",
                        "figure.error.notReported",
                        "figure.error.notReported");
        assertThat(results).allSatisfy(r -> assertThat(r.blocking()).isTrue());
        verify(assembler, never()).propose(any(), anyList(), anyList(), anyMap(), any());
    }

    @Test
    void a_cell_given_twice_is_refused_the_second_time() {
        var key = key(MEALS, XIANGCHENG, JANUARY);
        var results = batch.periodByPeriod().check(STATISTICIAN, List.of(input(key, "15"), input(key, "16")));
        assertThat(results.get(0).outcome()).isEqualTo(CheckedInput.Outcome.NEW);
        assertThat(results.get(1).findings()).extracting(Finding::messageKey).containsExactly("figure.error.duplicate");
    }

    /** Told only the repeat, a user fixed it and learnt of the bad value on the next upload (a tester's tour). */
    @Test
    void a_cell_given_twice_with_a_bad_value_is_told_both_at_once() {
        var key = key(MEALS, XIANGCHENG, JANUARY);
        var results = batch.periodByPeriod().check(STATISTICIAN, List.of(input(key, "15"), input(key, "16.5")));
        assertThat(results.get(1).outcome()).isEqualTo(CheckedInput.Outcome.REJECTED);
        assertThat(results.get(1).findings())
                .extracting(Finding::messageKey, Finding::subject)
                .containsExactly(
                        tuple("figure.error.duplicate", Finding.Subject.UNIT),
                        tuple("figure.error.wholeNumber", Finding.Subject.VALUE));
    }

    /**
     * A repeated row is judged with its own value in its cell, as the form would judge it: 2.6 km after
     * 1.5 last January is told its warning and the explanation it needs besides the repeat. It was told
     * the repeat only, while its first row, 2.5, was told the warning (a stranger's tour).
     */
    @Test
    void a_cell_given_twice_is_told_the_warnings_of_its_own_value_too() {
        var bays = key(BAYS, XIANGCHENG, JANUARY);
        var jump = Finding.warning(bays, "figure.warning.yearOnYear", new BigDecimal("1.5"), new BigDecimal("73"));
        findingsAfter.put(bays, List.of(jump));
        var results = batch.periodByPeriod().check(STATISTICIAN, List.of(input(bays, "2"), input(bays, "3")));
        assertThat(results.get(1).outcome()).isEqualTo(CheckedInput.Outcome.REJECTED);
        assertThat(results.get(1).findings())
                .extracting(Finding::messageKey)
                .containsExactly(
                        "figure.error.duplicate", "figure.warning.yearOnYear", "figure.error.explanationNeeded");
        assertThat(results.get(0).findings())
                .extracting(Finding::messageKey)
                .containsExactly("figure.warning.yearOnYear", "figure.error.explanationNeeded");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<CellKey, CellAssembler.Proposed>> proposed = ArgumentCaptor.forClass(Map.class);
        verify(assembler, times(2)).propose(eq(JANUARY), anyList(), anyList(), proposed.capture(), any());
        assertThat(proposed.getAllValues())
                .as("the repeat is judged with its own value in the cell")
                .extracting(values -> values.get(bays).value())
                .containsExactly(new BigDecimal("2"), new BigDecimal("3"));
    }

    /**
     * A repeated row is judged as if it were its cell's only row and the rest of the file its first rows:
     * what a user who kept it would import. Two cells of one unit given twice had their repeats judged
     * beside each other, so a repeat's warnings from a cross-indicator rule (a unit's 学校供餐 against its
     * other figures) depended on whether the unit's other cells happened to be repeated too.
     */
    @Test
    void a_repeat_is_judged_beside_the_first_rows_of_its_units_other_cells() {
        var meals = key(MEALS, XIANGCHENG, JANUARY);
        var bays = key(BAYS, XIANGCHENG, JANUARY);
        batch.periodByPeriod()
                .check(
                        STATISTICIAN,
                        List.of(input(meals, "15"), input(bays, "2"), input(meals, "16"), input(bays, "3")));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<CellKey, CellAssembler.Proposed>> proposed = ArgumentCaptor.forClass(Map.class);
        verify(assembler, times(3)).propose(eq(JANUARY), anyList(), anyList(), proposed.capture(), any());
        assertThat(proposed.getAllValues())
                .extracting(
                        values -> values.get(meals).value(),
                        values -> values.get(bays).value())
                .as("the first rows together, then each repeat beside the other cell's first row")
                .containsExactly(
                        tuple(new BigDecimal("15"), new BigDecimal("2")),
                        tuple(new BigDecimal("16"), new BigDecimal("2")),
                        tuple(new BigDecimal("15"), new BigDecimal("3")));
    }

    @Test
    void a_new_value_a_changed_one_the_same_one_and_a_blank_are_told_apart() {
        var meals = key(MEALS, XIANGCHENG, JANUARY);
        var bays = key(BAYS, XIANGCHENG, JANUARY);
        var mealsZhangpu = key(MEALS, ZHANGPU, JANUARY);
        stored.put(meals, cell(meals, new BigDecimal("15"), false, CellState.DRAFT, null));
        stored.put(bays, cell(bays, new BigDecimal("20"), false, CellState.DRAFT, "新建道路"));
        var scope = new AppUser(5, "stat", "统计员", Set.of(Role.STATISTICIAN), Set.of(XIANGCHENG.id(), ZHANGPU.id()));
        var results = batch.periodByPeriod()
                .check(
                        scope,
                        List.of(
                                input(meals, "15.0"),
                                input(bays, "20"),
                                input(mealsZhangpu, "8"),
                                input(key(BAYS, ZHANGPU, JANUARY), "  ")));
        assertThat(results)
                .extracting(CheckedInput::outcome)
                .containsExactly(
                        CheckedInput.Outcome.UNCHANGED,
                        CheckedInput.Outcome.CHANGED,
                        CheckedInput.Outcome.NEW,
                        CheckedInput.Outcome.EMPTY);
        assertThat(results.get(0).value()).isEqualByComparingTo("15");
        assertThat(results).allSatisfy(r -> assertThat(r.findings()).isEmpty());
    }

    @Test
    void a_value_and_not_applicable_are_never_the_same_and_the_same_explanation_is_unchanged() {
        var meals = key(MEALS, XIANGCHENG, JANUARY);
        var bays = key(BAYS, XIANGCHENG, JANUARY);
        stored.put(meals, cell(meals, new BigDecimal("15"), false, CellState.DRAFT, null));
        stored.put(bays, cell(bays, null, true, CellState.DRAFT, "本区无此项"));
        var results = batch.periodByPeriod()
                .check(STATISTICIAN, List.of(input(meals, "不适用"), new FigureInput(bays, "", true, " 本区无此项 ", 1, null)));
        assertThat(results)
                .extracting(CheckedInput::outcome)
                .containsExactly(CheckedInput.Outcome.CHANGED, CheckedInput.Outcome.UNCHANGED);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.notApplicable()).isTrue();
            assertThat(r.value()).isNull();
        });
        stored.put(meals, cell(meals, null, true, CellState.DRAFT, null));
        assertThat(batch.periodByPeriod()
                        .check(STATISTICIAN, List.of(input(meals, "0")))
                        .getFirst()
                        .outcome())
                .as("zero after not applicable")
                .isEqualTo(CheckedInput.Outcome.CHANGED);
    }

    @Test
    void a_warning_needs_an_explanation_and_a_cell_under_review_cannot_be_changed() {
        var bays = key(BAYS, XIANGCHENG, JANUARY);
        var jump = Finding.warning(bays, "figure.warning.yearOnYear", new BigDecimal("24"), new BigDecimal("150"));
        findingsAfter.put(bays, List.of(jump));
        var unexplained = batch.periodByPeriod()
                .check(STATISTICIAN, List.of(input(bays, "60")))
                .getFirst();
        assertThat(unexplained.findings())
                .extracting(Finding::messageKey)
                .containsExactly("figure.warning.yearOnYear", "figure.error.explanationNeeded");
        assertThat(unexplained.blocking()).isTrue();
        var explained = batch.periodByPeriod()
                .check(STATISTICIAN, List.of(new FigureInput(bays, "60", false, "新建道路同步建设", 0, null)))
                .getFirst();
        assertThat(explained.findings()).containsExactly(jump);
        assertThat(explained.writes()).isTrue();

        stored.put(bays, cell(bays, new BigDecimal("24"), false, CellState.SUBMITTED, null));
        findingsAfter.clear();
        assertThat(batch.periodByPeriod()
                        .check(STATISTICIAN, List.of(input(bays, "30")))
                        .getFirst()
                        .findings())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.underReview");
    }

    @Test
    void a_row_repeating_a_cell_under_review_as_it_is_neither_blocks_the_file_nor_writes() {
        var bays = key(BAYS, XIANGCHENG, JANUARY);
        stored.put(bays, cell(bays, new BigDecimal("24"), false, CellState.SUBMITTED, null));
        findingsAfter.put(
                bays,
                List.of(Finding.warning(
                        bays, "figure.warning.yearOnYear", new BigDecimal("24"), new BigDecimal("150"))));
        var repeated = batch.periodByPeriod()
                .check(STATISTICIAN, List.of(input(bays, "24.0")))
                .getFirst();
        assertThat(repeated.outcome()).isEqualTo(CheckedInput.Outcome.UNCHANGED);
        assertThat(repeated.findings()).isEmpty();
        assertThat(repeated.blocking()).isFalse();
        assertThat(repeated.writes()).isFalse();
    }

    @Test
    void a_value_or_explanation_the_rules_refuse_is_rejected_with_their_reason() {
        var meals = key(MEALS, XIANGCHENG, JANUARY);
        var bays = key(BAYS, XIANGCHENG, JANUARY);
        var results = batch.periodByPeriod()
                .check(
                        STATISTICIAN,
                        List.of(input(meals, "十五"), new FigureInput(bays, "20", false, "见附件\u0007", 0, null)));
        assertThat(results)
                .extracting(r -> r.findings().getFirst().messageKey())
                .containsExactly("figure.error.notANumber", "input.error.controlCharacter");
        assertThat(results).extracting(CheckedInput::outcome).containsOnly(CheckedInput.Outcome.REJECTED);
        var tooLong = batch.periodByPeriod()
                .check(STATISTICIAN, List.of(new FigureInput(bays, "20", false, "说".repeat(2001), 0, null)))
                .getFirst();
        assertThat(tooLong.findings().getFirst().parameters()).containsExactly(2000);
    }

    @Test
    void a_units_published_year_refuses_its_cells_in_every_month_and_is_asked_once_for_the_year() {
        // 漳州市 released 2021 for 芗城区's line (V133); 漳浦县's year is still open
        when(locks.published(eq(2021), any())).thenReturn(Set.of(XIANGCHENG.id()));
        var results = checkForBothDistricts(
                input(key(MEALS, XIANGCHENG, JANUARY), "15"),
                input(key(MEALS, ZHANGPU, JANUARY), "8"),
                input(key(MEALS, XIANGCHENG, FEBRUARY), "16"),
                input(key(MEALS, ZHANGPU, FEBRUARY), "9"));
        assertThat(results)
                .extracting(CheckedInput::outcome)
                .containsExactly(
                        CheckedInput.Outcome.REJECTED,
                        CheckedInput.Outcome.NEW,
                        CheckedInput.Outcome.REJECTED,
                        CheckedInput.Outcome.NEW);
        assertThat(results.get(2).findings())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.unitPublished");
        verify(locks).published(2021, Set.of(XIANGCHENG.id(), ZHANGPU.id()));
        verifyNoMoreInteractions(locks);
    }

    @Test
    void inputs_of_two_periods_are_checked_per_period_and_answered_in_the_order_given() {
        var results = checkForBothDistricts(
                input(key(MEALS, XIANGCHENG, JANUARY), "15"),
                input(key(MEALS, XIANGCHENG, DECEMBER_2020), "15"),
                input(key(BAYS, ZHANGPU, JANUARY), "8"));
        assertThat(results)
                .extracting(CheckedInput::outcome)
                .containsExactly(CheckedInput.Outcome.NEW, CheckedInput.Outcome.REJECTED, CheckedInput.Outcome.NEW);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Division>> involved = ArgumentCaptor.forClass(List.class);
        verify(assembler)
                .propose(eq(JANUARY), involved.capture(), eq(List.of(MEALS, BAYS, LEAD_DEPARTMENTS)), anyMap(), any());
        assertThat(involved.getValue()).containsExactlyInAnyOrder(XIANGCHENG, ZHANGPU);
    }

    /**
     * A statistician's file for the year repeats the months already published: a row that repeats its
     * published figure as it is (12 and 12.0 alike, 不适用 with its explanation) changes nothing, so it is
     * unchanged and blocks nothing; a row that changes one is refused, for a file carries no correction
     * reason. Neither is checked (a published figure is not checked again) nor written.
     */
    @Test
    void a_row_repeating_a_published_figure_as_it_is_is_unchanged_and_a_changed_one_still_refused() {
        var meals = key(MEALS, XIANGCHENG, DECEMBER_2020);
        var bays = key(BAYS, XIANGCHENG, DECEMBER_2020);
        var mealsZhangpu = key(MEALS, ZHANGPU, DECEMBER_2020);
        var baysZhangpu = key(BAYS, ZHANGPU, DECEMBER_2020);
        storedIn(
                DECEMBER_2020,
                approved(meals, new BigDecimal("15"), 1),
                figure(
                        bays,
                        new Cell.Entry(null, true, "本区无此项"),
                        StoredFigure.Status.APPROVED,
                        new Cell.Approved(null, true, 1)),
                approved(mealsZhangpu, new BigDecimal("8"), 1));
        var results = checkForBothDistricts(
                input(meals, "15.0"),
                new FigureInput(bays, "", true, " 本区无此项 ", 0, null),
                input(mealsZhangpu, "9"),
                input(baysZhangpu, " "));
        assertThat(results)
                .extracting(CheckedInput::outcome)
                .containsExactly(
                        CheckedInput.Outcome.UNCHANGED,
                        CheckedInput.Outcome.UNCHANGED,
                        CheckedInput.Outcome.REJECTED,
                        CheckedInput.Outcome.EMPTY);
        assertThat(results.get(0).value()).isEqualByComparingTo("15");
        assertThat(results.get(2).findings())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.periodPublished");
        assertThat(List.of(results.get(0), results.get(1), results.get(3))).allSatisfy(r -> {
            assertThat(r.findings()).isEmpty();
            assertThat(r.blocking()).isFalse();
            assertThat(r.writes()).isFalse();
        });
        verify(assembler, never()).propose(any(), anyList(), anyList(), anyMap(), any());

        // the same explanation or none: a different one would change the figure
        assertThat(batch.periodByPeriod()
                        .check(STATISTICIAN, List.of(new FigureInput(meals, "15", false, "已核实", 0, null)))
                        .getFirst()
                        .findings())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.periodPublished");
    }

    /**
     * A figure corrected after publication is what is stored now: the approved correction once approved,
     * the correction still in the workflow before. A row repeating the figure as first published then
     * changes it (back), and is refused as any change of a published figure.
     */
    @Test
    void a_corrected_published_figure_is_repeated_as_corrected_approved_or_pending() {
        var meals = key(MEALS, XIANGCHENG, DECEMBER_2020);
        for (var status :
                List.of(StoredFigure.Status.APPROVED, StoredFigure.Status.DRAFT, StoredFigure.Status.SUBMITTED)) {
            var approvedValue = new BigDecimal(status == StoredFigure.Status.APPROVED ? "16" : "15");
            storedIn(
                    DECEMBER_2020,
                    figure(
                            meals,
                            new Cell.Entry(new BigDecimal("16"), false, null),
                            status,
                            new Cell.Approved(approvedValue, false, status == StoredFigure.Status.APPROVED ? 2 : 1)));
            assertThat(batch.periodByPeriod()
                            .check(STATISTICIAN, List.of(input(meals, "16")))
                            .getFirst()
                            .outcome())
                    .as(status.name())
                    .isEqualTo(CheckedInput.Outcome.UNCHANGED);
            assertThat(batch.periodByPeriod()
                            .check(STATISTICIAN, List.of(input(meals, "15")))
                            .getFirst()
                            .findings())
                    .as(status.name())
                    .extracting(Finding::messageKey)
                    .containsExactly("figure.error.periodPublished");
        }
    }

    @Test
    void a_row_repeating_a_figure_of_a_units_published_year_or_of_a_closed_month_is_unchanged_too() {
        var march = new Period(15, 2021, 3, PeriodOverview.Status.CLOSED, null, null);
        when(reads.period(march.id())).thenReturn(march);
        when(locks.published(eq(2021), any())).thenReturn(Set.of(XIANGCHENG.id()));
        storedIn(JANUARY, approved(key(MEALS, XIANGCHENG, JANUARY), new BigDecimal("15"), 1));
        storedIn(march, approved(key(MEALS, ZHANGPU, march), new BigDecimal("8"), 1));
        var results = checkForBothDistricts(
                input(key(MEALS, XIANGCHENG, JANUARY), "15"),
                input(key(BAYS, XIANGCHENG, JANUARY), "3"),
                input(key(MEALS, ZHANGPU, march), "8"),
                input(key(BAYS, ZHANGPU, march), "3"));
        assertThat(results)
                .extracting(CheckedInput::outcome)
                .containsExactly(
                        CheckedInput.Outcome.UNCHANGED,
                        CheckedInput.Outcome.REJECTED,
                        CheckedInput.Outcome.UNCHANGED,
                        CheckedInput.Outcome.REJECTED);
        assertThat(results)
                .extracting(r -> r.findings().stream().map(Finding::messageKey).toList())
                .containsExactly(
                        List.of(),
                        List.of("figure.error.unitPublished"),
                        List.of(),
                        List.of("figure.error.periodLocked"));
    }

    /** The figures stored in a period, as the checks read them. */
    private void storedIn(Period period, StoredFigure... figures) {
        var byKey = new HashMap<CellKey, StoredFigure>();
        for (var figure : figures) {
            byKey.put(figure.key(), figure);
        }
        when(reads.stored(eq(period), anyList())).thenReturn(byKey);
    }

    private static StoredFigure approved(CellKey key, BigDecimal value, int revision) {
        return figure(
                key,
                new Cell.Entry(value, false, null),
                StoredFigure.Status.APPROVED,
                new Cell.Approved(value, false, revision));
    }

    private static StoredFigure figure(
            CellKey key, Cell.Entry working, StoredFigure.Status status, Cell.Approved approved) {
        return new StoredFigure(
                1L,
                key,
                working,
                status,
                new StoredFigure.Reasons(null, null),
                new StoredFigure.Entered(5, null),
                approved,
                approved.revision() + 1);
    }

    /** The inputs checked as the entry sheet reads, for a statistician of 芗城区 and 漳浦县. */
    private List<CheckedInput> checkForBothDistricts(FigureInput... inputs) {
        var scope = new AppUser(5, "stat", "统计员", Set.of(Role.STATISTICIAN), Set.of(XIANGCHENG.id(), ZHANGPU.id()));
        return batch.periodByPeriod().check(scope, List.of(inputs));
    }

    /** The cells as stored and as they would be with the proposed values: the assembler's answer here. */
    private CellAssembler.Proposal proposal(InvocationOnMock call) {
        Map<CellKey, CellAssembler.Proposed> proposed = call.getArgument(3);
        var now = new ArrayList<Cell>();
        var after = new ArrayList<Cell>();
        proposed.forEach((key, value) -> {
            var before = stored.getOrDefault(key, cell(key, null, false, CellState.EMPTY, null));
            now.add(before);
            after.add(cell(key, value.value(), value.notApplicable(), CellState.DRAFT, value.explanation())
                    .withFindings(findingsAfter.getOrDefault(key, List.of())));
        });
        return new CellAssembler.Proposal(now, after);
    }

    /** As the import checks a file: its reads made once for all its periods (FileReads). */
    private FigureBatch fileBatch(FigureRepository figures, ReferenceRepository references) {
        when(references.fingerprint(anyCollection(), anyCollection()))
                .thenReturn(new ReferenceRepository.Fingerprint("digest", false));
        var periods = mock(PeriodService.class);
        when(periods.all()).thenReturn(List.of(FEBRUARY, JANUARY, DECEMBER_2020));
        return new FigureBatch(assembler, reads, figures, references, periods, locks);
    }

    @Test
    void a_file_checked_as_the_import_does_refuses_a_unit_whose_year_is_published() {
        when(locks.published(eq(2021), any())).thenReturn(Set.of(XIANGCHENG.id()));
        var results = fileBatch(mock(FigureRepository.class), mock(ReferenceRepository.class))
                .check(
                        STATISTICIAN,
                        List.of(
                                input(key(MEALS, XIANGCHENG, JANUARY), "15"),
                                input(key(MEALS, XIANGCHENG, FEBRUARY), "16")));
        assertThat(results)
                .extracting(r -> r.findings().getFirst().messageKey())
                .containsExactly("figure.error.unitPublished", "figure.error.unitPublished");
    }

    private static FigureInput input(CellKey key, String text) {
        return new FigureInput(key, text, false, null, 0, null);
    }

    private static CellKey key(Indicator indicator, Division division, Period period) {
        return new CellKey(indicator.id(), division.id(), period.id());
    }

    private static Cell cell(
            CellKey key, BigDecimal value, boolean notApplicable, CellState state, String explanation) {
        boolean empty = state == CellState.EMPTY;
        return new Cell(
                key,
                key.indicatorId() == MEALS.id() ? MEALS : BAYS,
                XIANGCHENG,
                new Cell.Entry(value, notApplicable, explanation),
                new Cell.Workflow(empty ? null : 1L, state, empty ? 0 : 1, null, null, 5),
                Cell.Approved.NEVER,
                new Cell.References(null, null),
                List.of());
    }

    private static Indicator indicator(int id, String code) {
        return indicator(id, code, false);
    }

    private static Indicator indicator(int id, String code, boolean reportedByCity) {
        return new Indicator(
                id,
                code,
                new Indicator.Names(code, code, code, code),
                new Indicator.Measure("所", "schools", Indicator.ValueType.INTEGER, 0, BigDecimal.ZERO, null),
                new Indicator.Reporting(
                        true, reportedByCity, true, Indicator.Aggregation.SUM, TargetDirection.INCREASE_TO),
                new Indicator.Category("education", "教育", "Education"),
                id);
    }
}
