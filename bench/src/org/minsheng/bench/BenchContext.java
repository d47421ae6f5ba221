package org.minsheng.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.minsheng.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application context (services, repositories, Flyway, demo data) on the embedded
 * PostgreSQL of one bench size, kept in {@code bench-data/<size>} so L is generated once and reused.
 */
final class BenchContext {

    private BenchContext() {}

    static Path dataDir(BenchSize size) {
        return Path.of(System.getProperty("bench.data", "bench-data")).resolve(size.name());
    }

    /** The generator and the query benchmarks call the services directly; Vaadin needs a web context, on a free port. */
    static ConfigurableApplicationContext start(BenchSize size, String... extra) {
        return start(size, null, extra);
    }

    /** As {@link #start(BenchSize, String...)}, with {@code listener} on every statement jOOQ executes. */
    static ConfigurableApplicationContext start(BenchSize size, ExecuteListener listener, String... extra) {
        var app = new SpringApplication(Application.class);
        if (listener != null) {
            app.addInitializers(context -> context.getBeanFactory()
                    .registerSingleton("benchExecuteListener", new DefaultExecuteListenerProvider(listener)));
        }
        var args = new ArrayList<>(List.of(
                "--minsheng.embedded-db.dir=" + dataDir(size),
                "--minsheng.embedded-db.port=" + size.port(),
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--logging.level.org.minsheng.bench=info"));
        args.addAll(List.of(extra));
        if (args.stream().noneMatch(a -> a.startsWith("--server.port="))) {
            args.add("--server.port=0");
        }
        return app.run(args.toArray(String[]::new));
    }
}
