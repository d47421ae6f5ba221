package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.audit.AuditEvent;
import org.minsheng.base.RefusedException;
import org.minsheng.division.Division;
import org.minsheng.figure.CheckedInput;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.Finding;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodOverview;
import org.minsheng.security.AppUser;
import org.minsheng.security.Role;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/**
 * The dry run's own decisions, with the figure rules standing in: which files are read and how, what
 * the counts say, and in which column each finding is shown. Whether a value is right is the figure
 * service's (ValueParserTest, FigureChecksTest), and the whole path on a database is ImportRoundTripTest
 * and ImportBadFilesTest; here each decision is seen on its own, in milliseconds.
 */
class ImportDryRunTest extends MockedImportService {

    private static final String HEADER = "报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明";
    private static final Period JANUARY_2021 = new Period(13, 2021, 1, PeriodOverview.Status.OPEN, null, null);
    private static final Division XIANGCHENG = new Division(2, "350602", "芗城区", Division.Level.COUNTY, 1);
    private static final Indicator MEAL_SCHOOLS = indicator(1, "meal_schools");
    private static final Indicator PASSING_BAYS = indicator(2, "passing_bays");
    private static final Indicator ROADS = indicator(3, "road_widening");
    private static final AppUser STATISTICIAN =
            new AppUser(5, "stat-xiangcheng", "芗城区统计员", Set.of(Role.STATISTICIAN), Set.of(2));

    /** What the commit's callback handed back to the figure service as the batch id. */
    private final List<Long> openedBatch = new ArrayList<>();

    @BeforeEach
    void catalogue() {
        when(currentUser.require(Role.STATISTICIAN)).thenReturn(STATISTICIAN);
        when(periods.all()).thenReturn(List.of(JANUARY_2021));
        when(divisions.reportingUnitsIn(2021)).thenReturn(List.of(XIANGCHENG));
        when(indicators.activeIndicators()).thenReturn(List.of(MEAL_SCHOOLS, PASSING_BAYS, ROADS));
    }

    @Test
    void the_preview_counts_new_changed_unchanged_and_empty_rows_as_the_figure_rules_judge_them() {
        checkedAs(
                CheckedInput.Outcome.NEW,
                CheckedInput.Outcome.CHANGED,
                CheckedInput.Outcome.UNCHANGED,
                CheckedInput.Outcome.EMPTY,
                CheckedInput.Outcome.NEW);
        var preview = imports.preview(
                "芗城区-2021-01.csv",
                csv(
                        "2021-01,350602,芗城区,meal_schools,,,,15,",
                        "2021-01,350602,芗城区,passing_bays,,,,267,",
                        "2021-01,350602,芗城区,road_widening,,,,117,",
                        "2021-01,350602,芗城区,meal_schools,,,,,",
                        "2021-01,350602,芗城区,passing_bays,,,,20,"));
        verify(currentUser).require(Role.STATISTICIAN);
        assertThat(preview.fileName()).isEqualTo("芗城区-2021-01.csv");
        assertThat(preview.rows()).isEqualTo(5);
        assertThat(preview.newRows()).isEqualTo(2);
        assertThat(preview.changedRows()).isEqualTo(1);
        assertThat(preview.unchangedRows()).isEqualTo(1);
        assertThat(preview.emptyRows()).isEqualTo(1);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.committable()).isTrue();
        assertThat(preview.sha256()).hasSize(64);
    }

    @Test
    void a_row_with_an_error_is_counted_among_the_problems_not_among_the_rows_it_would_add_or_change() {
        when(figures.checkAll(anyList())).thenAnswer(call -> {
            List<FigureInput> inputs = call.getArgument(0);
            var key = inputs.getFirst().key();
            return List.of(
                    new CheckedInput(
                            inputs.get(0),
                            CheckedInput.Outcome.NEW,
                            null,
                            false,
                            List.of(Finding.error(key, "figure.error.explanationNeeded"))),
                    new CheckedInput(
                            inputs.get(1),
                            CheckedInput.Outcome.CHANGED,
                            null,
                            false,
                            List.of(Finding.error(inputs.get(1).key(), "figure.error.underReview"))),
                    new CheckedInput(inputs.get(2), CheckedInput.Outcome.NEW, null, false, List.of()));
        });
        var preview = imports.preview(
                "芗城区-2021-01.csv",
                csv(
                        "2021-01,350602,芗城区,meal_schools,,,,99999999,",
                        "2021-01,350602,芗城区,passing_bays,,,,267,",
                        "2021-01,350602,芗城区,road_widening,,,,117,"));
        assertThat(List.of(preview.newRows(), preview.changedRows(), preview.unchangedRows(), preview.emptyRows()))
                .containsExactly(1, 0, 0, 0);
        assertThat(preview.errors()).isEqualTo(2);
        assertThat(preview.committable()).isFalse();
    }

    @Test
    void each_finding_is_shown_in_the_column_the_statistician_must_fix_sorted_by_row() {
        var findings = Map.ofEntries(
                Map.entry("figure.error.outOfScope", "B"),
                Map.entry("figure.error.divisionNotInPeriod", "B"),
                Map.entry("figure.error.duplicate", "B"),
                Map.entry("figure.error.notReported", "D"),
                Map.entry("figure.error.periodLocked", "A"),
                Map.entry("figure.error.periodPublished", "A"),
                Map.entry("figure.error.explanationNeeded", "I"),
                Map.entry("input.error.controlCharacter", "I"),
                Map.entry("input.error.tooLong", "I"),
                Map.entry("figure.error.notANumber", "H"),
                Map.entry("figure.warning.yearOnYear", "H"));
        var keys = List.copyOf(findings.keySet());
        var lines =
                keys.stream().map(k -> "2021-01,350602,芗城区,meal_schools,,,,15,").toArray(String[]::new);
        when(figures.checkAll(anyList())).thenAnswer(call -> {
            List<FigureInput> inputs = call.getArgument(0);
            return IntStream.range(0, inputs.size())
                    .mapToObj(i -> {
                        var key = keys.get(i);
                        var finding = key.startsWith("figure.warning")
                                ? Finding.warning(inputs.get(i).key(), key)
                                : Finding.error(inputs.get(i).key(), key);
                        return new CheckedInput(inputs.get(i), CheckedInput.Outcome.NEW, null, false, List.of(finding));
                    })
                    .toList();
        });
        var preview = imports.preview("x.csv", csv(lines));
        assertThat(preview.problems())
                .extracting(ImportProblem::row)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(2, keys.size() + 1).boxed().toList());
        preview.problems().forEach(problem -> {
            assertThat(problem.column()).as(problem.messageKey()).isEqualTo(findings.get(problem.messageKey()));
            assertThat(problem.error())
                    .as(problem.messageKey())
                    .isEqualTo(!problem.messageKey().contains("warning"));
            assertThat(problem.sheet()).isEqualTo("x.csv");
        });
        assertThat(preview.problems())
                .filteredOn(p -> p.column().equals("H"))
                .extracting(ImportProblem::columnKey)
                .containsOnly("import.col.value");
        assertThat(preview.committable()).isFalse();
    }

    @Test
    void problems_of_one_row_are_sorted_by_column_and_file_problems_come_first() {
        when(figures.checkAll(anyList())).thenAnswer(call -> {
            List<FigureInput> inputs = call.getArgument(0);
            var key = inputs.getFirst().key();
            return List.of(new CheckedInput(
                    inputs.getFirst(),
                    CheckedInput.Outcome.NEW,
                    null,
                    false,
                    List.of(
                            Finding.error(key, "figure.error.explanationNeeded"),
                            Finding.warning(
                                    key, "figure.warning.yearOnYear", new BigDecimal("24"), new BigDecimal("150")),
                            Finding.error(key, "figure.error.duplicate"))));
        });
        var preview = imports.preview(
                "x.csv", csv("2021-01,350602,芗城区,passing_bays,,,,60,", "2021-01,350602,芗城区,schools,,,,1,"));
        assertThat(preview.problems()).extracting(p -> p.row() + p.column()).containsExactly("2B", "2H", "2I", "3D");
        assertThat(preview.problems().get(1).parameters()).containsExactly(new BigDecimal("24"), new BigDecimal("150"));
    }

    @Test
    void
            a_cell_with_two_warnings_asks_once_for_its_explanation_and_each_problem_names_its_row_district_indicator_and_period() {
        when(figures.checkAll(anyList())).thenAnswer(call -> {
            List<FigureInput> inputs = call.getArgument(0);
            return inputs.stream()
                    .map(input -> new CheckedInput(
                            input,
                            CheckedInput.Outcome.CHANGED,
                            null,
                            false,
                            List.of(
                                    Finding.warning(
                                            input.key(),
                                            "figure.warning.yearOnYear",
                                            new BigDecimal("24"),
                                            new BigDecimal("150")),
                                    Finding.error(input.key(), "figure.error.explanationNeeded"),
                                    Finding.warning(input.key(), "figure.warning.outlier", new BigDecimal("26"), 6),
                                    Finding.error(input.key(), "figure.error.explanationNeeded"))))
                    .toList();
        });
        var preview = imports.preview(
                "芗城区-2021-01.csv",
                csv("2021-01,350602,芗城区,passing_bays,,,,60,", "2021-01,350602,芗城区,road_widening,,,,117,"));
        assertThat(preview.problems())
                .extracting(p -> p.row() + p.column() + " " + p.messageKey())
                .containsExactly(
                        "2H figure.warning.yearOnYear",
                        "2H figure.warning.outlier",
                        "2I figure.error.explanationNeeded",
                        "3H figure.warning.yearOnYear",
                        "3H figure.warning.outlier",
                        "3I figure.error.explanationNeeded");
        assertThat(preview.problems())
                .extracting(ImportProblem::place)
                .containsExactly(
                        new ImportProblem.Place(XIANGCHENG, PASSING_BAYS, JANUARY_2021),
                        new ImportProblem.Place(XIANGCHENG, PASSING_BAYS, JANUARY_2021),
                        new ImportProblem.Place(XIANGCHENG, PASSING_BAYS, JANUARY_2021),
                        new ImportProblem.Place(XIANGCHENG, ROADS, JANUARY_2021),
                        new ImportProblem.Place(XIANGCHENG, ROADS, JANUARY_2021),
                        new ImportProblem.Place(XIANGCHENG, ROADS, JANUARY_2021));
        assertThat(preview.errors())
                .as("one request for an explanation per cell")
                .isEqualTo(2);
        assertThat(preview.cellsWithProblems()).isEqualTo(2);
        assertThat(preview.cellsWithErrors()).isEqualTo(2);
        assertThat(preview.fileProblem()).isFalse();
    }

    @Test
    void a_problem_with_the_file_names_no_place_and_no_cell() {
        var preview = imports.preview("x.csv", csv());
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.error.noRows");
            assertThat(p.place()).isEqualTo(ImportProblem.Place.NONE);
        });
        assertThat(preview.fileProblem()).isTrue();
        assertThat(preview.cellsWithProblems()).isZero();
    }

    @Test
    void a_file_with_no_usable_row_is_not_sent_to_the_figure_checks() {
        var preview = imports.preview("x.csv", csv("2021-01,350602,芗城区,schools,,,,1,"));
        verify(figures, never()).checkAll(anyList());
        assertThat(preview.problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.error.unknownIndicator");
        assertThat(preview.committable()).isFalse();
    }

    @Test
    void files_are_told_apart_by_their_bytes_first_and_only_then_by_their_name() throws Exception {
        assertThat(refusal("big.csv", new byte[ImportLimits.MAX_BYTES + 1])).isEqualTo("import.error.tooLarge [5]");
        assertThat(refusal("empty.csv", new byte[0])).isEqualTo("import.error.empty []");
        assertThat(refusal("figures.pdf", csv())).isEqualTo("import.error.fileType []");
        assertThat(refusal(null, csv())).isEqualTo("import.error.fileType []");
        assertThat(refusal("fake.xlsx", csv())).as("named xlsx, is not").isEqualTo("import.error.unreadable []");
        var xls = Files.readAllBytes(Path.of("src/test/resources/import-corpus/old-excel.xls"));
        assertThat(refusal("old.xlsx", xls)).as("the bytes decide").isEqualTo("import.error.oldExcel []");
        var xlsx = BadFileCorpus.xlsx(List.of());
        assertThat(imports.preview("导出.csv", xlsx).problems())
                .as("an xlsx named csv is read as xlsx")
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.error.noRows");
        assertThat(imports.preview("芗城区.CSV", csv()).problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.error.noRows");
        assertThat(imports.preview("芗城区.txt", csv()).problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.error.noRows");
        assertThat(imports.preview("big-but-allowed.csv", allowedSize()).problems())
                .extracting(ImportProblem::messageKey)
                .doesNotContain("import.error.tooLarge");
    }

    @Test
    void a_refused_file_is_named_with_its_fingerprint_and_nothing_is_counted() {
        var bytes = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        var preview = imports.preview("figures.pdf", bytes);
        assertThat(preview.fileName()).isEqualTo("figures.pdf");
        assertThat(preview.sha256()).isEqualTo(ImportService.sha256(bytes));
        assertThat(preview.rows()).isZero();
        assertThat(preview.errors()).isEqualTo(1);
        verifyNoInteractions(figures);
    }

    @Test
    void the_fingerprint_is_the_files_sha_256() {
        assertThat(ImportService.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_commit_records_one_batch_and_one_audit_entry_with_the_files_name_fingerprint_and_counts() {
        var bytes = csv(
                "2021-01,350602,芗城区,meal_schools,,,,15,",
                "2021-01,350602,芗城区,passing_bays,,,,267,",
                "2021-01,350602,芗城区,road_widening,,,,117,");
        committedAs(CheckedInput.Outcome.NEW, CheckedInput.Outcome.CHANGED, CheckedInput.Outcome.UNCHANGED);
        when(batches.insertBatch(any(), eq(13), eq(5))).thenReturn(42L);
        assertThat(imports.commit("芗城区-2021-01.csv", bytes)).isEqualTo(42L);
        assertThat(openedBatch)
                .as("the id the figures' audit entries carry as import_id")
                .containsExactly(42L);
        var event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(audit).record(eq(5), event.capture());
        assertThat(event.getValue().action()).isEqualTo("figure_import");
        assertThat(event.getValue().source()).isEqualTo(AuditEvent.Source.IMPORT);
        assertThat(event.getValue().importId()).isEqualTo(42L);
        assertThat(event.getValue().entityId()).isEqualTo(42L);
        assertThat(event.getValue().newValue().toString())
                .isEqualTo("{file=芗城区-2021-01.csv, sha256=" + ImportService.sha256(bytes)
                        + ", new=1, changed=1, unchanged=1}");
    }

    @Test
    void a_commit_whose_recheck_finds_an_error_writes_no_batch_and_is_refused() {
        when(figures.saveAll(anyList(), any())).thenAnswer(call -> {
            List<FigureInput> inputs = call.getArgument(0);
            ToLongFunction<List<CheckedInput>> open = call.getArgument(1);
            var checked = List.of(new CheckedInput(
                    inputs.getFirst(),
                    CheckedInput.Outcome.NEW,
                    null,
                    false,
                    List.of(Finding.error(inputs.getFirst().key(), "figure.error.periodLocked"))));
            open.applyAsLong(checked);
            return checked;
        });
        assertThatThrownBy(() -> imports.commit("x.csv", csv("2021-01,350602,芗城区,meal_schools,,,,15,")))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.notCommittable"));
        verifyNoInteractions(batches, audit);
    }

    @Test
    void a_file_that_is_refused_or_has_no_usable_row_is_not_committed_at_all() {
        for (var file : List.of(
                Map.entry("figures.pdf", csv("2021-01,350602,芗城区,meal_schools,,,,15,")),
                Map.entry("x.csv", csv("2021-01,350602,芗城区,schools,,,,15,")))) {
            assertThatThrownBy(() -> imports.commit(file.getKey(), file.getValue()))
                    .isInstanceOfSatisfying(
                            RefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("import.error.notCommittable"));
        }
        verify(currentUser, Mockito.times(2)).require(Role.STATISTICIAN);
        verifyNoInteractions(figures, batches, audit);
    }

    private void checkedAs(CheckedInput.Outcome... outcomes) {
        when(figures.checkAll(anyList())).thenAnswer(call -> checked(call.getArgument(0), outcomes));
    }

    private void committedAs(CheckedInput.Outcome... outcomes) {
        when(figures.saveAll(anyList(), any())).thenAnswer(call -> {
            List<CheckedInput> checked = checked(call.getArgument(0), outcomes);
            ToLongFunction<List<CheckedInput>> open = call.getArgument(1);
            openedBatch.add(open.applyAsLong(checked));
            return checked;
        });
    }

    private static List<CheckedInput> checked(List<FigureInput> inputs, CheckedInput.Outcome... outcomes) {
        return IntStream.range(0, inputs.size())
                .mapToObj(i -> new CheckedInput(inputs.get(i), outcomes[i], null, false, List.of()))
                .toList();
    }

    private String refusal(String fileName, byte[] bytes) {
        var problem = imports.preview(fileName, bytes).problems().getFirst();
        assertThat(problem.row()).isZero();
        assertThat(problem.error()).isTrue();
        return problem.messageKey() + " " + problem.parameters();
    }

    /** Exactly the 5 MB allowed: a header and a long blank tail. */
    private static byte[] allowedSize() {
        var bytes = new byte[ImportLimits.MAX_BYTES];
        Arrays.fill(bytes, (byte) '\n');
        var header = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private static byte[] csv(String... rows) {
        var text = new StringBuilder(HEADER).append("\r\n");
        for (var row : rows) {
            text.append(row).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Indicator indicator(int id, String code) {
        return new Indicator(
                id,
                code,
                new Indicator.Names(code, code, code, code),
                new Indicator.Measure("所", "schools", Indicator.ValueType.INTEGER, 0, BigDecimal.ZERO, null),
                new Indicator.Reporting(true, false, true, Indicator.Aggregation.SUM, TargetDirection.INCREASE_TO),
                new Indicator.Category("education", "教育", "Education"),
                id);
    }
}
