package org.minsheng.security;

import static java.util.stream.Collectors.joining;

import java.util.Locale;
import org.minsheng.base.db.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started a demo where to go and which accounts to try. The accounts are read from the
 * database, not written down here: the province demo has accounts the city demo lacks, and its
 * {@code leader} and {@code reviewer} are the province's, not the city's.
 */
@Component
class DemoAccountsBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsBanner.class);

    private final DemoData demo;
    private final UserAdminRepository users;
    private final String rootCode;

    DemoAccountsBanner(
            DemoData demo, UserAdminRepository users, @Value("${minsheng.city-code:350600}") String rootCode) {
        this.demo = demo;
        this.users = users;
        this.rootCode = rootCode;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (demo.enabled()) {
            var port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
            log.info(
                    "\n\n==> Open http://localhost:{}/ and log in with one of the demo accounts (password \"demo\"):\n{}\n",
                    port,
                    accounts());
        }
    }

    /** One line per enabled account: login, roles, the units it is scoped to, and the name people know it by. */
    private String accounts() {
        var root = users.division(rootCode).map(DemoAccountsBanner::unit).orElse(rootCode);
        return users.findAll().stream()
                .filter(UserSummary::enabled)
                .map(user -> "    %-20s %s%s  (%s)"
                        .formatted(user.username(), roles(user), scope(user, root), user.displayName()))
                .collect(joining("\n"));
    }

    private static String roles(UserSummary user) {
        return user.roles().stream()
                .sorted()
                .map(role -> role.name().toLowerCase(Locale.ROOT))
                .collect(joining(", "));
    }

    /** Leaders and reviewers without a scope read the whole installation; the wall display has its own address. */
    private static String scope(UserSummary user, String root) {
        if (!user.scope().isEmpty()) {
            // a statistician scoped to a city enters the city's own indicators, not its counties'
            return ", "
                    + user.scope().stream()
                            .map(d -> d.city() && user.has(Role.STATISTICIAN)
                                    ? unit(d) + " (its own indicators)"
                                    : unit(d))
                            .collect(joining(", "));
        }
        if (user.has(Role.LEADER) || user.has(Role.REVIEWER)) {
            return ", all of " + root;
        }
        return user.has(Role.DISPLAY) ? ", the wall display at /screen" : "";
    }

    private static String unit(District district) {
        return district.name() + " " + district.code();
    }
}
