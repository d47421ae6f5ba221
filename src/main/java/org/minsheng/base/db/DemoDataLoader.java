package org.minsheng.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads {@code db/demo} right after Flyway has migrated an empty database. The demo data is kept out
 * of the migrations so a production database never receives it: it loads only where {@link DemoData}
 * says the installation runs on the demo.
 */
@Component
class DemoDataLoader implements Callback {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private final boolean enabled;
    private final List<String> scripts;
    private final String rootCode;
    private final String marker;

    DemoDataLoader(DemoData demoData, @Value("${minsheng.city-code:350600}") String rootCode) {
        this.enabled = demoData.enabled();
        this.marker = demoData.demo().map(DemoData.Demo::marker).orElse(null);
        this.scripts = demoData.demo().map(DemoData.Demo::scripts).orElse(List.of());
        this.rootCode = rootCode;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return enabled && event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            load(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the demo data failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "demo-data";
    }

    private void load(Connection connection) throws SQLException {
        try (var check = connection.createStatement();
                var rs = check.executeQuery("select exists (select 1 from app_user)")) {
            rs.next();
            if (rs.getBoolean(1)) {
                warnIfSmaller(connection);
                return;
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            // one transaction: the province script uses the city script's session tables and function
            for (var script : scripts) {
                statement.execute(script(script));
            }
            requireRoot(connection);
            connection.commit();
            // the accounts are listed once the application is ready, as the database holds them
            log.info("Demo data loaded ({})", String.join(" + ", scripts));
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * A database loaded once keeps its demo: the city demo's ./data started as 全国 shows one city as the
     * country, which the log says rather than leaving the pages to.
     */
    private void warnIfSmaller(Connection connection) throws SQLException {
        if (!hasDivision(connection, marker)) {
            log.warn(
                    "This database ({}) holds a smaller demo than minsheng.city-code={} needs ({}): its pages show"
                            + " only what that demo holds. Start with a new minsheng.embedded-db.dir to load it.",
                    connection.getMetaData().getURL(),
                    rootCode,
                    String.join(" + ", scripts));
        }
    }

    private static boolean hasDivision(Connection connection, String code) throws SQLException {
        try (var check = connection.prepareStatement("select exists (select 1 from division where code = ?)")) {
            check.setString(1, code);
            try (var rs = check.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * A root no demo holds (110000 北京市) stops the start here, saying what to do, rather than on the
     * first page with 「The city 110000 is not in the division table」.
     */
    private void requireRoot(Connection connection) throws SQLException {
        if (!hasDivision(connection, rootCode)) {
            throw new SQLException("minsheng.city-code=" + rootCode + " is not in the demo data, which holds"
                    + " 全国 (000000), 福建省 (350000), its cities and counties: start the demo with one of them,"
                    + " or without the demo (minsheng.demo-data=false) and import the division list at /divisions");
        }
    }

    private static String script(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
