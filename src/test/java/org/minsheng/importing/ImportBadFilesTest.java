package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every file of the bad-file corpus is refused with its own message, as 芗城区's statistician, and
 * nothing at all is written: not a figure, not an audit entry, not an import batch.
 */
@IntegrationTest
@Transactional
class ImportBadFilesTest {

    private static final Path CORPUS = Path.of("src/test/resources/import-corpus");

    @Autowired
    ImportService imports;

    @Autowired
    DSLContext db;

    static Stream<Arguments> corpus() throws IOException {
        var expected = new Properties();
        expected.load(
                new StringReader(Files.readString(CORPUS.resolve("expected.properties"), StandardCharsets.UTF_8)));
        return expected.stringPropertyNames().stream()
                .sorted()
                .map(name -> Arguments.of(name, expected.getProperty(name)));
    }

    @Test
    void the_corpus_has_at_least_thirty_bad_files() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("corpus")
    void a_bad_file_is_refused_with_its_reason_and_writes_nothing(String file, String key) throws IOException {
        refusedWithoutWriting(file, Files.readAllBytes(CORPUS.resolve(file)), key);
    }

    @Test
    void a_file_over_five_megabytes_is_refused_before_reading() {
        var big = new byte[ImportLimits.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        refusedWithoutWriting("big.csv", big, "import.error.tooLarge");
    }

    @Test
    void a_file_with_too_many_rows_is_refused() {
        var csv = new StringBuilder(BadFileCorpus.HEADER).append("\r\n");
        for (int i = 0; i <= ImportLimits.MAX_ROWS + 20; i++) {
            csv.append("2021-01,350602,芗城区,meal_schools,,,,4,\r\n");
        }
        refusedWithoutWriting("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "import.error.tooManyRows");
    }

    /** An import reads values with the entry form's parser: 「1,5」 is refused there too, not stored as 15. */
    @Test
    void a_misplaced_thousands_separator_is_refused_not_read_as_another_number() {
        var csv = BadFileCorpus.HEADER
                + "\r\n2021-01,350602,芗城区,meal_schools,,,,\"1,5\",\r\n"
                + "2021-01,350602,芗城区,passing_bays,,,,１，５,\r\n";
        var bytes = csv.getBytes(StandardCharsets.UTF_8);
        refusedWithoutWriting("misgrouped.csv", bytes, "figure.error.grouping");
        var preview = as("stat-xiangcheng", () -> imports.preview("misgrouped.csv", bytes));
        assertThat(preview.problems())
                .extracting(p -> p.messageKey())
                .containsExactly("figure.error.grouping", "figure.error.grouping");
    }

    /**
     * A number in the explanation column is reported at that column, where it is to be fixed: it was
     * reported at the value column beside a message about the explanation (a stranger's import).
     */
    @Test
    void a_value_in_the_explanation_column_is_reported_there() {
        var csv = BadFileCorpus.HEADER + "\r\n2021-01,350602,芗城区,meal_schools,,,,400,4300\r\n";
        var preview = as(
                "stat-xiangcheng",
                () -> imports.preview("number-as-explanation.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.problems())
                .filteredOn(p -> p.messageKey().equals("figure.error.explanationIsValue"))
                .singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("I"));
    }

    /**
     * One over-long 情况说明 is its row's problem, at its column, and the file's other rows are still checked:
     * it refused the whole file, and the wrong code, the text value and the other district below it went
     * untold until it was mended (a tester's tour).
     */
    @Test
    void an_over_long_cell_is_its_rows_problem_and_the_other_rows_are_still_checked() {
        var csv = BadFileCorpus.HEADER
                + "\r\n2021-01,350602,芗城区,meal_schools,,,,4," + "说".repeat(ImportLimits.MAX_CELL_CHARS + 100)
                + "\r\n2021-01,350602,芗城区,passing_bayz,,,,1,"
                + "\r\n2021-01,350602,芗城区,dropouts,,,,两个,"
                + "\r\n2021-01,350602,芗城区,family_doctor,,,,3300,\r\n";
        var bytes = csv.getBytes(StandardCharsets.UTF_8);
        refusedWithoutWriting("long.csv", bytes, "import.error.cellTooLong");
        var preview = as("stat-xiangcheng", () -> imports.preview("long.csv", bytes));
        assertThat(preview.problems())
                .filteredOn(p -> p.messageKey().equals("import.error.cellTooLong"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.row()).isEqualTo(2);
                    assertThat(p.column()).isEqualTo("I");
                });
        assertThat(preview.problems())
                .extracting(p -> p.row())
                .as("the rows below it are checked too")
                .contains(3, 4);
    }

    /**
     * A repeated row is judged as the form would judge its own value: its 400 schools call for an
     * explanation, and it was told only that it repeated row 2, so a user who dropped the first row
     * learnt of the warning on the next upload (a stranger's tour).
     */
    @Test
    void a_repeated_row_is_told_the_warning_of_its_own_value_as_well_as_the_repeat() throws IOException {
        var bytes = Files.readAllBytes(CORPUS.resolve("duplicate-with-warning.csv"));
        var preview = as("stat-xiangcheng", () -> imports.preview("duplicate-with-warning.csv", bytes));
        var repeat = preview.problems().stream().filter(p -> p.row() == 3).toList();
        assertThat(repeat)
                .extracting(p -> p.messageKey())
                .startsWith("figure.error.duplicate")
                .contains("figure.error.explanationNeeded");
        assertThat(repeat).anySatisfy(p -> {
            assertThat(p.messageKey()).startsWith("figure.warning.");
            assertThat(p.error()).isFalse();
        });
        assertThat(preview.problems())
                .filteredOn(p -> p.row() == 2)
                .as("the first row's 4 schools are fine")
                .isEmpty();
    }

    /**
     * A row whose period cannot be read still names the district and indicator it gave: the dry run showed
     * an empty 区县 beside a valid 350602 (a stranger's tour), in a long list and in the template alike.
     */
    @ParameterizedTest
    @CsvSource({
        "long-list-unknown-period.csv, import.error.unknown.period",
        "unknown-period.csv, import.error.unknownPeriod"
    })
    void a_row_with_an_unreadable_period_still_names_its_district_and_indicator(String file, String key)
            throws IOException {
        var bytes = Files.readAllBytes(CORPUS.resolve(file));
        var preview = as("stat-xiangcheng", () -> imports.preview(file, bytes));
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo(key);
            assertThat(p.place().division().code()).isEqualTo("350602");
            assertThat(p.place().indicator().code()).isEqualTo("meal_schools");
            assertThat(p.place().period()).isNull();
        });
    }

    private void refusedWithoutWriting(String file, byte[] bytes, String key) {
        long figures = db.fetchCount(db.selectFrom("figure"));
        long audit = db.fetchCount(db.selectFrom("audit_entry"));
        long batches = db.fetchCount(db.selectFrom("import_batch"));
        var preview = as("stat-xiangcheng", () -> imports.preview(file, bytes));
        assertThat(preview.errors()).as(file).isPositive();
        assertThat(preview.committable()).isFalse();
        assertThat(preview.problems()).as(file).anySatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo(key);
            assertThat(p.error()).isTrue();
        });
        assertThatThrownBy(() -> as("stat-xiangcheng", () -> imports.commit(file, bytes)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.notCommittable"));
        assertThat(db.fetchCount(db.selectFrom("figure"))).isEqualTo(figures);
        assertThat(db.fetchCount(db.selectFrom("audit_entry"))).isEqualTo(audit);
        assertThat(db.fetchCount(db.selectFrom("import_batch"))).isEqualTo(batches);
    }
}
