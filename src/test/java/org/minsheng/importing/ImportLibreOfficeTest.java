package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A file saved by LibreOffice (as many district offices use WPS or LibreOffice, not Excel) imports
 * like one written by POI. Skipped, with the reason, where LibreOffice is not installed.
 */
@IntegrationTest
@Transactional
class ImportLibreOfficeTest {

    @Autowired
    ImportService imports;

    @Test
    void an_xlsx_saved_by_libreoffice_imports(@TempDir Path dir) throws Exception {
        var office = Stream.of("libreoffice", "soffice").map(ImportLibreOfficeTest::onPath).filter(p -> p != null)
                .findFirst();
        Assumptions.assumeTrue(office.isPresent(), "libreoffice is not installed: the LibreOffice-written file test is skipped");
        var csv = dir.resolve("芗城区.csv");
        Files.writeString(csv, BadFileCorpus.HEADER + "\n2021-01,350602,芗城区,meal_schools,,所,4,6,新建两所\n",
                StandardCharsets.UTF_8);
        var process = new ProcessBuilder(office.get().toString(), "--headless", "--infilter=CSV:44,34,76",
                "--convert-to", "xlsx", "--outdir", dir.toString(), csv.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        var xlsx = Files.readAllBytes(dir.resolve("芗城区.xlsx"));
        var preview = as("stat-xiangcheng", () -> imports.preview("芗城区.xlsx", xlsx));
        assertThat(preview.problems()).filteredOn(ImportProblem::error).isEmpty();
        assertThat(preview.newRows()).isEqualTo(1);
    }

    private static Path onPath(String command) {
        for (var dir : List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))) {
            var candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
