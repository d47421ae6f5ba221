package org.minsheng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Concurrent users over Vaadin's UI protocol against a running application ({@code bench/run.sh app S}):
 * 80% leaders who sign in, open the dashboard and then change its filters by in-app navigation;
 * 20% statisticians who sign in, open the entry sheet and save a value into one of its cells (the
 * value property synchronised and the change event fired, as the browser sends them), each with a
 * think time between steps. Users are added in steps until the p95 of a step passes 500 ms or its
 * errors pass 0.1%; each step reports the CPU that the application and PostgreSQL used.
 *
 * <p>{@code bench/run.sh load http://localhost:18080 APP_PID [start step stepSeconds max]};
 * {@code -Dbench.think=3000} (mean think time in ms).
 */
public final class LoadDriver {

    private static final Pattern CELL_NODE =
            Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"data-indicator\"");
    private static final String[] QUERIES = {
        "year=2025&period=year",
        "year=2025&period=month&part=%d",
        "year=2025&period=quarter&part=%d",
        "year=2024&period=year",
        "year=2025&period=year&division=350623",
        "year=2025&period=year&category=campaign",
        "year=2025&period=month&part=%d&division=350602"
    };

    private final String base;
    private final int think;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private volatile String lastError = "";

    private LoadDriver(String base, int think) {
        this.base = base;
        this.think = think;
    }

    public static void main(String[] args) throws Exception {
        var base = args[0];
        long appPid = Long.parseLong(args[1]);
        int start = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int step = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        int max = args.length > 5 ? Integer.parseInt(args[5]) : 400;
        var driver = new LoadDriver(base, Integer.getInteger("bench.think", 3000));
        driver.ramp(appPid, start, step, seconds, max);
    }

    private void ramp(long appPid, int start, int step, int seconds, int max) throws Exception {
        var users = new ArrayList<Thread>();
        System.out.println("| users | requests | req/s | median ms | p95 ms | errors | app CPU % | PostgreSQL CPU % |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int target = start; target <= max; target += step) {
            while (users.size() < target) {
                boolean leader = users.size() % 5 != 4;
                users.add(Thread.ofVirtual().start(() -> user(leader)));
            }
            samples.clear();
            errors.set(0);
            requests.set(0);
            long appCpu0 = Cpu.of(appPid);
            long dbCpu0 = Cpu.postgres();
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            double wall = (System.nanoTime() - t0) / 1e9;
            double appCpu = (Cpu.of(appPid) - appCpu0) / Cpu.TICKS / wall * 100;
            double dbCpu = (Cpu.postgres() - dbCpu0) / Cpu.TICKS / wall * 100;
            var timings = new Timings(samples.size());
            samples.forEach(s -> timings.add(s[0]));
            long n = requests.get();
            double errorRate = n == 0 ? 0 : errors.get() * 100.0 / n;
            System.out.printf(
                    "| %d | %,d | %.1f | %.0f | %.0f | %d (%.2f%%) | %.0f | %.0f |%n",
                    target,
                    n,
                    n / wall,
                    n == 0 ? 0 : timings.median(),
                    n == 0 ? 0 : timings.p95(),
                    errors.get(),
                    errorRate,
                    appCpu,
                    dbCpu);
            if (!lastError.isEmpty()) {
                System.out.println("   last error: " + lastError);
                lastError = "";
            }
            if (n > 0 && (timings.p95() > 500 || errorRate > 0.1)) {
                System.out.println("stopped: p95 above 500 ms or errors above 0.1% at " + target + " users");
                break;
            }
        }
        running.set(false);
        users.forEach(Thread::interrupt);
    }

    private void user(boolean leader) {
        var random = ThreadLocalRandom.current();
        try {
            Thread.sleep(random.nextInt(Math.max(1, think)));
            var client = new VaadinClient(base);
            var user = leader ? "leader" : (random.nextBoolean() ? "stat-xiangcheng" : "stat-zhangpu");
            if (!timed(() -> client.login(user, "demo"))) {
                throw new IllegalStateException("login refused for " + user);
            }
            timed(() -> {
                client.open(leader ? "" : "entry", "");
                return true;
            });
            var cells = CELL_NODE
                    .matcher(client.lastBody)
                    .results()
                    .map(m -> m.group(1))
                    .toList();
            while (running.get()) {
                Thread.sleep((long) (think * (0.5 + random.nextDouble())));
                if (leader) {
                    var query = QUERIES[random.nextInt(QUERIES.length)].formatted(1 + random.nextInt(4));
                    timed(() -> {
                        client.navigate("", query);
                        return true;
                    });
                } else if (!cells.isEmpty()) {
                    var node = cells.get(random.nextInt(cells.size()));
                    var value = String.valueOf(random.nextInt(1, 60));
                    timed(() -> {
                        client.rpc(
                                "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\","
                                        + "\"value\":\"" + value + "\"}",
                                "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"change\",\"data\":{}}");
                        return true;
                    });
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            errors.incrementAndGet();
            lastError = e.toString();
        }
    }

    private interface Step {
        boolean run() throws Exception;
    }

    private boolean timed(Step step) throws Exception {
        long t0 = System.nanoTime();
        try {
            return step.run();
        } catch (Exception e) {
            errors.incrementAndGet();
            lastError = e.getMessage();
            throw e;
        } finally {
            requests.incrementAndGet();
            samples.add(new long[] {System.nanoTime() - t0});
        }
    }

    /** CPU time of processes from /proc, in clock ticks. */
    static final class Cpu {
        static final double TICKS = 100.0;

        static long of(long pid) {
            try {
                var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (Exception e) {
                return 0;
            }
        }

        /**
         * The bench database's server and its backends: the postmaster whose arguments name the data
         * directory ({@code -Dbench.pgData}, default bench-data/S) and its children. Other helpers'
         * databases on the same machine are not counted.
         */
        static long postgres() {
            var dir = System.getProperty("bench.pgData", "bench-data/S");
            long total = 0;
            for (var postmaster : ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().orElse("").endsWith("postgres"))
                    .filter(p -> String.join(" ", p.info().arguments().orElse(new String[0]))
                            .contains(dir))
                    .toList()) {
                total += of(postmaster.pid());
                total += postmaster
                        .descendants()
                        .mapToLong(child -> of(child.pid()))
                        .sum();
            }
            return total;
        }
    }
}
