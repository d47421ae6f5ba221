package org.minsheng;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/*
 * Push lets an open dashboard redraw when a reviewer approves, corrects or publishes (DashboardUpdates).
 * Vaadin's default transport: a WebSocket carries the server's updates and ordinary XHR requests the
 * browser's, so every user action still passes the Spring Security filter chain (CSRF, session, the
 * disabled-account check); where no WebSocket gets through, Atmosphere falls back to long polling.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
