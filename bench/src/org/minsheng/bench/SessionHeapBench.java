package org.minsheng.bench;

import java.lang.management.ManagementFactory;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.management.ObjectName;

/**
 * Heap retained per open dashboard session: the application runs in this JVM on the size's data;
 * simulated browsers sign in as the leader over HTTP and open the dashboard through Vaadin's init
 * request and the navigation that renders the view, then the heap is measured after a full GC with 1, 50 and 200 sessions open. The
 * browsers share one HTTP client, so what they keep themselves is a cookie and three numbers each.
 * {@code bench/run.sh sessions S}; {@code -Dbench.sessions=1,50,200}. With {@code -Dbench.push=true} each
 * session also opens its push WebSocket, as a browser does once the page has loaded, so what the server
 * keeps per push connection (Atmosphere's resource, the socket's buffers) is in the figure; the JDK
 * client's side of each socket is in this JVM too, so that figure is an upper bound.
 */
public final class SessionHeapBench {

    private SessionHeapBench() {}

    public static void main(String[] args) throws Exception {
        var size = BenchSize.valueOf(args[0]);
        int[] steps = Arrays.stream(
                        System.getProperty("bench.sessions", "1,50,200").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        try (var context = BenchContext.start(size)) {
            var base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            boolean push = Boolean.getBoolean("bench.push");
            var sockets = new ArrayList<WebSocket>();
            System.out.println(
                    push ? "each session with its push WebSocket open" : "sessions without a push connection");
            var clients = new ArrayList<VaadinClient>();
            var results = new ArrayList<long[]>();
            for (int step : steps) {
                while (clients.size() < step) {
                    clients.add(openDashboard(base));
                    if (push) {
                        sockets.add(clients.getLast().openPush());
                    }
                }
                results.add(new long[] {step, heapAfterGc()});
                System.out.printf("%d sessions: heap after GC %,d KB%n", step, results.getLast()[1] / 1024);
                histogram(step);
            }
            report(results);
            System.out.println(sockets.size() + " push WebSockets open at the end: "
                    + sockets.stream().filter(w -> !w.isInputClosed()).count());
            clients.forEach(c -> {
                try {
                    c.heartbeat();
                } catch (Exception e) {
                    throw new IllegalStateException("a session did not survive the measurement", e);
                }
            });
        }
    }

    static VaadinClient openDashboard(String base) throws Exception {
        var client = new VaadinClient(base);
        if (!client.login("leader", "demo")) {
            throw new IllegalStateException("login refused: " + client.lastBody);
        }
        client.open("", "");
        if (!client.lastBody.contains("campaign-chart")) {
            throw new IllegalStateException("no dashboard in the init response: "
                    + client.lastBody.substring(0, Math.min(500, client.lastBody.length())));
        }
        return client;
    }

    /**
     * With {@code -Dbench.histogram=DIR}, the class histogram at each step (GC.class_histogram, as
     * jcmd prints it) goes to DIR/histogram-N.txt: the difference between two steps divided by the
     * sessions added is what one session holds, class by class.
     */
    private static void histogram(int step) throws Exception {
        var dir = System.getProperty("bench.histogram");
        if (dir == null) {
            return;
        }
        var text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        var file = Path.of(dir, "histogram-" + step + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(500);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void report(List<long[]> results) {
        System.out.println("\n| sessions open | heap after GC (MB) | retained per session vs previous step (KB) |");
        System.out.println("|---:|---:|---:|");
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            var per = i == 0
                    ? "–"
                    : String.format("%,.0f", (r[1] - results.get(i - 1)[1]) / 1024.0 / (r[0] - results.get(i - 1)[0]));
            System.out.printf("| %d | %,.1f | %s |%n", r[0], r[1] / 1048576.0, per);
        }
    }
}
