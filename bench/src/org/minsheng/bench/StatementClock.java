package org.minsheng.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Where a page's time goes: each statement jOOQ runs, from its start to the end of its fetch, added up
 * under the repository method that issued it (the outermost frame of a class named *Repository), for
 * the thread inside {@link #measure} only. Added to the bench's context only.
 */
final class StatementClock implements ExecuteListener {

    private final Map<String, long[]> byMethod = new ConcurrentHashMap<>();
    private final ThreadLocal<Long> started = new ThreadLocal<>();
    private volatile Thread measuring;
    private volatile String phase = "";

    /** Runs {@code call} with the clock on. */
    void measure(Runnable call) {
        measure("", call);
    }

    /**
     * As {@link #measure(Runnable)}, the statements counted under {@code phase} (a dry run against its
     * commit), each phase with its own total in the report.
     */
    void measure(String phase, Runnable call) {
        this.phase = phase;
        measuring = Thread.currentThread();
        try {
            call.run();
        } finally {
            measuring = null;
            this.phase = "";
        }
    }

    /** Milliseconds and statements per method, over everything measured, divided by {@code runs}. */
    String report(int runs) {
        return report(runs, "page");
    }

    /** As {@link #report(int)}, per {@code unit} (a page, a file). */
    String report(int runs, String unit) {
        var sorted = new TreeMap<String, long[]>(byMethod);
        var out = new StringBuilder(
                "| repository method | statements per %1$s | ms per %1$s |\n|---|---:|---:|\n".formatted(unit));
        long total = 0;
        var phases = new TreeMap<String, long[]>();
        for (var e : sorted.entrySet()) {
            total += e.getValue()[1];
            var phase = e.getKey().contains(": ")
                    ? e.getKey().substring(0, e.getKey().indexOf(": "))
                    : "";
            var sum = phases.computeIfAbsent(phase, k -> new long[2]);
            sum[0] += e.getValue()[0];
            sum[1] += e.getValue()[1];
            out.append(String.format(
                    "| %s | %.1f | %.1f |%n",
                    e.getKey(), e.getValue()[0] / (double) runs, e.getValue()[1] / 1e6 / runs));
        }
        if (phases.size() > 1) {
            phases.forEach((phase, sum) -> out.append(String.format(
                    "| all statements of %s | %.1f | %.1f |%n", phase, sum[0] / (double) runs, sum[1] / 1e6 / runs)));
        }
        out.append(String.format("| all statements | | %.1f |%n", total / 1e6 / runs));
        return out.toString();
    }

    void reset() {
        byMethod.clear();
    }

    @Override
    public void start(ExecuteContext ctx) {
        if (Thread.currentThread() == measuring) {
            started.set(System.nanoTime());
        }
    }

    @Override
    public void end(ExecuteContext ctx) {
        var t0 = started.get();
        if (t0 == null || Thread.currentThread() != measuring) {
            return;
        }
        started.remove();
        long nanos = System.nanoTime() - t0;
        var method = StackWalker.getInstance()
                .walk(frames -> frames.filter(f -> f.getClassName().endsWith("Repository"))
                        .reduce((inner, outer) -> outer)
                        .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
                                + f.getMethodName()))
                .orElse("(other)");
        if (!phase.isEmpty()) {
            method = phase + ": " + method;
        }
        var cell = byMethod.computeIfAbsent(method, k -> new long[2]);
        synchronized (cell) {
            cell[0]++;
            cell[1] += nanos;
        }
    }
}
