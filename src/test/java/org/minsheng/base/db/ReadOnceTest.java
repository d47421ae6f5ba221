package org.minsheng.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ReadOnceTest {

    private final AtomicInteger reads = new AtomicInteger();

    private List<Integer> read() {
        return List.of(reads.incrementAndGet());
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }

    private static void begin(boolean readOnly) {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
    }

    @Test
    void a_read_only_transaction_reads_each_key_once() {
        begin(true);
        var first = ReadOnce.inTransaction(List.of("periods"), this::read);
        var again = ReadOnce.inTransaction(List.of("periods"), this::read);
        var otherYear = ReadOnce.inTransaction(List.of("units", 2025), this::read);
        var sameYear = ReadOnce.inTransaction(List.of("units", 2025), this::read);
        assertThat(again).isSameAs(first);
        assertThat(sameYear).isSameAs(otherYear).isNotEqualTo(first);
        assertThat(reads).hasValue(2);
    }

    @Test
    void the_next_transaction_reads_again() {
        begin(true);
        ReadOnce.inTransaction(List.of("periods"), this::read);
        TransactionSynchronizationManager.clearSynchronization();
        begin(true);
        assertThat(ReadOnce.inTransaction(List.of("periods"), this::read)).containsExactly(2);
    }

    @Test
    void a_read_write_transaction_reads_every_time() {
        // it may have written what it reads in between
        begin(false);
        ReadOnce.inTransaction(List.of("periods"), this::read);
        ReadOnce.inTransaction(List.of("periods"), this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void outside_a_transaction_every_call_reads() {
        ReadOnce.inTransaction(List.of("periods"), this::read);
        ReadOnce.inTransaction(List.of("periods"), this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_read_that_reads_once_itself_is_kept_with_it() {
        begin(true);
        var outer = ReadOnce.inTransaction(
                List.of("units", 2025), () -> List.of(ReadOnce.inTransaction(List.of("root"), this::read)));
        assertThat(outer).containsExactly(List.of(1));
        assertThat(ReadOnce.inTransaction(List.of("root"), this::read)).containsExactly(1);
        assertThat(reads).hasValue(1);
    }
}
