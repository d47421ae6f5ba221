package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minsheng.IntegrationTest;
import org.minsheng.support.RequiredTool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A file saved by LibreOffice (as many district offices use WPS or LibreOffice, not Excel) imports
 * like one written by POI. Needs LibreOffice on PATH: skipped without it on a developer's machine,
 * failed on CI.
 */
@IntegrationTest
@Transactional
class ImportLibreOfficeTest {

    @Autowired
    ImportService imports;

    @Test
    void an_xlsx_saved_by_libreoffice_imports(@TempDir Path dir) throws Exception {
        var office = RequiredTool.find("libreoffice-calc-nogui", "libreoffice", "soffice");
        var csv = dir.resolve("芗城区.csv");
        Files.writeString(
                csv, BadFileCorpus.HEADER + "\n2021-01,350602,芗城区,meal_schools,,所,4,6,新建两所\n", StandardCharsets.UTF_8);
        var process = new ProcessBuilder(
                        office.toString(),
                        "--headless",
                        "--infilter=CSV:44,34,76",
                        "--convert-to",
                        "xlsx",
                        "--outdir",
                        dir.toString(),
                        csv.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("LibreOffice finished")
                .isTrue();
        var xlsx = Files.readAllBytes(dir.resolve("芗城区.xlsx"));
        var preview = as("stat-xiangcheng", () -> imports.preview("芗城区.xlsx", xlsx));
        assertThat(preview.problems()).filteredOn(ImportProblem::error).isEmpty();
        assertThat(preview.newRows()).isEqualTo(1);
    }
}
