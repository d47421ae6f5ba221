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
    private static final String SCRIPT = "db/demo/zhangzhou-2020.sql";
    /** The province demo adds 福建省's other cities and counties, with generated figures, to the city's. */
    private static final String PROVINCE_SCRIPT = "db/demo/fujian-illustrative.sql";

    private final boolean enabled;
    private final List<String> scripts;

    DemoDataLoader(DemoData demoData, @Value("${minsheng.demo-province:false}") boolean province) {
        this.enabled = demoData.enabled();
        this.scripts = province ? List.of(SCRIPT, PROVINCE_SCRIPT) : List.of(SCRIPT);
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

    private static String script(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
