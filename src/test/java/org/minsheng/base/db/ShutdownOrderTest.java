package org.minsheng.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedded database stops when the application has closed, not beside it. zonky's own shutdown
 * hook stopped the server while Spring's was still closing the application, so the writes made on the
 * way out (the public side's counts) were lost at every stop, and the test suite's cached contexts
 * each waited out the pool's timeout against a stopped server until Surefire killed the JVM.
 */
class ShutdownOrderTest {

    @Test
    void the_database_outlives_the_writes_made_at_exit_and_is_closed_after_them() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), WritesAtExit.class.getName())
                .redirectErrorStream(true)
                .start();
        // read to the end (the process's exit closes the pipe), so it never blocks on a full one
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("the process ended").isTrue();

        assertThat(output).as(output).contains(WritesAtExit.WRITTEN).contains(WritesAtExit.CLOSED);
    }
}
