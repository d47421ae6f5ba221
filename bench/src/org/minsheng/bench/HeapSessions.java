package org.minsheng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Heap retained per open dashboard session of a running application ({@code bench/run.sh prod-app
 * S}), with the browsers in this process, so nothing they keep is counted: each signs in as the
 * leader and opens the dashboard by replaying what Chromium sent in the recorded session
 * ({@link BrowserSession}: the login page, the sign-in, the dashboard and the requests the page
 * sends after its first paint). At each step the application's class histogram is taken with
 * {@code jcmd PID GC.class_histogram}, which collects first, so its total is the live heap; the
 * difference between two steps divided by the sessions added is what one session holds, class by class.
 *
 * <p>{@code bench/run.sh heap http://localhost:18180 APP_PID [1,50,200] [DIR]}: histograms go to DIR
 * (default target/bench/heap).
 */
public final class HeapSessions {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)");
    private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private HeapSessions() {}

    public static void main(String[] args) throws Exception {
        var base = args[0];
        long pid = Long.parseLong(args[1]);
        int[] steps = Arrays.stream((args.length > 2 ? args[2] : "1,50,200").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        var dir = Path.of(args.length > 3 ? args[3] : "target/bench/heap");
        Files.createDirectories(dir);
        var opening = BrowserSession.upTo(BrowserSession.load().leader(), "dashboard");
        var clients = new ArrayList<VaadinClient>();
        var totals = new ArrayList<long[]>();
        var histograms = new ArrayList<Map<String, long[]>>();
        for (int step : steps) {
            while (clients.size() < step) {
                var client = new VaadinClient(base);
                for (var action : opening) {
                    for (var line : action.requests()) {
                        client.replay(line, "leader", r -> r);
                    }
                }
                if (!client.lastBody.contains("\"clientId\"")) {
                    throw new IllegalStateException("the dashboard did not open: " + client.lastBody);
                }
                clients.add(client);
            }
            var text = jcmd(pid, "GC.class_histogram");
            Files.writeString(dir.resolve("histogram-" + step + ".txt"), text);
            var total = TOTAL.matcher(text);
            if (!total.find()) {
                throw new IllegalStateException("no total in the histogram: " + text.substring(0, 300));
            }
            totals.add(new long[] {step, Long.parseLong(total.group(2))});
            histograms.add(rows(text));
            System.out.printf("%d sessions: live heap %,d KB%n", step, totals.getLast()[1] / 1024);
        }
        System.out.println(
                "\n| sessions open | live heap after GC (MB) | retained per session vs previous step (KB) |");
        System.out.println("|---:|---:|---:|");
        for (int i = 0; i < totals.size(); i++) {
            var t = totals.get(i);
            var per = i == 0
                    ? "–"
                    : "%,.0f".formatted((t[1] - totals.get(i - 1)[1]) / 1024.0 / (t[0] - totals.get(i - 1)[0]));
            System.out.printf("| %d | %,.1f | %s |%n", t[0], t[1] / 1048576.0, per);
        }
        if (histograms.size() > 1) {
            int added = steps[steps.length - 1] - steps[0];
            System.out.printf(
                    "%nPer session, %d → %d sessions, the 30 largest differences:%n",
                    steps[0], steps[steps.length - 1]);
            System.out.println("| class | instances per session | bytes per session |");
            System.out.println("|---|---:|---:|");
            var first = histograms.getFirst();
            var last = histograms.getLast();
            var diff = new HashMap<String, long[]>();
            last.forEach((name, v) -> {
                var before = first.getOrDefault(name, new long[2]);
                diff.put(name, new long[] {v[0] - before[0], v[1] - before[1]});
            });
            diff.entrySet().stream()
                    .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                    .limit(30)
                    .forEach(e -> System.out.printf(
                            "| %s | %.1f | %,.0f |%n",
                            e.getKey(), e.getValue()[0] / (double) added, e.getValue()[1] / (double) added));
        }
        for (var client : clients) {
            client.heartbeat(); // every session was still open when measured
        }
    }

    private static Map<String, long[]> rows(String histogram) {
        var rows = new HashMap<String, long[]>();
        var m = ROW.matcher(histogram);
        while (m.find()) {
            rows.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
        }
        return rows;
    }

    static String jcmd(long pid, String... command) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var args = new ArrayList<>(List.of(java, String.valueOf(pid)));
        args.addAll(List.of(command));
        var process = new ProcessBuilder(args).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": " + out);
        }
        return out;
    }
}
