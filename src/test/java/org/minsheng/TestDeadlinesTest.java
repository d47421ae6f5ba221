package org.minsheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A hang fails its test instead of stalling CI: JUnit gives every test a default deadline, generous
 * enough for the slowest test on a loaded machine (about 2 minutes) to pass.
 */
class TestDeadlinesTest {

    @Test
    void every_test_has_a_default_deadline_of_several_minutes() throws IOException {
        var settings = new Properties();
        try (var in = getClass().getResourceAsStream("/junit-platform.properties")) {
            assertThat(in).as("src/test/resources/junit-platform.properties").isNotNull();
            settings.load(in);
        }
        var timeout = settings.getProperty("junit.jupiter.execution.timeout.default");
        assertThat(timeout).as("junit.jupiter.execution.timeout.default").isNotNull();
        assertThat(timeout.strip())
                .matches("\\d+ m")
                .satisfies(t -> assertThat(Integer.parseInt(t.split(" ")[0]))
                        .as("minutes")
                        .isBetween(5, 30));
    }
}
