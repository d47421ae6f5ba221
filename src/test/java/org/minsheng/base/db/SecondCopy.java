package org.minsheng.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.minsheng.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * Starts the whole application a second time in this JVM, the way {@code ./mvnw spring-boot:run}
 * would from another directory: its own data directory, the embedded database port it is given.
 */
final class SecondCopy {

    private SecondCopy() {}

    /** Why the copy refused to start, or null when it started (it is closed again at once). */
    static Throwable refusal(Path dataDirectory, int databasePort) {
        try (var ignored = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--minsheng.embedded-db.dir=" + dataDirectory,
                        "--minsheng.embedded-db.port=" + databasePort,
                        "--server.port=0",
                        "--spring.main.banner-mode=off")) {
            return null;
        } catch (RuntimeException refused) {
            return refused;
        }
    }

    /**
     * What the person who started the copy reads: Spring Boot's failure report, and no stack trace
     * ("Application run failed" is how Spring Boot introduces one it could not explain).
     */
    static String report(CapturedOutput output) {
        var all = output.getAll();
        assertThat(all).contains("APPLICATION FAILED TO START").doesNotContain("Application run failed");
        return all.substring(all.lastIndexOf("APPLICATION FAILED TO START"));
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
