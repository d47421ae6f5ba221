package org.minsheng.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * One installation directory, started again while an earlier copy still runs on it, after that copy
 * was killed and left its PostgreSQL server behind, and after a crash left a pid file behind. Each
 * time the application refuses in one clear message that names what is in the way, and never works
 * on a server it did not start.
 */
@ExtendWith(OutputCaptureExtension.class)
class CrashedRunTest {

    @TempDir
    Path installation;

    @Test
    void while_another_copy_runs_on_the_data_directory_a_second_start_names_the_directory_and_refuses(
            CapturedOutput output) throws Exception {
        var data = installation.resolve("data/postgres");
        var other = startOtherCopy(data, SecondCopy.freePort());
        try {
            assertThat(SecondCopy.refusal(data, SecondCopy.freePort())).isNotNull();
            assertThat(SecondCopy.report(output)).contains(data.toString()).contains("another copy");
        } finally {
            other.destroy();
            awaitExit(other.toHandle(), "the other copy stopped");
        }
    }

    @Test
    void a_server_left_running_by_a_killed_copy_is_named_by_its_pid_and_not_used(CapturedOutput output)
            throws Exception {
        var data = installation.resolve("data/postgres");
        int port = SecondCopy.freePort();
        var other = startOtherCopy(data, port);
        other.destroyForcibly();
        awaitExit(other.toHandle(), "the other copy was killed");
        long leftover = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        try {
            assertThat(ProcessHandle.of(leftover)).as("its server outlived it").isPresent();

            assertThat(SecondCopy.refusal(data, port)).isNotNull();
            assertThat(SecondCopy.report(output))
                    .contains(data.toString())
                    .contains("pid " + leftover)
                    .contains("kill -INT " + leftover);
        } finally {
            ProcessHandle.of(leftover).ifPresent(ProcessHandle::destroy);
            ProcessHandle.of(leftover).ifPresent(server -> awaitExit(server, "the left-over server stopped"));
        }
    }

    @Test
    void a_pid_file_left_by_a_crash_that_names_another_program_is_named_and_nothing_starts(CapturedOutput output)
            throws Exception {
        var data = installation.resolve("data/postgres");
        EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .start()
                .close();
        // after a crash and a reboot the pid in the file can belong to any program
        var otherProgram = new ProcessBuilder("sleep", "600").start();
        try {
            Files.writeString(data.resolve("postmaster.pid"), otherProgram.pid() + "\n" + data + "\n");

            assertThat(SecondCopy.refusal(data, SecondCopy.freePort())).isNotNull();
            assertThat(SecondCopy.report(output))
                    .contains(data.resolve("postmaster.pid").toString())
                    .contains("process " + otherProgram.pid());
        } finally {
            otherProgram.destroy();
        }
    }

    /** The other copy's JVM, once its server accepts connections. */
    private static Process startOtherCopy(Path data, int port) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        RunUntilKilled.class.getName(),
                        data.toString(),
                        String.valueOf(port))
                .redirectErrorStream(true)
                .start();
        var ready = new CompletableFuture<Boolean>();
        // reads everything the other copy prints, so it never blocks on a full pipe
        Thread.ofVirtual().start(() -> {
            try (var lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith(RunUntilKilled.READY)) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the other copy is gone: ready stays false below
            }
            ready.complete(false);
        });
        try {
            if (!ready.get(2, TimeUnit.MINUTES)) {
                fail("the other copy ended before its database was ready (exit " + process.waitFor() + ")");
            }
        } catch (TimeoutException e) {
            process.destroyForcibly();
            fail("the other copy's database was not ready within 2 minutes");
        }
        return process;
    }

    private static void awaitExit(ProcessHandle process, String what) {
        try {
            process.onExit().get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            fail(what + ": pid " + process.pid() + " still running after a minute", e);
        }
    }
}
