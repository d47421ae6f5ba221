package org.minsheng.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads {@code db/demo} right after Flyway has migrated an empty database. The demo data is kept out
 * of the migrations so a production database never receives it: it loads by default only on the
 * embedded database, and on a server only with {@code minsheng.demo-data=true}.
 */
@Component
class DemoDataLoader implements Callback {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String SCRIPT = "db/demo/zhangzhou-2020.sql";
    /** The province demo adds 福建省's other cities and counties, with generated figures, to the city's. */
    private static final String PROVINCE_SCRIPT = "db/demo/fujian-illustrative.sql";

    private final boolean enabled;
    private final List<String> scripts;

    DemoDataLoader(
            @Value("${minsheng.demo-data:#{null}}") Boolean demoData,
            @Value("${minsheng.demo-province:false}") boolean province,
            ObjectProvider<EmbeddedPostgres> embedded) {
        this.enabled = demoData != null ? demoData : embedded.getIfAvailable() != null;
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

    /** Tells whoever started the application where to go and how to log in. */
    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (enabled) {
            var port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
            log.info("""

                    ==> Open http://localhost:{}/ and log in with one of the demo accounts (password "demo"):
                        leader, reviewer, comms, admin, stat-xiangcheng (芗城区), stat-zhangpu (漳浦县),
                        stat-city (the city's own indicators), leader-xiangcheng (a leader who sees 芗城区 only),
                        display (the wall display at /screen)
                    """, port);
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
            log.info(
                    "Demo data loaded ({}): logins leader, reviewer, comms, admin, stat-xiangcheng, "
                            + "stat-zhangpu, stat-city, leader-xiangcheng, display{}, all with password \"demo\"",
                    String.join(" + ", scripts),
                    scripts.size() > 1
                            ? ", leader-zhangzhou, reviewer-zhangzhou, reviewer-xiamen, stat-siming, stat-huli"
                            : "");
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
