package org.minsheng.base.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from a Maven dependency when no server is configured, so a newcomer needs
 * nothing installed. Its data directory survives restarts; with {@code SPRING_DATASOURCE_URL} set
 * this class is skipped and nothing embedded starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${minsheng.embedded-db.dir:data/postgres}") String dir,
                                      @Value("${minsheng.embedded-db.port:54329}") int port) throws IOException {
        var builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "100");
        // A blank directory means a throw-away database (tests): a fresh temporary one, removed at close.
        if (dir.isBlank()) {
            builder.setCleanDataDirectory(true);
        } else {
            var path = Files.createDirectories(Path.of(dir)).toAbsolutePath();
            builder.setDataDirectory(path).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        var postgres = builder.start();
        log.info("Embedded PostgreSQL is running: {} (data in {})", postgres.getJdbcUrl("postgres", "postgres"),
                dir.isBlank() ? "a temporary directory" : Path.of(dir).toAbsolutePath());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres,
                          @Value("${spring.datasource.hikari.connection-timeout:3000}") long connectionTimeout) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setConnectionTimeout(connectionTimeout);
        config.setMaximumPoolSize(10);
        config.setPoolName("embedded");
        return new HikariDataSource(config);
    }
}
