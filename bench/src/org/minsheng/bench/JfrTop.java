package org.minsheng.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a JFR recording of the application under load says, as text small enough to keep beside the
 * figures: the CPU the JVM and the machine used, garbage collection (pauses and their share of the
 * wall time), and the hottest frames of the execution samples, counted three ways: the top frame
 * (where the CPU is spent), the first frame of the product's own code and the first frame of Vaadin
 * (who asked for it). {@code bench/run.sh jfr-top FILE.jfr [frames]}.
 */
public final class JfrTop {

    private JfrTop() {}

    public static void main(String[] args) throws Exception {
        var file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        var self = new HashMap<String, Integer>();
        var product = new HashMap<String, Integer>();
        var vaadin = new HashMap<String, Integer>();
        var packages = new HashMap<String, Integer>();
        int samples = 0;
        int gcs = 0;
        Duration gcPause = Duration.ZERO;
        Duration longest = Duration.ZERO;
        double jvmCpu = 0;
        double machineCpu = 0;
        int cpuReadings = 0;
        java.time.Instant first = null;
        java.time.Instant last = null;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            first = first == null || event.getStartTime().isBefore(first) ? event.getStartTime() : first;
            last = last == null || event.getEndTime().isAfter(last) ? event.getEndTime() : last;
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    var stack = event.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    var frames = stack.getFrames();
                    self.merge(name(frames.getFirst()), 1, Integer::sum);
                    packages.merge(area(frames.getFirst()), 1, Integer::sum);
                    firstMatching(frames, f -> name(f).startsWith("org.minsheng."))
                            .ifPresent(n -> product.merge(n, 1, Integer::sum));
                    firstMatching(frames, f -> name(f).startsWith("com.vaadin."))
                            .ifPresent(n -> vaadin.merge(n, 1, Integer::sum));
                }
                case "jdk.GarbageCollection" -> {
                    gcs++;
                    gcPause = gcPause.plus(event.getDuration("sumOfPauses"));
                    if (event.getDuration("longestPause").compareTo(longest) > 0) {
                        longest = event.getDuration("longestPause");
                    }
                }
                case "jdk.CPULoad" -> {
                    jvmCpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                    machineCpu += event.getFloat("machineTotal");
                    cpuReadings++;
                }
                default -> {}
            }
        }
        double wall = first == null ? 0 : Duration.between(first, last).toMillis() / 1000.0;
        System.out.printf("recording %s: %.0f s, %,d execution samples%n", file.getFileName(), wall, samples);
        if (cpuReadings > 0) {
            System.out.printf(
                    "CPU (mean of %d readings, share of all cores): this JVM %.0f%%, machine %.0f%%%n",
                    cpuReadings, jvmCpu / cpuReadings * 100, machineCpu / cpuReadings * 100);
        }
        System.out.printf(
                "GC: %d collections, pauses %,d ms in all (%.1f%% of the wall time), longest %,d ms%n",
                gcs, gcPause.toMillis(), wall == 0 ? 0 : gcPause.toMillis() / 10.0 / wall, longest.toMillis());
        print("Samples by area of the top frame", packages, samples, top);
        print("Top frames (self)", self, samples, top);
        print("First frame of the product's code (org.minsheng)", product, samples, top);
        print("First frame of Vaadin (com.vaadin)", vaadin, samples, top);
    }

    private static java.util.Optional<String> firstMatching(
            java.util.List<RecordedFrame> frames, java.util.function.Predicate<RecordedFrame> test) {
        return frames.stream().filter(test).findFirst().map(JfrTop::name);
    }

    private static String name(RecordedFrame frame) {
        var method = frame.getMethod();
        return method.getType().getName() + "." + method.getName();
    }

    /** A frame's library, to see at a glance whether Vaadin, Jackson, the JDK or the database driver burns the CPU. */
    private static String area(RecordedFrame frame) {
        var type = frame.getMethod().getType().getName();
        Function<String, Boolean> is = type::startsWith;
        if (is.apply("com.vaadin.")) return "Vaadin";
        if (is.apply("tools.jackson.") || is.apply("com.fasterxml.jackson.")) return "Jackson";
        if (is.apply("org.postgresql.")) return "PostgreSQL driver";
        if (is.apply("org.jooq.")) return "jOOQ";
        if (is.apply("org.springframework.security.") || is.apply("org.bouncycastle.")) return "Spring Security";
        if (is.apply("org.springframework.")) return "Spring";
        if (is.apply("org.apache.catalina.") || is.apply("org.apache.tomcat.") || is.apply("org.apache.coyote.")) {
            return "Tomcat";
        }
        if (is.apply("org.minsheng.")) return "product";
        if (is.apply("java.") || is.apply("jdk.") || is.apply("sun.")) return "JDK";
        return type.contains(".") ? type.substring(0, type.indexOf('.', type.indexOf('.') + 1) + 1) + "*" : type;
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("\n" + title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf(
                        "%6.1f%%  %6d  %s%n", e.getValue() * 100.0 / samples, e.getValue(), e.getKey()));
    }
}
