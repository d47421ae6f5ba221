package org.minsheng.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the embedded PostgreSQL so that the application works on that server and no other. zonky
 * reports a failed {@code pg_ctl start} only in the log, and its readiness check is a connection to
 * the port: with the port taken it "succeeds" against whatever server holds it, and the application
 * would migrate and write another installation's database. So before the start the data directory
 * must be free (no running copy holds zonky's lock, no server left over from a crash) and so must the
 * port; after it, the server must report our data directory as its own.
 */
final class EmbeddedPostgresStarter {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);
    /** zonky's lock file in the data directory, held by a running copy for as long as it runs. */
    private static final String LOCK_FILE = "epg-lock";

    private static final String PID_FILE = "postmaster.pid";
    /** A throw-away database on a random port tries again when another server took the port first. */
    private static final int RANDOM_PORT_ATTEMPTS = 3;

    private EmbeddedPostgresStarter() {}

    /**
     * @param directory the data directory, kept between runs; blank for a throw-away one (tests)
     * @param port      the port, or 0 for a free one
     */
    static EmbeddedPostgres start(String directory, int port) throws IOException {
        if (directory.isBlank()) {
            return startThrowAway(port);
        }
        var dataDirectory = refuseIfNotFree(directory, port);
        var postgres = startServer(dataDirectory, port, false);
        if (!servesOwnDirectory(postgres, dataDirectory)) {
            closeQuietly(postgres);
            throw portTaken(postgres.getPort(), dataDirectory);
        }
        return postgres;
    }

    /**
     * The checks before a start, also run before the web server and Vaadin start (see
     * EmbeddedPostgresConfiguration), so that a refusal is all the person starting the application reads.
     *
     * @return the data directory, created if needed
     */
    static Path refuseIfNotFree(String directory, int port) throws IOException {
        var dataDirectory =
                Files.createDirectories(Path.of(directory)).toAbsolutePath().normalize();
        refuseIfInUse(dataDirectory);
        refuseIfServerLeftBehind(dataDirectory);
        if (port > 0 && !isFree(port)) {
            throw portTaken(port, dataDirectory);
        }
        return dataDirectory;
    }

    private static EmbeddedPostgres startThrowAway(int port) throws IOException {
        for (int attempt = 1; ; attempt++) {
            var dataDirectory = Files.createTempDirectory("minsheng-pg-");
            EmbeddedPostgres postgres;
            try {
                postgres = startServer(dataDirectory, port, true);
            } catch (RuntimeException failed) {
                FileSystemUtils.deleteRecursively(dataDirectory);
                // a random port can be taken by another program between zonky's choice and postgres's
                // bind, which stops postgres though the port was free a moment before: another random
                // port will not be
                if (port > 0 || attempt == RANDOM_PORT_ATTEMPTS || !(failed.getCause() instanceof IOException)) {
                    throw failed;
                }
                log.info(
                        "The embedded PostgreSQL did not start on a random port ({}); trying another",
                        failed.getMessage());
                continue;
            }
            if (servesOwnDirectory(postgres, dataDirectory)) {
                return postgres;
            }
            closeQuietly(postgres);
            if (port > 0 || attempt == RANDOM_PORT_ATTEMPTS) {
                throw portTaken(postgres.getPort(), dataDirectory);
            }
            log.info(
                    "Port {} was taken by another server before the embedded PostgreSQL could use it; trying another",
                    postgres.getPort());
        }
    }

    private static EmbeddedPostgres startServer(Path dataDirectory, int port, boolean throwAway) {
        var builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(throwAway)
                // zonky's own hook would stop the server beside Spring's, while the application is still
                // closing and writing (the public side's counts): the bean's close stops it after them
                .setRegisterShutdownHook(false);
        if (throwAway) {
            // a throw-away server (the tests') is reached over TCP only: its socket lock in /tmp could meet
            // one left by a killed server whose pid was since reused, and postgres then refuses to start
            // (a suite run failed four test classes so, 2026-12-03; StaleSocketLockTest). A kept
            // installation keeps its socket, which pg_dump and psql use by default.
            builder.setServerConfig("unix_socket_directories", "");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        try {
            return builder.start();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory, e);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
                throw inUse(dataDirectory, e);
            }
            throw e;
        } catch (IOException e) {
            throw new EmbeddedDatabaseRefusal(
                    "The embedded PostgreSQL (data directory %s, port %s) did not start: %s"
                            .formatted(dataDirectory, port > 0 ? port : "random", e.getMessage()),
                    "The lines from pg_ctl and postgres above say why.",
                    e);
        }
    }

    /** The server answering on the port is the one we started: it reports our data directory. */
    private static boolean servesOwnDirectory(EmbeddedPostgres postgres, Path dataDirectory) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var rs = connection.createStatement().executeQuery("show data_directory")) {
            rs.next();
            return Files.isSameFile(Path.of(rs.getString(1)), dataDirectory);
        } catch (SQLException | IOException e) {
            log.warn(
                    "Could not confirm that the server on port {} is the embedded PostgreSQL of {}: {}",
                    postgres.getPort(),
                    dataDirectory,
                    e.getMessage());
            return false;
        }
    }

    private static void refuseIfInUse(Path dataDirectory) throws IOException {
        var lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return; // never started here; and initdb wants the directory empty
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDirectory, null);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory, e);
        }
    }

    /**
     * A server whose JVM died without stopping it still runs on the directory and the port. PostgreSQL
     * itself replaces a pid file whose process is gone, and so do we; a live process is in the way.
     */
    private static void refuseIfServerLeftBehind(Path dataDirectory) {
        var pidFile = dataDirectory.resolve(PID_FILE);
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        } catch (IOException | RuntimeException unreadable) {
            return; // no pid file, or one PostgreSQL itself will judge
        }
        // pg_ctl's parent (this JVM) is a pid PostgreSQL accepts in the file: a reused pid after a reboot
        var process = ProcessHandle.of(pid)
                .filter(p -> p.pid() != ProcessHandle.current().pid());
        if (process.isEmpty()) {
            return;
        }
        var command = process.get().info().command();
        if (command.map(c -> Path.of(c).getFileName().toString())
                .filter(n -> n.startsWith("postgres"))
                .isPresent()) {
            throw new EmbeddedDatabaseRefusal(
                    ("A PostgreSQL server (pid %d) is still running on the data directory %s, "
                                    + "left behind by an earlier run of the application that did not shut down.")
                            .formatted(pid, dataDirectory),
                    "Stop it with: kill -INT %d (PostgreSQL's fast shutdown), then start the application again."
                            .formatted(pid));
        }
        throw new EmbeddedDatabaseRefusal(
                ("%s names process %d (%s), which is not a PostgreSQL server: the file is " + "left over from a crash.")
                        .formatted(pidFile, pid, command.orElse("a program this user cannot see")),
                "If no PostgreSQL runs on %s, delete %s and start the application again."
                        .formatted(dataDirectory, pidFile));
    }

    private static EmbeddedDatabaseRefusal inUse(Path dataDirectory, Throwable cause) {
        return new EmbeddedDatabaseRefusal(
                "The embedded PostgreSQL's data directory %s is in use by another copy of this application that is still running."
                        .formatted(dataDirectory),
                "Stop that copy first, or give this one its own directory and port: "
                        + "--minsheng.embedded-db.dir=<directory> --minsheng.embedded-db.port=<port>.",
                cause);
    }

    private static EmbeddedDatabaseRefusal portTaken(int port, Path dataDirectory) {
        var suggestion = freePortAbove(port).map(String::valueOf).orElse("<another port>");
        return new EmbeddedDatabaseRefusal(
                ("The embedded PostgreSQL (data directory %s) cannot use port %d: another "
                                + "program, probably another copy of this application or another PostgreSQL, is listening on it, "
                                + "and this application only works on the database server it started.")
                        .formatted(dataDirectory, port),
                ("Stop the program on port %d, or start this installation on a port of its own, e.g. "
                                + "--minsheng.embedded-db.port=%s (and use that port in pg_dump and pg_restore commands).")
                        .formatted(port, suggestion));
    }

    private static Optional<Integer> freePortAbove(int port) {
        for (int candidate = port + 1; candidate <= Math.min(port + 100, 65535); candidate++) {
            if (isFree(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Binds as PostgreSQL does (address reuse on): only a listening socket makes the port taken. */
    private static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** zonky stops the server of our data directory, which never started: it logs that, nothing more. */
    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the embedded PostgreSQL that did not start", e);
        }
    }
}
