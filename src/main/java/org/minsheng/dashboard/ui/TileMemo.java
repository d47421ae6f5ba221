package org.minsheng.dashboard.ui;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.minsheng.dashboard.Dashboard;

/**
 * A headline tile's inside, worked out once per page and language for every session showing that page.
 * The service hands every reader of the same view and edition the same {@link Dashboard} (a limited
 * reader gets a copy of their own), and a tile depends on nothing else but its indicator and the
 * language: drawing the ~20 tiles for each session again was a tenth of the server's CPU under load,
 * and after an approval every open dashboard drew the same new tiles at once (docs/benchmarks.md 6.2).
 *
 * <p>Pages are told apart by identity, not by value: comparing two pages' figures would cost more than
 * drawing the tiles. The tiles of at most {@link #PAGES} pages are held, about as many pages as the
 * service keeps.
 */
final class TileMemo {

    /** A tile's HTML, and its status class ({@code met}, {@code missed}, or null without a target). */
    record Tile(String html, String status) {}

    private record Drawn(int indicatorId, Locale locale) {}

    /**
     * A page by identity, held weakly: a page the service and every session have let go is not kept
     * alive for its tiles (its entry goes with the next pages shown).
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

    private static final Map<Page, Map<Drawn, Tile>> PAGES_DRAWN = new LinkedHashMap<>(PAGES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Page, Map<Drawn, Tile>> eldest) {
            return size() > PAGES;
        }
    };

    private TileMemo() {}

    /**
     * The tile of {@code indicatorId} on {@code page} (a {@link Dashboard}, or in a test any object) in
     * {@code locale}, drawn by {@code draw} the first time.
     */
    static Tile of(Object page, int indicatorId, Locale locale, Supplier<Tile> draw) {
        var key = new Drawn(indicatorId, locale);
        synchronized (PAGES_DRAWN) {
            var tile = PAGES_DRAWN
                    .computeIfAbsent(new Page(page), p -> new HashMap<>())
                    .get(key);
            if (tile != null) {
                return tile;
            }
        }
        // drawn outside the lock: a session drawing one page's tiles does not hold up another page's
        var tile = draw.get();
        synchronized (PAGES_DRAWN) {
            PAGES_DRAWN.computeIfAbsent(new Page(page), p -> new HashMap<>()).putIfAbsent(key, tile);
        }
        return tile;
    }
}
