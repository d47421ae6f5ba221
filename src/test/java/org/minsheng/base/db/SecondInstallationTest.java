package org.minsheng.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Two installations on one machine: the running test application is the first, a second copy of the
 * application from another directory is told to use the same embedded database port. It must not
 * quietly use the first one's server: it refuses in one clear message and the first one's data stays
 * as it was.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecondInstallationTest {

    @Autowired
    EmbeddedPostgres first;

    @Test
    void a_second_installation_on_the_first_ones_database_port_refuses_to_start_and_leaves_its_data_alone(
            @TempDir Path elsewhere, CapturedOutput output) throws Exception {
        var before = contents();
        var secondData = elsewhere.resolve("data/postgres");

        var refusal = SecondCopy.refusal(secondData, first.getPort());

        assertThat(refusal).as("the second copy refuses to start").isNotNull();
        assertThat(SecondCopy.report(output))
                .contains("port " + first.getPort())
                .contains(secondData.toString())
                .contains("--minsheng.embedded-db.port=");
        assertThat(contents())
                .as("nothing of the first installation was written")
                .isEqualTo(before);
    }

    private List<Long> contents() throws SQLException {
        var counts = new ArrayList<Long>();
        try (var connection = first.getPostgresDatabase().getConnection()) {
            for (var table : List.of("flyway_schema_history", "app_user", "figure", "audit_entry", "indicator")) {
                try (var rs = connection.createStatement().executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.add(rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
