package org.minsheng.base.web;

import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Registers {@code /ready} as a servlet of its own, mapped more exactly than Vaadin's {@code /*}, and
 * turns it to "stopping" as soon as the application begins to shut down, so the balancer stops
 * sending new users while the node finishes its requests.
 */
@Configuration(proxyBeanMethods = false)
class Readiness {

    private final AtomicBoolean stopping = new AtomicBoolean();

    @Bean
    ServletRegistrationBean<ReadinessServlet> readinessServlet(DataSource dataSource) {
        var registration =
                new ServletRegistrationBean<>(new ReadinessServlet(dataSource, stopping), ReadinessServlet.PATH);
        registration.setName("readiness");
        return registration;
    }

    @Bean
    ApplicationListener<ContextClosedEvent> readinessStopsAtShutdown() {
        return closed -> stopping.set(true);
    }
}
