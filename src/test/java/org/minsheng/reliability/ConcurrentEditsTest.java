package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.AUDIT_ENTRY;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.FIGURE_REVISION;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
import org.minsheng.figure.Finding;
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

    /**
     * One save: which cell, the version the user had seen, what they typed, whether it was stored, and
     * for a loser the cell the conflict showed them.
     */
    private record Attempt(CellKey key, int seenVersion, String text, boolean won, Cell shown) {}

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
                            assertThat(saved.saved())
                                    .as(saved.errors().toString())
                                    .isTrue();
                            attempts.add(new Attempt(cell.key(), cell.version(), text, true, saved.cell()));
                        } catch (ConflictException conflict) {
                            attempts.add(new Attempt(cell.key(), cell.version(), text, false, conflict.current()));
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
        System.out.printf(
                "%d edits by %d statisticians in %d ms: %d stored, %d conflicts%n",
                EDITS, THREADS, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin), EDITS - conflicts, conflicts);
        assertThat(conflicts).as("the edits really conflicted").isGreaterThan(EDITS / 10);

        var byCell = attempts.stream().collect(Collectors.groupingBy(Attempt::key));
        for (var entry : byCell.entrySet()) {
            var stored = db.selectFrom(FIGURE)
                    .where(FIGURE.INDICATOR_ID.eq(entry.getKey().indicatorId()))
                    .and(FIGURE.DIVISION_ID.eq(entry.getKey().divisionId()))
                    .and(FIGURE.PERIOD_ID.eq(entry.getKey().periodId()))
                    .fetchSingle();
            var winners = entry.getValue().stream()
                    .filter(Attempt::won)
                    .sorted(Comparator.comparingInt(Attempt::seenVersion))
                    .toList();
            // one winner for every version the cell passed through, and no version won twice
            assertThat(winners.stream().map(Attempt::seenVersion).toList())
                    .isEqualTo(IntStream.range(0, stored.getVersion()).boxed().toList());
            assertThat(entry.getValue().stream()
                            .filter(a -> !a.won())
                            .allMatch(a -> a.seenVersion() < stored.getVersion()))
                    .as("a loser had seen a version someone else had already replaced")
                    .isTrue();
            // the value at version v is what the winner who had seen v - 1 typed
            for (var loser : entry.getValue().stream().filter(a -> !a.won()).toList()) {
                var shown = loser.shown();
                assertThat(shown.version())
                        .as("the loser is shown a newer version")
                        .isGreaterThan(loser.seenVersion());
                assertThat(shown.value())
                        .as("the loser is shown the value stored at version %d", shown.version())
                        .isEqualByComparingTo(winners.get(shown.version() - 1).text());
            }
            for (var winner : winners) {
                assertThat(winner.shown().version()).isEqualTo(winner.seenVersion() + 1);
                assertThat(winner.shown().value()).isEqualByComparingTo(winner.text());
            }
            assertThat(stored.getValue())
                    .as("the cell holds the last winner's value")
                    .isEqualByComparingTo(winners.getLast().text());
            // the audit trail tells the same story: each win once, in order, nothing else
            var audited = db.select(AUDIT_ENTRY.NEW_VALUE)
                    .from(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.ENTITY.eq("figure"))
                    .and(AUDIT_ENTRY.ENTITY_ID.eq(stored.getId()))
                    .orderBy(AUDIT_ENTRY.ID)
                    .fetch(r -> valueIn(r.value1().data()));
            assertThat(audited)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(
                            winners.stream().map(a -> new BigDecimal(a.text())).toList());
        }
        assertThat(byCell).as("every cell of the sheet was fought over").hasSize(5);
    }

    /** What a save in the publication race got: stored, refused for want of a reason, or a conflict. */
    private enum Outcome {
        SAVED,
        /** a published figure typed again as it stands: nothing to correct, nothing written */
        REPEATED,
        NEEDS_REASON,
        CONFLICT
    }

    /** One save in the race: who, which cell, the version seen, what was typed, and the cell it was shown. */
    private record LateAttempt(
            String editor,
            CellKey key,
            int seenVersion,
            String text,
            boolean withReason,
            Outcome outcome,
            Cell shown) {}

    private static final String CORRECTION = "更正统计口径";

    @Test
    @Order(2)
    void publishing_while_statisticians_keep_typing_never_changes_a_published_figure_without_a_revision()
            throws Exception {
        var editors = statisticians("xc-late-", 4);
        int xiangcheng = Catalogue.divisionId(db, "350602");
        as("admin", () -> calendar.createYear(2022));
        var months = as("admin", () -> periods.all()).stream()
                .filter(p -> p.year() == 2022 && p.month() != null)
                .toList();
        int published = 0;
        var outcomes = new EnumMap<Outcome, Integer>(Outcome.class);
        int corrections = 0;
        for (Period month : months) {
            var cells = fillAndSubmit(editors.getFirst(), month.id(), xiangcheng);
            as("reviewer", () -> reviews.approveDivision(month.id(), xiangcheng));
            var startVersions = as(editors.getFirst(), () -> figures.sheet(month.id())).cells().stream()
                    .collect(Collectors.toMap(Cell::key, Cell::version));
            long mark = lastAuditId();
            var attempts = Collections.synchronizedList(new ArrayList<LateAttempt>());
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
                            var text = String.valueOf(random.nextInt(60));
                            try {
                                var result = figures.save(new FigureInput(
                                        cell.key(),
                                        text,
                                        false,
                                        "已核实",
                                        cell.version(),
                                        withReason ? CORRECTION : null));
                                if (result.saved()) {
                                    attempts.add(new LateAttempt(
                                            editor,
                                            cell.key(),
                                            cell.version(),
                                            text,
                                            withReason,
                                            result.cell().version() == cell.version()
                                                    ? Outcome.REPEATED
                                                    : Outcome.SAVED,
                                            result.cell()));
                                } else {
                                    // the only refusal that comes back as a finding: the period is published
                                    assertThat(result.errors())
                                            .extracting(Finding::messageKey)
                                            .containsExactly("figure.error.correctionNeedsReason");
                                    attempts.add(new LateAttempt(
                                            editor,
                                            cell.key(),
                                            cell.version(),
                                            text,
                                            withReason,
                                            Outcome.NEEDS_REASON,
                                            null));
                                }
                            } catch (ConflictException conflict) {
                                attempts.add(new LateAttempt(
                                        editor,
                                        cell.key(),
                                        cell.version(),
                                        text,
                                        withReason,
                                        Outcome.CONFLICT,
                                        conflict.current()));
                            }
                        } catch (Throwable e) {
                            unexpected.put(e.toString(), e);
                        }
                    }
                    SecurityContextHolder.clearContext();
                    return null;
                });
            }
            go.countDown();
            String publishRefused = null;
            try {
                as("reviewer", () -> reviews.publish(month.id()));
                published++;
            } catch (RefusedException pending) {
                // a statistician's draft came first: publishing waits, which is correct too
                publishRefused = pending.messageKey();
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            assertThat(unexpected)
                    .as("nothing but saves, conflicts and corrections refused for want of a reason")
                    .isEmpty();
            assertThat(attempts).hasSize(editors.size() * 15);
            attempts.forEach(a -> outcomes.merge(a.outcome(), 1, Integer::sum));
            corrections +=
                    assertRaceStoredExactlyWhatWasSaved(month.id(), startVersions, mark, attempts, publishRefused);
            assertPublishedFiguresOnlyChangeThroughRevisions(month.id());
        }
        assertThat(published)
                .as("some of the twelve races were won by the publication")
                .isPositive();
        assertThat(corrections)
                .as("saves after a publication landed, as corrections with their reason")
                .isPositive();
        assertThat(outcomes.getOrDefault(Outcome.NEEDS_REASON, 0))
                .as("saves after a publication without a reason were refused")
                .isPositive();
    }

    /**
     * The figures and the audit trail hold exactly what the stored saves did, in order, and nothing
     * else: a save that landed after the publication (its audit entry after the period's) is a
     * correction carrying its reason, one refused for want of a reason came after it, and a loser was
     * shown the value stored at the version that beat it.
     *
     * @return how many saves landed as corrections
     */
    private int assertRaceStoredExactlyWhatWasSaved(
            int periodId,
            Map<CellKey, Integer> startVersions,
            long mark,
            List<LateAttempt> attempts,
            String publishRefused) {
        var period = as("admin", () -> periods.get(periodId));
        var publishedAt = db.select(AUDIT_ENTRY.ID)
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ID.gt(mark))
                .and(AUDIT_ENTRY.ENTITY.eq("period"))
                .and(AUDIT_ENTRY.ENTITY_ID.eq((long) periodId))
                .and(AUDIT_ENTRY.ACTION.eq("publish"))
                .fetch(AUDIT_ENTRY.ID);
        assertThat(publishedAt)
                .as("one publish entry if and only if the period was published")
                .hasSize(period.isPublished() ? 1 : 0);
        long publication = period.isPublished() ? publishedAt.getFirst() : Long.MAX_VALUE;
        if (!period.isPublished()) {
            assertThat(publishRefused).as("publishing waited for the drafts").isEqualTo("review.error.pending");
        }
        var trail = db.select(
                        AUDIT_ENTRY.ID,
                        APP_USER.USERNAME,
                        AUDIT_ENTRY.ACTION,
                        AUDIT_ENTRY.ENTITY,
                        AUDIT_ENTRY.ENTITY_ID,
                        AUDIT_ENTRY.NEW_VALUE,
                        AUDIT_ENTRY.REASON)
                .from(AUDIT_ENTRY)
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(AUDIT_ENTRY.ACTOR_ID))
                .where(AUDIT_ENTRY.ID.gt(mark))
                .and(AUDIT_ENTRY.ID.ne(publication))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch();
        assertThat(trail)
                .as("the race wrote nothing but figure edits and the publication")
                .allSatisfy(e -> assertThat(e.value3() + " " + e.value4()).isEqualTo("edit figure"));
        int corrections = 0;
        int audited = 0;
        for (var start : startVersions.entrySet()) {
            var key = start.getKey();
            var stored = db.selectFrom(FIGURE)
                    .where(FIGURE.INDICATOR_ID.eq(key.indicatorId()))
                    .and(FIGURE.DIVISION_ID.eq(key.divisionId()))
                    .and(FIGURE.PERIOD_ID.eq(key.periodId()))
                    .fetchSingle();
            var ofCell = attempts.stream().filter(a -> a.key().equals(key)).toList();
            var winners = ofCell.stream()
                    .filter(a -> a.outcome() == Outcome.SAVED)
                    .sorted(Comparator.comparingInt(LateAttempt::seenVersion))
                    .toList();
            assertThat(winners.stream().map(LateAttempt::seenVersion).toList())
                    .as("one stored save for every version the cell passed through")
                    .isEqualTo(IntStream.range(start.getValue(), stored.getVersion())
                            .boxed()
                            .toList());
            var entries = trail.stream()
                    .filter(e -> stored.getId().equals(e.value5()))
                    .toList();
            assertThat(entries).as("one audit entry per stored save").hasSameSizeAs(winners);
            audited += entries.size();
            for (int i = 0; i < winners.size(); i++) {
                var saved = winners.get(i);
                var entry = entries.get(i);
                boolean correction = entry.value1() > publication;
                assertThat(entry.value2()).isEqualTo(saved.editor());
                assertThat(valueIn(entry.value6().data())).isEqualByComparingTo(saved.text());
                assertThat(entry.value7())
                        .as("a reason is kept exactly when the save corrected a published figure")
                        .isEqualTo(correction ? CORRECTION : null);
                assertThat(saved.withReason() || !correction)
                        .as("a save without a reason never corrects")
                        .isTrue();
                assertThat(saved.shown().version()).isEqualTo(saved.seenVersion() + 1);
                assertThat(saved.shown().value()).isEqualByComparingTo(saved.text());
                assertThat(saved.shown().correctionReason()).isEqualTo(correction ? CORRECTION : null);
                corrections += correction ? 1 : 0;
            }
            assertThat(stored.getValue())
                    .as("the cell holds the last stored save's value")
                    .isEqualByComparingTo(
                            winners.isEmpty() ? "5" : winners.getLast().text());
            for (var loser :
                    ofCell.stream().filter(a -> a.outcome() == Outcome.CONFLICT).toList()) {
                int shown = loser.shown().version();
                assertThat(shown).as("the loser is shown a newer version").isGreaterThan(loser.seenVersion());
                var valueThen = shown == start.getValue()
                        ? "5"
                        : winners.get(shown - start.getValue() - 1).text();
                assertThat(loser.shown().value())
                        .as("the loser is shown the value stored at version %d", shown)
                        .isEqualByComparingTo(valueThen);
            }
        }
        assertThat(audited)
                .as("every edit in the trail is one of this period's cells")
                .isEqualTo(trail.size());
        assertThat(attempts.stream().filter(a -> a.outcome() == Outcome.NEEDS_REASON))
                .as("only a save without a reason, into a published period, is refused for want of one")
                .allMatch(a -> !a.withReason() && period.isPublished());
        assertThat(attempts.stream().filter(a -> a.outcome() == Outcome.REPEATED))
                .as("only the published value typed again writes nothing, and is shown as it stands")
                .allMatch(a -> period.isPublished() && a.shown().value().compareTo(new BigDecimal(a.text())) == 0);
        return corrections;
    }

    /** In a published period: approved values are the last approved revision, and any newer working value carries a reason. */
    private void assertPublishedFiguresOnlyChangeThroughRevisions(int periodId) {
        var period = as("admin", () -> periods.get(periodId));
        if (!period.isPublished()) {
            return;
        }
        for (var figure :
                db.selectFrom(FIGURE).where(FIGURE.PERIOD_ID.eq(periodId)).fetch()) {
            var last = db.selectFrom(FIGURE_REVISION)
                    .where(FIGURE_REVISION.FIGURE_ID.eq(figure.getId()))
                    .orderBy(FIGURE_REVISION.REVISION.desc())
                    .limit(1)
                    .fetchSingle();
            assertThat(figure.getRevision()).isEqualTo(last.getRevision());
            assertThat(figure.getApprovedValue()).isEqualByComparingTo(last.getValue());
            assertThat(figure.getRevision())
                    .as("nobody approved a correction during the race")
                    .isEqualTo(1);
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
        return figures.sheet(periodId).cells().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private List<String> statisticians(String prefix, int count) {
        int xiangcheng = Catalogue.divisionId(db, "350602");
        var names = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            var name = prefix + i;
            as(
                    "admin",
                    () -> users.create(new NewUser(
                            name,
                            "芗城区统计员" + name.substring(name.length() - 1),
                            PASSWORD,
                            Set.of(Role.STATISTICIAN),
                            Set.of(xiangcheng))));
            names.add(name);
        }
        return names;
    }

    private long lastAuditId() {
        return db.select(DSL.coalesce(DSL.max(AUDIT_ENTRY.ID), 0L))
                .from(AUDIT_ENTRY)
                .fetchSingle()
                .value1();
    }

    private static final Pattern VALUE = Pattern.compile("\"value\": \"([^\"]*)\"");

    private static BigDecimal valueIn(String json) {
        var matcher = VALUE.matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return new BigDecimal(matcher.group(1));
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.NO_AUTHORITIES));
    }
}
