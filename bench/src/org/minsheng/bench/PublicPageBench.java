package org.minsheng.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests per second for the public disclosure page served from its cache, against a running server
 * (the production jar): {@code clients} keep-alive connections ask for the page as fast as they are
 * answered, for {@code seconds}, in two kinds of request, one after the other: a browser that has the
 * page (If-None-Match, 304, no body) and one that has not (200, the whole page from the cache). The
 * first answer of the run renders the page; the timed ones do not. Each request is one sample of the
 * p95; the server's CPU comes from /proc for the PIDs given.
 *
 * <p>{@code bench/run.sh public-page URL PID [clients] [seconds]}
 */
public final class PublicPageBench {

    private PublicPageBench() {}

    public static void main(String[] args) throws Exception {
        var url = args[0];
        var pids = java.util.Arrays.stream(args[1].split(","))
                .mapToLong(Long::parseLong)
                .toArray();
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var first = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        var etag = first.headers()
                .firstValue("ETag")
                .orElseThrow(() ->
                        new IllegalStateException("no ETag from " + url + " (status " + first.statusCode() + ")"));
        System.out.printf(
                "%s: %d bytes, ETag %s; %d clients, %d s per kind%n",
                url, first.body().length(), etag, clients, seconds);
        System.out.println(
                "| request | answer | requests | requests/s | median ms | p95 ms | errors | server CPU ms/request |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        run(http, url, etag, true, clients, 3, pids, false);
        run(http, url, etag, true, clients, seconds, pids, true);
        run(http, url, etag, false, clients, seconds, pids, true);
    }

    private static void run(
            HttpClient http,
            String url,
            String etag,
            boolean revalidate,
            int clients,
            int seconds,
            long[] pids,
            boolean print)
            throws Exception {
        var timings = new Timings(5_000_000);
        var errors = new AtomicLong();
        var done = new AtomicLong();
        var start = new CountDownLatch(1);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        var threads = new ArrayList<Thread>();
        int expected = revalidate ? 304 : 200;
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
                if (revalidate) {
                    request.header("If-None-Match", etag);
                }
                var built = request.build();
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        var response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != expected) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    long took = System.nanoTime() - t0;
                    synchronized (timings) {
                        timings.add(took);
                    }
                    done.incrementAndGet();
                }
            }));
        }
        long cpu0 = LoadDriver.Cpu.of(pids);
        long t0 = System.nanoTime();
        start.countDown();
        for (var thread : threads) {
            thread.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (LoadDriver.Cpu.of(pids) - cpu0) / LoadDriver.Cpu.TICKS * 1000;
        long n = done.get();
        if (print) {
            System.out.printf(
                    "| %s | %d | %d | %.0f | %.2f | %.2f | %d | %.3f |%n",
                    revalidate ? "If-None-Match (has it)" : "plain GET (has not)",
                    expected,
                    n,
                    n / wall,
                    timings.median(),
                    timings.p95(),
                    errors.get(),
                    cpuMs / n);
        }
    }
}
