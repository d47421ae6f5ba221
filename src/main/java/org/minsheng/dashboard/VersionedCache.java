package org.minsheng.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last answers for the most recently asked keys, each kept with the data version it was computed
 * at. An answer is served only while the version is unchanged, so it is never older than the data;
 * the version is read before computing, so an answer computed while an approval committed is at
 * worst newer than its version and simply recomputed next time. Versions are only compared for
 * equality (V090 pairs a counter with the id of the transaction that moved it, never reused).
 */
final class VersionedCache<K, V> {

    private record Cached<V>(Object version, V value) {}

    private final Map<K, Cached<V>> entries;

    VersionedCache(int capacity) {
        entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Cached<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Object version, Supplier<V> compute) {
        synchronized (entries) {
            var entry = entries.get(key);
            if (entry != null && entry.version().equals(version)) {
                return entry.value();
            }
        }
        // computed outside the lock: two pages asking at once both compute rather than queue
        var value = compute.get();
        synchronized (entries) {
            entries.put(key, new Cached<>(version, value));
        }
        return value;
    }
}
