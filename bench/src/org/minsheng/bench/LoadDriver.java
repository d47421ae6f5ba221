package org.minsheng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * Concurrent users over Vaadin's UI protocol against a running application ({@code bench/run.sh
 * prod-app S}), each replaying the requests a real Chromium sent in the recorded session
 * ({@link BrowserSession}, bench/fixtures/browser-session.jsonl) with its own session, security key,
 * syncId and clientId: 80% leaders (sign in, dashboard, period filter, chart indicator, year filter,
 * a district by a click on its bar, back to the city; then a reload of the dashboard and the same
 * again), 20% statisticians (sign in, dashboard, entry sheet, then saves of typed values into cells
 * of the sheet, each as the browser sends it: the field's value synchronised and its change event).
 * A think time separates actions; each UI sends a heartbeat every {@code bench.heartbeat} seconds.
 * Users are added in steps until the p95 of a user action passes 500 ms or errors pass 0.1%; each
 * step reports the CPU the application, its garbage collector and PostgreSQL used, and the load
 * average of the machine.
 *
 * <p>{@code bench/run.sh load http://localhost:18180 APP_PID[,APP_PID…] [start step stepSeconds max]}
 * (several PIDs for the nodes behind bench/cluster.sh's HAProxy: their CPU is summed, JFR records the first);
 * {@code -Dbench.think=3000} (mean think time in ms), {@code -Dbench.heartbeat=300} (s, Vaadin's
 * default), {@code -Dbench.jfr=DIR} (a JFR recording of the application per step, by jcmd),
 * {@code -Dbench.pgData=bench-data/S} (whose PostgreSQL to count), {@code -Dbench.arrival=ms} (a step's new
 * users start spread over this time, default one think time), {@code -Dbench.lastStepSeconds=s} (the last
 * step held this long instead of stepSeconds).
 */
public final class LoadDriver {

    private static final Pattern CELL_NODE =
            Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"data-indicator\"");

    private final String base;
    private final int think;
    private final long heartbeatNanos;
    private final BrowserSession session;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, String> lastErrors = new ConcurrentHashMap<>();

    private record Sample(String action, long nanos, boolean failed) {}

    private LoadDriver(String base, int think, int heartbeatSeconds, BrowserSession session) {
        this.base = base;
        this.think = think;
        this.heartbeatNanos = heartbeatSeconds * 1_000_000_000L;
        this.session = session;
    }

    public static void main(String[] args) throws Exception {
        var base = args[0];
        // several nodes behind a balancer (bench/cluster.sh): their PIDs comma-separated, CPU summed
        long[] appPids = java.util.Arrays.stream(args[1].split(","))
                .mapToLong(Long::parseLong)
                .toArray();
        int start = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int step = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        int max = args.length > 5 ? Integer.parseInt(args[5]) : 400;
        var driver = new LoadDriver(
                base,
                Integer.getInteger("bench.think", 3000),
                Integer.getInteger("bench.heartbeat", 300),
                BrowserSession.load());
        driver.ramp(appPids, start, step, seconds, max);
    }

    private void ramp(long[] appPids, int start, int step, int seconds, int max) throws Exception {
        var users = new ArrayList<Thread>();
        var jfr = System.getProperty("bench.jfr");
        System.out.println("| users | actions | actions/s | requests/s | median ms | p95 ms | slowest action p95 ms"
                + " | errors | app CPU % | of which GC % | PostgreSQL CPU % | load average |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|");
        for (int target = start; target <= max; target += step) {
            while (users.size() < target) {
                boolean leader = users.size() % 5 != 4;
                users.add(Thread.ofVirtual().start(() -> user(leader)));
            }
            if (jfr != null) {
                Files.createDirectories(Path.of(jfr));
                jcmd(appPids[0], "JFR.start", "name=step-" + target, "settings=profile");
            }
            samples.clear();
            requests.set(0);
            var load0 = loadAverage();
            long appCpu0 = Cpu.of(appPids);
            long gcCpu0 = Cpu.gc(appPids);
            long dbCpu0 = Cpu.postgres();
            long t0 = System.nanoTime();
            // the last step may be held longer: bench/pairing.sh's ramp holds 200 users while the push bench runs
            Thread.sleep(
                    (target + step > max ? Integer.getInteger("bench.lastStepSeconds", seconds) : seconds) * 1000L);
            double wall = (System.nanoTime() - t0) / 1e9;
            double appCpu = (Cpu.of(appPids) - appCpu0) / Cpu.TICKS / wall * 100;
            double gcCpu = (Cpu.gc(appPids) - gcCpu0) / Cpu.TICKS / wall * 100;
            double dbCpu = (Cpu.postgres() - dbCpu0) / Cpu.TICKS / wall * 100;
            var load1 = loadAverage();
            if (jfr != null) {
                var file = Path.of(jfr, "step-" + target + ".jfr").toAbsolutePath();
                jcmd(appPids[0], "JFR.dump", "name=step-" + target, "filename=" + file);
                jcmd(appPids[0], "JFR.stop", "name=step-" + target);
            }
            var taken = new ArrayList<>(samples);
            var all = new Timings(taken.size());
            var byAction = new TreeMap<String, Timings>();
            long failed = 0;
            for (var s : taken) {
                all.add(s.nanos());
                byAction.computeIfAbsent(s.action(), a -> new Timings(taken.size()))
                        .add(s.nanos());
                failed += s.failed() ? 1 : 0;
            }
            int n = taken.size();
            double errorRate = n == 0 ? 0 : failed * 100.0 / n;
            var slowest = byAction.entrySet().stream()
                    .filter(e -> e.getValue().count() > 0)
                    .max(Map.Entry.comparingByValue(java.util.Comparator.comparingDouble(Timings::p95)))
                    .map(e -> "%s %.0f".formatted(e.getKey(), e.getValue().p95()))
                    .orElse("–");
            System.out.printf(
                    "| %d | %,d | %.1f | %.1f | %.0f | %.0f | %s | %d (%.2f%%) | %.0f | %.0f | %.0f | %s → %s |%n",
                    target,
                    n,
                    n / wall,
                    requests.get() / wall,
                    n == 0 ? 0 : all.median(),
                    n == 0 ? 0 : all.p95(),
                    slowest,
                    failed,
                    errorRate,
                    appCpu,
                    gcCpu,
                    dbCpu,
                    load0,
                    load1);
            System.out.println("   by action (count median/p95 ms): "
                    + String.join(
                            ", ",
                            byAction.entrySet().stream()
                                    .map(e -> "%s %d %.0f/%.0f"
                                            .formatted(
                                                    e.getKey(),
                                                    e.getValue().count(),
                                                    e.getValue().median(),
                                                    e.getValue().p95()))
                                    .toList()));
            lastErrors.forEach((action, error) -> System.out.println("   last error in " + action + ": " + error));
            lastErrors.clear();
            if (n > 0 && (all.p95() > 500 || errorRate > 0.1)) {
                System.out.println("stopped: p95 above 500 ms or errors above 0.1% at " + target + " users");
                break;
            }
        }
        running.set(false);
        users.forEach(Thread::interrupt);
    }

    /** One simulated browser for as long as the run lasts; after an error it starts over in a new session. */
    private void user(boolean leader) {
        var random = ThreadLocalRandom.current();
        try {
            // a step's new users arrive spread over bench.arrival ms (default one think time): people
            // do not all sign in in the same second, and BCrypt makes a burst of sign-ins the slowest action
            Thread.sleep(random.nextInt(Math.max(1, Integer.getInteger("bench.arrival", think))));
            while (running.get()) {
                try {
                    journey(leader, random);
                } catch (ActionFailed e) {
                    Thread.sleep((long) (think * (0.5 + random.nextDouble())));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void journey(boolean leader, ThreadLocalRandom random) throws InterruptedException {
        var client = new VaadinClient(base);
        var username = leader ? "leader" : "stat-xiangcheng";
        var actions = leader ? session.leader() : session.statistician();
        long[] lastHeartbeat = {System.nanoTime()};
        List<String> cells = List.of();
        boolean first = true;
        while (running.get()) {
            for (var action : actions) {
                if (!running.get()) {
                    return;
                }
                var name = action.name();
                // the page load of the first visit; a reload starts at the dashboard, already signed in
                if (name.equals("idle") || (!first && name.equals("login"))) {
                    continue;
                }
                if (!leader && !first && !name.equals("save")) {
                    continue;
                }
                if (System.nanoTime() - lastHeartbeat[0] > heartbeatNanos) {
                    act(client, "heartbeat", () -> client.heartbeat());
                    lastHeartbeat[0] = System.nanoTime();
                }
                var chosen = cells;
                act(client, name, () -> {
                    for (var line : action.requests()) {
                        if (line.get("kind").asString().equals("heartbeat")) {
                            continue; // heartbeats go by the clock, above
                        }
                        if (name.equals("save") && isChannelOnly(line) && !chosen.isEmpty()) {
                            continue; // a follow-up of the recorded field's own channel, not of the cell chosen
                        }
                        requests.incrementAndGet();
                        client.replay(
                                line,
                                username,
                                request -> name.equals("save") ? typed(request, chosen, random) : request);
                    }
                    if (name.equals("login")) {
                        // the form's post (BCrypt) belongs to signing in, not to the dashboard that follows
                        requests.incrementAndGet();
                        client.signIn(username);
                    }
                });
                if (name.equals("open-entry")) {
                    cells = CELL_NODE
                            .matcher(client.lastBody)
                            .results()
                            .map(m -> m.group(1))
                            .toList();
                }
                Thread.sleep((long) (think * (0.5 + random.nextDouble())));
            }
            first = false;
        }
    }

    private static boolean isChannelOnly(ObjectNode line) {
        var rpc = line.path("request").path("rpc");
        return rpc.size() > 0
                && rpc.valueStream().allMatch(r -> r.path("type").asString().equals("channel"));
    }

    /** A typed value into a cell of the sheet, drawn at random, in the shape the browser sent. */
    private static ObjectNode typed(ObjectNode request, List<String> cells, ThreadLocalRandom random) {
        var node = cells.isEmpty() ? null : Integer.parseInt(cells.get(random.nextInt(cells.size())));
        var value = String.valueOf(random.nextInt(1, 60));
        for (var rpc : request.path("rpc")) {
            var invocation = (ObjectNode) rpc;
            if (node != null
                    && invocation.has("node")
                    && !invocation.path("type").asString().equals("channel")) {
                invocation.put("node", node);
            }
            if (invocation.path("type").asString().equals("mSync")
                    && invocation.path("property").asString().equals("value")) {
                invocation.put("value", value);
            }
        }
        return request;
    }

    private interface Step {
        void run() throws Exception;
    }

    private static final class ActionFailed extends RuntimeException {
        ActionFailed(Exception cause) {
            super(cause);
        }
    }

    private void act(VaadinClient client, String action, Step step) {
        long t0 = System.nanoTime();
        boolean failed = false;
        try {
            step.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ActionFailed(e);
        } catch (Exception e) {
            failed = running.get();
            if (failed) {
                lastErrors.put(action, String.valueOf(e.getMessage()));
            }
            throw new ActionFailed(e);
        } finally {
            if (!action.equals("heartbeat")) {
                samples.add(new Sample(action, System.nanoTime() - t0, failed));
            } else {
                requests.incrementAndGet();
            }
        }
    }

    private static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static void jcmd(long pid, String... command) throws Exception {
        HeapSessions.jcmd(pid, command);
    }

    /** CPU time of processes from /proc, in clock ticks. */
    static final class Cpu {
        static final double TICKS = 100.0;

        static long of(long pid) {
            return ticks(Path.of("/proc/" + pid + "/stat"));
        }

        static long of(long[] pids) {
            return java.util.Arrays.stream(pids).map(Cpu::of).sum();
        }

        static long gc(long[] pids) {
            return java.util.Arrays.stream(pids).map(Cpu::gc).sum();
        }

        private static long ticks(Path stat) {
            try {
                var text = Files.readString(stat);
                var fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (Exception e) {
                return 0;
            }
        }

        /** The JVM's garbage-collector threads (G1's workers, concurrent markers, refinement and service threads). */
        static long gc(long pid) {
            try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
                return tasks.filter(t -> {
                            try {
                                var name = Files.readString(t.resolve("comm")).strip();
                                return name.startsWith("GC Thread") || name.startsWith("G1 ");
                            } catch (Exception e) {
                                return false;
                            }
                        })
                        .mapToLong(t -> ticks(t.resolve("stat")))
                        .sum();
            } catch (Exception e) {
                return 0;
            }
        }

        /**
         * The bench database's server and its backends: the postmaster whose arguments name the data
         * directory ({@code -Dbench.pgData}, default bench-data/S of this checkout) and its children. Other helpers'
         * databases on the same machine are not counted.
         */
        static long postgres() {
            // absolute, as the embedded server is started with it: another checkout's bench-data/S is not this one
            var dir = Path.of(System.getProperty("bench.pgData", "bench-data/S"))
                    .toAbsolutePath()
                    .normalize()
                    .toString();
            long total = 0;
            for (var postmaster : ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().orElse("").endsWith("postgres"))
                    .filter(p -> (" " + String.join(" ", p.info().arguments().orElse(new String[0])) + " ")
                            .contains(" -D " + dir + " "))
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
