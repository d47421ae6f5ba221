package org.minsheng.bench;

/**
 * The application on a size's data, on a fixed port, for the load driver (a separate JVM, so the
 * driver's CPU and heap are not the server's). {@code bench/run.sh app S 18080}.
 */
public final class BenchApp {

    private BenchApp() {}

    public static void main(String[] args) throws Exception {
        var size = BenchSize.valueOf(args[0]);
        var port = args.length > 1 ? args[1] : "18080";
        var context = BenchContext.start(size, "--server.port=" + port);
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        Thread.currentThread().join();
    }
}
