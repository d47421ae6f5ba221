package org.minsheng.bench;

import java.util.Arrays;

/** Durations of repeated runs, in milliseconds. */
final class Timings {

    private final double[] ms;
    private int n;

    Timings(int capacity) {
        ms = new double[capacity];
    }

    void add(long nanos) {
        ms[n++] = nanos / 1e6;
    }

    int count() {
        return n;
    }

    double median() {
        return quantile(0.5);
    }

    double p95() {
        return quantile(0.95);
    }

    /** Nearest-rank quantile. */
    double quantile(double q) {
        var sorted = Arrays.copyOf(ms, n);
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(q * n) - 1)];
    }
}
