package org.minsheng.dashboard.ui;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.minsheng.dashboard.Dashboard;

/**
 * What a dashboard draws from a page (a headline tile, a chart card, the units' table), worked out once
 * per page for every session showing it. The service hands every reader of the same view and edition the
 * same {@link Dashboard} (a limited reader gets a copy of their own), and these parts depend on nothing
 * else but their key, which always holds the language: drawing them again for each session was a fifth of
 * the server's CPU under load, and after an approval every open dashboard drew the same new page at once
 * (docs/benchmarks.md 6.2 and 6.3). What a session adds of its own (a chosen sort order, its click
 * listeners) stays with the session's component.
 *
 * <p>Pages are told apart by identity, not by value: comparing two pages' figures would cost more than
 * drawing them. The parts of at most {@link #PAGES} pages are held, about as many pages as the service
 * keeps. Each caller keys its parts with a record type of its own, so two callers' keys never meet.
 * Whatever is kept is shared by sessions on other threads: it must not change once drawn.
 */
final class PageMemo {

    /**
     * A page by identity, held weakly: a page the service and every session have let go is not kept
     * alive for its parts (its entry goes with the next pages shown).
     */
    private static final class Page {
        private final WeakReference<Object> dashboard;
        private final int hash;

        Page(Object dashboard) {
            this.dashboard = new WeakReference<>(dashboard);
            this.hash = System.identityHashCode(dashboard);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Page page && page.hash == hash && page.dashboard.get() == dashboard.get();
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    static final int PAGES = 64;

    private static final Map<Page, Map<Object, Object>> PAGES_DRAWN = new LinkedHashMap<>(PAGES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Page, Map<Object, Object>> eldest) {
            return size() > PAGES;
        }
    };

    private PageMemo() {}

    /**
     * The part {@code key} of {@code page} (a {@link Dashboard}, or in a test any object), drawn by
     * {@code draw} the first time. The type is the caller's promise: one key type, one part type.
     */
    @SuppressWarnings("unchecked")
    static <T> T of(Object page, Record key, Supplier<T> draw) {
        synchronized (PAGES_DRAWN) {
            // a miss leaves nothing behind: the page's map is made only once there is a part to keep
            var drawn = PAGES_DRAWN.get(new Page(page));
            var part = drawn == null ? null : drawn.get(key);
            if (part != null) {
                return (T) part;
            }
        }
        // drawn outside the lock: a session drawing one page does not hold up another page's sessions
        var part = draw.get();
        synchronized (PAGES_DRAWN) {
            return (T) PAGES_DRAWN
                    .computeIfAbsent(new Page(page), p -> new HashMap<>())
                    .merge(key, part, (kept, drawnAgain) -> kept);
        }
    }
}
