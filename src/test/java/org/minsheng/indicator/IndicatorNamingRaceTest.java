package org.minsheng.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two administrators giving two new indicators the same name at the same instant: each used to find the name
 * free, since neither saw the other's uncommitted row, and the catalogue got two 标准化村卫生所. The first
 * administrator's transaction is held open after its check; the second must wait for it and then be told
 * the name is taken. Everything here commits, so it runs on the database of the tests that commit and takes
 * its indicators away after.
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.test.database=own-writes")
class IndicatorNamingRaceTest {

    private static final String FIRST = "race_clinics_a";
    private static final String SECOND = "race_clinics_b";

    @Autowired
    IndicatorAdminService service;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DSLContext db;

    @AfterEach
    void takeAwayTheIndicators() {
        db.execute("delete from indicator where code in (?, ?)", FIRST, SECOND);
    }

    @Test
    void the_second_of_two_administrators_creating_the_same_name_at_once_is_told_it_is_taken() throws Exception {
        var clinics = Catalogue.clinics(db);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var checked = new CompletableFuture<Void>();
            var release = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> as("admin", () -> {
                try {
                    new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        service.create(withCode(clinics, FIRST));
                        checked.complete(null);
                        await(release);
                    });
                } catch (RuntimeException e) {
                    checked.completeExceptionally(e);
                    throw e;
                }
            }));
            // the first has checked and written its indicator, and not committed
            checked.get();
            Future<CatalogueEntry> second =
                    pool.submit(() -> as("admin", () -> service.create(withCode(clinics, SECOND))));
            // until the second has either finished or stands waiting behind the first's transaction
            while (!second.isDone() && !waitingForALock()) {
                Thread.onSpinWait();
            }
            release.countDown();
            first.get();
            assertThatThrownBy(second::get)
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(RefusedException.class)
                    .hasMessageContaining("catalogue.indicator.error.nameZh.taken");
            assertThat(db.fetchCount(db.selectFrom("indicator").where("name_zh = ? and retired_on is null", "标准化村卫生所")))
                    .isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean waitingForALock() {
        return db.fetchExists(db.selectFrom("pg_locks").where("not granted"));
    }

    private static IndicatorDraft withCode(IndicatorDraft d, String code) {
        var n = d.names();
        return d.with(new IndicatorDraft.Names(
                code, n.nameZh(), n.nameEn(), n.shortNameZh(), n.shortNameEn(), n.definitionZh(), n.definitionEn()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
