package org.minsheng.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.minsheng.base.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * What a user sees when a button or field's action fails in a way its view did not handle: a
 * translated message in the corner, the page staying usable, never a stack trace. A database outage
 * says so, so the user knows to try again in a moment rather than re-enter their work elsewhere. A page
 * the user has left (its UI detached) or a browser gone mid-answer (a closed tab: broken pipe) is no
 * error: nothing is shown or logged above debug.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        var error = event.getThrowable();
        // a page the user left (the sign-in page once signed in, a closed tab): nothing failed, nobody to tell
        if (cause(error, UIDetachedException.class) != null) {
            log.debug("Page closed before its action finished: {}", error.toString());
            return;
        }
        // the browser went away while its answer was written: logged as an error with Tomcat's stack trace,
        // it read as the application's failure to whoever reads the log (a stranger closed a loading page)
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            log.debug("Browser gone before its answer was written: {}", error.toString());
            return;
        }
        var ui = event.getComponent().flatMap(c -> c.getUI()).orElse(UI.getCurrent());
        if (ui == null) {
            log.error("Unhandled error outside a page", error);
            return;
        }
        try {
            ui.access(() -> notify(ui, error));
        } catch (UIDetachedException closed) {
            // the page closed in the meantime: the failure is still one, only nobody is left to see it
            log.error("Unhandled error in a page closed since", error);
        }
    }

    private static void notify(UI ui, Throwable error) {
        var refused = cause(error, RefusedException.class);
        if (refused != null) {
            Notifications.error(ui.getTranslation(refused.messageKey(), refused.parameters()));
        } else if (cause(error, AccessDeniedException.class) != null) {
            Notifications.error(ui.getTranslation("catalogue.error.accessDenied"));
        } else {
            if (Failures.databaseUnavailable(error)) {
                log.warn("Database unavailable: {}", error.toString());
            } else {
                log.error("Unhandled error in a page", error);
            }
            Notifications.error(ui.getTranslation(Failures.messageKey(error)));
        }
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (var t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
