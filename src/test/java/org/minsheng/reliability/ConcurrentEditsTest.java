package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.db.Tables.AUDIT_ENTRY;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.FIGURE_REVISION;
import static org.minsheng.support.SignedIn.as;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.figure.Cell;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.ConflictException;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.period.CalendarService;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.NewUser;
import org.minsheng.security.Role;
import org.minsheng.security.UserAdminService;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * Many statisticians of 芗城区, each signed in on their own thread, typing into the same few cells of
 * January 2021 at once; then reviewers publishing periods while statisticians keep typing. Runs on a
 * database of its own (the property below gives it its own context), because everything here commits.
 * EDITS is the 1,000; raise it with -Dminsheng.concurrency.edits=100000 for the long form.
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.test.database=own-writes")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrentEditsTest {

    private static final int EDITS = Integer.getInteger("minsheng.concurrency.edits", 1000);
    private static final int THREADS = 8;
    private static final String PASSWORD = "Jiulongjiang-2020";

    @Autowired
    FigureService figures;

    @Autowired
    ReviewService reviews;

    @Autowired
    PeriodService periods;

    @Autowired
    CalendarService calendar;

    @Autowired
    UserAdminService users;

    @Autowired
    DSLContext db;

    /** One save: which cell, the version the user had seen, what they typed, and whether it was stored. */
    private record Attempt(CellKey key, int seenVersion, String text, boolean won) {
    }

    @Test
    @Order(1)
    void a_thousand_conflicting_edits_lose_no_update_and_every_conflict_has_exactly_one_winner() throws Exception {
        var editors = statisticians("xc-editor-", THREADS);
        int january = Catalogue.monthId(db, 2021, 1);
        var attempts = Collections.synchronizedList(new ArrayList<Attempt>());
        var unexpected = Collections.synchronizedList(new ArrayList<Throwable>());
        var started = new AtomicInteger();
        long begin = System.nanoTime();
        var pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            var editor = editors.get(t);
            var random = new Random(2020L + t);
            pool.submit(() -> {
                signIn(editor);
                while (started.getAndIncrement() < EDITS) {
                    try {
                        var cells = figures.sheet(january).cells();
                        var cell = cells.get(random.nextInt(cells.size()));
                        // a moment at the keyboard between reading the sheet and saving: others get in between
                        Thread.sleep(random.nextInt(3));
                        var text = String.valueOf(random.nextInt(60));
                        try {
                            var saved = figures.save(FigureInput.of(cell.key(), text, cell.version()));
                            assertThat(saved.saved()).as(saved.errors().toString()).isTrue();
                            attempts.add(new Attempt(cell.key(), cell.version(), text, true));
                        } catch (ConflictException conflict) {
                            assertThat(conflict.current()).as("the loser is shown the value now stored").isNotNull();
                            attempts.add(new Attempt(cell.key(), cell.version(), text, false));
                        }
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
                SecurityContextHolder.clearContext();
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        assertThat(unexpected).as("nothing but wins and conflicts").isEmpty();
        assertThat(attempts).hasSize(EDITS);
        long conflicts = attempts.stream().filter(a -> !a.won()).count();
        System.out.printf("%d edits by %d statisticians in %d ms: %d stored, %d conflicts%n", EDITS, THREADS,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin), EDITS - conflicts, conflicts);
        assertThat(conflicts).as("the edits really conflicted").isGreaterThan(EDITS / 10);

        var byCell = attempts.stream().collect(Collectors.groupingBy(Attempt::key));
        for (var entry : byCell.entrySet()) {
            var stored = db.selectFrom(FIGURE).where(FIGURE.INDICATOR_ID.eq(entry.getKey().indicatorId()))
                    .and(FIGURE.DIVISION_ID.eq(entry.getKey().divisionId()))
                    .and(FIGURE.PERIOD_ID.eq(entry.getKey().periodId())).fetchSingle();
            var winners = entry.getValue().stream().filter(Attempt::won)
                    .sorted(java.util.Comparator.comparingInt(Attempt::seenVersion)).toList();
            // one winner for every version the cell passed through, and no version won twice
            assertThat(winners.stream().map(Attempt::seenVersion).toList())
                    .isEqualTo(IntStream.range(0, stored.getVersion()).boxed().toList());
            assertThat(entry.getValue().stream().filter(a -> !a.won()).allMatch(a -> a.seenVersion() < stored.getVersion()))
                    .as("a loser had seen a version someone else had already replaced").isTrue();
            assertThat(stored.getValue()).as("the cell holds the last winner's value")
                    .isEqualByComparingTo(winners.getLast().text());
            // the audit trail tells the same story: each win once, in order, nothing else
            var audited = db.select(AUDIT_ENTRY.NEW_VALUE).from(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.ENTITY.eq("figure")).and(AUDIT_ENTRY.ENTITY_ID.eq(stored.getId()))
                    .orderBy(AUDIT_ENTRY.ID).fetch(r -> valueIn(r.value1().data()));
            assertThat(audited).usingElementComparator(java.math.BigDecimal::compareTo)
                    .containsExactlyElementsOf(winners.stream().map(a -> new java.math.BigDecimal(a.text())).toList());
        }
        assertThat(byCell).as("every cell of the sheet was fought over").hasSize(5);
    }

    @Test
    @Order(2)
    void publishing_while_statisticians_keep_typing_never_changes_a_published_figure_without_a_revision() throws Exception {
        var editors = statisticians("xc-late-", 4);
        int xiangcheng = Catalogue.divisionId(db, "350602");
        as("admin", () -> calendar.createYear(2022));
        var months = as("admin", () -> periods.all()).stream()
                .filter(p -> p.year() == 2022 && p.month() != null).toList();
        int published = 0;
        for (Period month : months) {
            var cells = fillAndSubmit(editors.getFirst(), month.id(), xiangcheng);
            as("reviewer", () -> reviews.approveDivision(month.id(), xiangcheng));
            var go = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(editors.size());
            var unexpected = new ConcurrentHashMap<String, Throwable>();
            for (int t = 0; t < editors.size(); t++) {
                var editor = editors.get(t);
                boolean withReason = t % 2 == 0;
                var random = new Random(month.month() * 31L + t);
                pool.submit(() -> {
                    signIn(editor);
                    go.await();
                    // a bounded burst each: PostgreSQL lets shared row locks overtake a waiting publisher
                    for (int i = 0; i < 15; i++) {
                        try {
                            var cell = current(cells, random, month.id());
                            figures.save(new FigureInput(cell.key(), String.valueOf(random.nextInt(60)), false,
                                    "已核实", cell.version(), withReason ? "更正统计口径" : null));
                        } catch (RefusedException expected) {
                            // conflicts, a cell under review, a period that just closed: the user is told
                        } catch (Throwable e) {
                            unexpected.put(e.toString(), e);
                        }
                    }
                    SecurityContextHolder.clearContext();
                    return null;
                });
            }
            go.countDown();
            try {
                as("reviewer", () -> reviews.publish(month.id()));
                published++;
            } catch (RefusedException pending) {
                // a statistician's draft came first: publishing waits, which is correct too
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            assertThat(unexpected).as("nothing but refusals").isEmpty();
            assertPublishedFiguresOnlyChangeThroughRevisions(month.id());
        }
        assertThat(published).as("some of the twelve races were won by the publication").isPositive();
    }

    /** In a published period: approved values are the last approved revision, and any newer working value carries a reason. */
    private void assertPublishedFiguresOnlyChangeThroughRevisions(int periodId) {
        var period = as("admin", () -> periods.get(periodId));
        if (!period.isPublished()) {
            return;
        }
        for (var figure : db.selectFrom(FIGURE).where(FIGURE.PERIOD_ID.eq(periodId)).fetch()) {
            var last = db.selectFrom(FIGURE_REVISION).where(FIGURE_REVISION.FIGURE_ID.eq(figure.getId()))
                    .orderBy(FIGURE_REVISION.REVISION.desc()).limit(1).fetchSingle();
            assertThat(figure.getRevision()).isEqualTo(last.getRevision());
            assertThat(figure.getApprovedValue()).isEqualByComparingTo(last.getValue());
            assertThat(figure.getRevision()).as("nobody approved a correction during the race").isEqualTo(1);
            if (!"approved".equals(figure.getStatus().getLiteral())) {
                assertThat(figure.getCorrectionReason())
                        .as("a change to a published figure is a correction with its reason, never a plain draft")
                        .isNotBlank();
            }
        }
    }

    private List<CellKey> fillAndSubmit(String editor, int periodId, int divisionId) {
        return as(editor, () -> {
            var keys = new ArrayList<CellKey>();
            for (var cell : figures.sheet(periodId).cells()) {
                figures.save(new FigureInput(cell.key(), "5", false, "已核实", cell.version(), null));
                keys.add(cell.key());
            }
            var submitted = figures.submit(periodId, divisionId);
            assertThat(submitted.problems()).isEmpty();
            return keys;
        });
    }

    private Cell current(List<CellKey> keys, Random random, int periodId) {
        var key = keys.get(random.nextInt(keys.size()));
        return figures.sheet(periodId).cells().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private List<String> statisticians(String prefix, int count) {
        int xiangcheng = Catalogue.divisionId(db, "350602");
        var names = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            var name = prefix + i;
            as("admin", () -> users.create(new NewUser(name, "芗城区统计员" + name.substring(name.length() - 1), PASSWORD,
                    Set.of(Role.STATISTICIAN), Set.of(xiangcheng))));
            names.add(name);
        }
        return names;
    }

    private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile("\"value\": \"([^\"]*)\"");

    private static java.math.BigDecimal valueIn(String json) {
        var matcher = VALUE.matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return new java.math.BigDecimal(matcher.group(1));
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, AuthorityUtils.NO_AUTHORITIES));
    }
}
