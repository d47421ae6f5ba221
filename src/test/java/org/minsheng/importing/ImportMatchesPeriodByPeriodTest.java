package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import's set-based checks find exactly what the entry form's checks find read period by period
 * (the import before them): for every file of the bad-file corpus and for random files over random
 * stored states, the dry runs are equal finding by finding (row, column, message key, arguments) and
 * the commits leave the same figures, audit entries and import batch, whether the commit takes the dry
 * run's checks (the corpus, half the random files) or checks again. Random files print their seed
 * on failure; {@code -Dminsheng.import.seed=N} replays one.
 */
@IntegrationTest
class ImportMatchesPeriodByPeriodTest {

    private static final Path CORPUS = Path.of("src/test/resources/import-corpus");
    private static final int RANDOM_FILES = 40;

    @Autowired
    ImportService imports;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    PlatformTransactionManager transactions;

    static Stream<String> corpus() throws IOException {
        try (var files = Files.list(CORPUS)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(name -> !name.equals("expected.properties"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void every_bad_file_gets_the_findings_and_the_outcome_of_the_period_by_period_checks(String file)
            throws IOException {
        var bytes = Files.readAllBytes(CORPUS.resolve(file));
        inRolledBackTransaction(
                TransactionDefinition.ISOLATION_REPEATABLE_READ,
                () -> sameAsPeriodByPeriod("stat-xiangcheng", file, bytes, file));
    }

    @Test
    void random_files_over_random_stored_states_get_the_findings_and_the_outcome_of_the_period_by_period_checks() {
        long seed = Long.getLong("minsheng.import.seed", System.nanoTime());
        var random = new Random(seed);
        int committed = 0;
        for (int n = 0; n < RANDOM_FILES; n++) {
            var files = new RandomImportFiles(db, random);
            var about = "seed " + seed + ", file " + n;
            var name = "random-" + n + ".csv";
            // in one snapshot the commit takes the dry run's checks; in read committed it checks again
            var isolation = n % 2 == 0
                    ? TransactionDefinition.ISOLATION_REPEATABLE_READ
                    : TransactionDefinition.ISOLATION_READ_COMMITTED;
            var outcome = inRolledBackTransaction(isolation, () -> {
                var user = files.prepareState();
                return sameAsPeriodByPeriod(user, name, files.csv(), about);
            });
            if (outcome.equals("committed")) {
                committed++;
            }
        }
        // a comparison of refusals only would say nothing about the writes
        assertThat(committed).as("seed %d: files that committed", seed).isPositive();
    }

    /** The file through both paths on the same state; what the commit did, for the caller to count. */
    private String sameAsPeriodByPeriod(String user, String name, byte[] bytes, String about) {
        var oracle = periodByPeriod();
        var expected = as(user, () -> oracle.preview(name, bytes));
        var actual = as(user, () -> imports.preview(name, bytes));
        assertThat(actual).as(about + ": dry run").isEqualTo(expected);
        var expectedState = committed(() -> as(user, () -> oracle.commit(name, bytes)));
        var actualState = committed(() -> as(user, () -> imports.commit(name, bytes)));
        assertThat(actualState).as(about + ": stored state after the commit").isEqualTo(expectedState);
        return actualState.outcome();
    }

    private ImportService periodByPeriod() {
        return PeriodByPeriodImports.of(context);
    }

    /**
     * What a commit left, without the ids and clock times two runs cannot share: every figure, the
     * audit entries written (a figure's by its cell) and the import batch.
     */
    record State(String outcome, List<String> figures, List<String> audit, List<String> batches) {}

    private State committed(Supplier<Long> commit) {
        var nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return nested.execute(savepoint -> {
            long lastAudit =
                    db.fetchOne("select coalesce(max(id), 0) from audit_entry").get(0, Long.class);
            long lastBatch =
                    db.fetchOne("select coalesce(max(id), 0) from import_batch").get(0, Long.class);
            String outcome;
            try {
                commit.get();
                outcome = "committed";
            } catch (RefusedException refused) {
                outcome = refused.messageKey();
            }
            var state = new State(
                    outcome,
                    db.fetch("""
                            select (to_jsonb(f) - 'id' - 'entered_at')::text from figure f
                            order by indicator_id, division_id, period_id""").into(String.class),
                    db.fetch("""
                            select jsonb_build_object('actor', a.actor_id, 'action', a.action, 'entity', a.entity,
                                     'cell', case when a.entity = 'figure'
                                             then (select jsonb_build_array(f.indicator_id, f.division_id, f.period_id)
                                                   from figure f where f.id = a.entity_id) end,
                                     'old', a.old_value, 'new', a.new_value, 'reason', a.reason,
                                     'source', a.source, 'fromImport', a.import_id is not null)::text
                            from audit_entry a where a.id > ? order by a.id""", lastAudit).into(String.class),
                    db.fetch(
                                    "select (to_jsonb(b) - 'id' - 'imported_at')::text from import_batch b where id > ?",
                                    lastBatch)
                            .into(String.class));
            savepoint.setRollbackOnly();
            return state;
        });
    }

    private <T> T inRolledBackTransaction(int isolation, Supplier<T> work) {
        var template = new TransactionTemplate(transactions);
        template.setIsolationLevel(isolation);
        return template.execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    /**
     * A random stored state (drafts, returned and submitted cells, year totals beside months, a wider
     * scope) and a random file over it: periods open, locked and unknown, units in and out of scope,
     * indicators of months, of years and of the city, values good, bad, repeated, far from history.
     */
    static final class RandomImportFiles {

        private static final List<String> VALUES = List.of(
                "",
                "0",
                "1",
                "3",
                "4",
                "12",
                "50",
                "400",
                "10000",
                "-1",
                "4.5",
                "2.55",
                "12.3",
                "85%",
                "不适用",
                "N/A",
                "四所",
                "1,234",
                "１２",
                "9999999999999999",
                "=1+3",
                " 7 ");
        private static final List<String> EXPLANATIONS = List.of("", "", "", "按月核实后重新报送", "含新增学校", "bad\u0007text");

        private final DSLContext db;
        private final Random random;
        private final List<String> periodCodes;
        private final List<String> divisionCodes;
        private final List<String> indicatorCodes;
        /** The open months and the indicators 芗城区 reports in them: a file of these can commit. */
        private final List<String> openMonths;

        private final List<String> monthlyIndicators;

        RandomImportFiles(DSLContext db, Random random) {
            this.db = db;
            this.random = random;
            periodCodes = db.fetch("""
                    select case when month is null then year::text else year || '-' || lpad(month::text, 2, '0') end
                    from period order by status = 'open' desc, year desc, month""").into(String.class);
            divisionCodes = db.fetch("""
                    select d.code from division d join division c on c.id = d.parent_id
                    where c.code = '350600' order by d.code""").into(String.class);
            indicatorCodes = db.fetch("select code from indicator order by display_order")
                    .into(String.class);
            openMonths = db.fetch("""
                    select year || '-' || lpad(month::text, 2, '0') from period
                    where status = 'open' and kind = 'month' order by year, month""").into(String.class);
            monthlyIndicators = db.fetch("""
                    select code from indicator where frequency = 'month' and reporting_level = 'county'
                      and retired_on is null order by display_order""").into(String.class);
        }

        /** Changes the stored figures at random and returns the statistician the file is from. */
        String prepareState() {
            var user = random.nextInt(6) == 0 ? "stat-city" : "stat-xiangcheng";
            if (random.nextBoolean()) {
                db.execute("""
                        insert into user_scope (user_id, division_id)
                        select u.id, d.id from app_user u, division d where u.username = 'stat-xiangcheng'
                          and d.code = ? on conflict do nothing""", pick(divisionCodes));
            }
            int drafts = random.nextInt(30);
            for (int i = 0; i < drafts; i++) {
                var status = List.of("draft", "draft", "returned", "submitted").get(random.nextInt(4));
                var value = List.of("0", "3", "4", "12", "50", "400").get(random.nextInt(6));
                db.execute(
                        """
                        insert into figure (indicator_id, division_id, period_id, value, not_applicable, explanation,
                                            status, entered_by, version)
                        select i.id, d.id, p.id, ?::numeric, false, ?, ?::figure_status,
                               (select id from app_user where username = 'stat-xiangcheng'), 1
                        from indicator i, division d, period p
                        where i.code = ? and d.code = ? and p.status = 'open'
                          and case when p.month is null then p.year::text
                                   else p.year || '-' || lpad(p.month::text, 2, '0') end = ?
                        on conflict (indicator_id, division_id, period_id) do update
                          set value = excluded.value, status = excluded.status, version = figure.version + 1""",
                        value,
                        random.nextBoolean() ? null : "已核实",
                        status,
                        pick(indicatorCodes),
                        random.nextInt(3) == 0 ? pick(divisionCodes) : "350602",
                        pick(periodCodes.subList(0, Math.min(periodCodes.size(), 14))));
            }
            return user;
        }

        /** Half the files could be committed as they are (when the stored state lets them), half are messy. */
        byte[] csv() {
            return random.nextBoolean() ? clean() : messy();
        }

        /** Each cell once, of 芗城区 in open months, plain values with an explanation for any warning. */
        private byte[] clean() {
            var text = new StringBuilder(BadFileCorpus.HEADER).append("\r\n");
            for (var month : openMonths) {
                for (var indicator : monthlyIndicators) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    text.append(String.join(
                                    ",",
                                    month,
                                    "350602",
                                    "",
                                    indicator,
                                    "",
                                    "",
                                    "",
                                    pick(List.of("0", "1", "3", "12", "50", "不适用", "")),
                                    random.nextInt(5) == 0 ? "" : "按月核实后重新报送"))
                            .append("\r\n");
                }
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        private byte[] messy() {
            var text = new StringBuilder(BadFileCorpus.HEADER).append("\r\n");
            int rows = 1 + random.nextInt(40);
            var written = new ArrayList<String>();
            for (int r = 0; r < rows; r++) {
                String row;
                if (!written.isEmpty() && random.nextInt(15) == 0) {
                    row = written.get(random.nextInt(written.size()));
                } else {
                    row = String.join(
                            ",",
                            random.nextInt(25) == 0
                                    ? "2031-01"
                                    : pick(periodCodes.subList(0, Math.min(periodCodes.size(), 14))),
                            random.nextInt(25) == 0
                                    ? "350699"
                                    : random.nextInt(4) == 0 ? pick(divisionCodes) : "350602",
                            "",
                            random.nextInt(30) == 0 ? "no_such" : pick(indicatorCodes),
                            "",
                            "",
                            "",
                            quoted(pick(VALUES)),
                            quoted(pick(EXPLANATIONS)));
                }
                written.add(row);
                text.append(row).append("\r\n");
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private static String quoted(String cell) {
            return cell.contains(",") ? "\"" + cell + "\"" : cell;
        }
    }
}
