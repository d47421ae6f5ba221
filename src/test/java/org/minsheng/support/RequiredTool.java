package org.minsheng.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An outside program a test needs (Chromium, pg_dump, LibreOffice), found on {@code PATH} as
 * {@code .ci/run} finds it. On CI (environment variable {@code CI} set, as {@code .ci/run} does) a
 * missing program fails the test: a skip there would hide a broken machine behind a green build. On
 * a developer's machine the test is skipped, and {@link SkipSummary} names it at the end of the run.
 */
public final class RequiredTool {

    private RequiredTool() {}

    /** The first of the commands found on {@code PATH}; the Debian package providing it is named when none is. */
    public static Path find(String debianPackage, String command, String... alternatives) {
        return find(System.getenv(), debianPackage, command, alternatives);
    }

    static Path find(Map<String, String> environment, String debianPackage, String command, String... alternatives) {
        var path = environment.getOrDefault("PATH", "");
        var found = Stream.concat(Stream.of(command), Stream.of(alternatives))
                .flatMap(name -> Stream.of(path.split(File.pathSeparator))
                        .filter(dir -> !dir.isBlank())
                        .map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        var message = command + " not found on PATH (apt-get install " + debianPackage + ")";
        if (onCi(environment)) {
            fail(message + ", and CI must run every test");
        }
        return abort(message);
    }

    /**
     * A file a test needs that is not a program (a script to load into the browser), where
     * {@code .ci/run} installs it; {@code install} says how, when it is missing.
     */
    public static Path file(Path file, String install) {
        if (Files.isRegularFile(file)) {
            return file;
        }
        var message = file + " not found (" + install + ")";
        if (onCi(System.getenv())) {
            fail(message + ", and CI must run every test");
        }
        return abort(message);
    }

    private static boolean onCi(Map<String, String> environment) {
        var ci = environment.get("CI");
        return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci);
    }
}
