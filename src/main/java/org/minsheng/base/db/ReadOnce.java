package org.minsheng.base.db;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data (the periods, the reporting units of a year, the indicator catalogue) read once per
 * read-only transaction instead of once per service call: an import's dry run maps the file with the
 * catalogue and then checks it with the same catalogue, which read it twice. Only in a read-only
 * transaction, where nothing written in between could make the second read differ (PostgreSQL refuses
 * a write there); a read-write transaction reads each time, as before.
 */
public final class ReadOnce {

    private ReadOnce() {}

    /**
     * What {@code read} gives, read once per read-only transaction for each {@code key} (a key names
     * the read and its arguments); read every time outside one.
     */
    @SuppressWarnings("unchecked")
    public static <T> T inTransaction(List<?> key, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.get();
        }
        var reads = reads();
        if (reads.containsKey(key)) {
            return (T) reads.get(key);
        }
        // not computeIfAbsent: a read may itself read once (the reporting units read the root unit)
        var value = read.get();
        reads.put(List.copyOf(key), value);
        return value;
    }

    private static Map<List<?>, Object> reads() {
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Reads reads) {
                return reads.values;
            }
        }
        // kept with the transaction's synchronizations, which Spring drops when it ends: nothing read
        // here outlives the transaction or reaches another thread
        var reads = new Reads();
        TransactionSynchronizationManager.registerSynchronization(reads);
        return reads.values;
    }

    /** The values read in one transaction, by key. */
    private static final class Reads implements TransactionSynchronization {
        private final Map<List<?>, Object> values = new HashMap<>();
    }
}
