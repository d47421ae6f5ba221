package org.minsheng.base.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL from a Maven dependency when no server is configured, so a newcomer needs
 * nothing installed. Its data directory survives restarts; with {@code SPRING_DATASOURCE_URL} set
 * this class is skipped and nothing embedded starts. The application refuses to start rather than
 * use a server it did not start (EmbeddedPostgresStarter).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final String DIR = "minsheng.embedded-db.dir";
    private static final String DEFAULT_DIR = "data/postgres";
    private static final String PORT = "minsheng.embedded-db.port";
    private static final int DEFAULT_PORT = 54329;

    /**
     * Refuses a taken port or data directory before the web server and Vaadin's dev server start, so
     * the refusal is not followed by their complaints about being stopped half-way.
     */
    @Bean
    static BeanFactoryPostProcessor embeddedDatabaseIsFree(Environment environment) {
        return beanFactory -> {
            var dir = environment.getProperty(DIR, DEFAULT_DIR);
            if (!dir.isBlank()) {
                try {
                    int port = environment.getProperty(PORT, Integer.class, DEFAULT_PORT);
                    EmbeddedPostgresStarter.refuseIfNotFree(dir, port);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${" + DIR + ":" + DEFAULT_DIR + "}") String dir,
            @Value("${" + PORT + ":" + DEFAULT_PORT + "}") int port)
            throws IOException {
        var postgres = EmbeddedPostgresStarter.start(dir, port);
        log.info(
                "Embedded PostgreSQL is running on port {}: {} (data in {})",
                postgres.getPort(),
                postgres.getJdbcUrl("postgres", "postgres"),
                dir.isBlank()
                        ? "a temporary directory"
                        : Path.of(dir).toAbsolutePath().normalize());
        return postgres;
    }

    /** The same pool settings as a configured server's: {@code spring.datasource.hikari.*}. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setPoolName("embedded");
        return pool;
    }
}
