package org.minsheng.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredToolTest {

    @Test
    void a_tool_is_found_on_the_path_wherever_it_is_installed(@TempDir Path dir) throws Exception {
        var bin = Files.createDirectories(dir.resolve("opt/bin"));
        var soffice = Files.createFile(
                bin.resolve("soffice"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        var environment = Map.of("PATH", dir + ":" + bin, "CI", "true");
        assertThat(RequiredTool.find(environment, "libreoffice-calc-nogui", "libreoffice", "soffice"))
                .isEqualTo(soffice);
    }

    @Test
    void on_ci_a_missing_tool_fails_the_test_instead_of_skipping_it(@TempDir Path dir) {
        assertThatThrownBy(
                        () -> RequiredTool.find(Map.of("PATH", dir.toString(), "CI", "true"), "chromium", "chromium"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("chromium not found on PATH (apt-get install chromium)");
    }

    @Test
    void on_a_developers_machine_a_missing_tool_skips_the_test_and_says_why(@TempDir Path dir) {
        assertThatThrownBy(() -> RequiredTool.find(Map.of("PATH", dir.toString()), "postgresql-client-15", "pg_dump"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessage("pg_dump not found on PATH (apt-get install postgresql-client-15)");
    }
}
