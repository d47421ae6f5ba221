package org.minsheng.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of Vaadin's internal-error page when opening a page fails: a translated sentence and a
 * way back, never the exception. It has no main layout on purpose: the layout reads the user from the
 * database, which may be the very thing that failed.
 */
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private String title = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var error = parameter.getCaughtException();
        boolean database = Failures.databaseUnavailable(error);
        if (database) {
            log.warn(
                    "Database unavailable while opening {}: {}",
                    event.getLocation().getPath(),
                    error.toString());
        } else {
            log.error("Opening {} failed", event.getLocation().getPath(), error);
        }
        title = getTranslation(database ? "error.database.title" : "error.unexpected.title");
        removeAll();
        addClassName("page");
        add(
                new H2(title),
                new Paragraph(getTranslation(Failures.messageKey(error))),
                new Anchor(event.getLocation().getPath(), getTranslation("error.retry")));
        return database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The browser's tab says what the page's heading says, instead of an empty title. */
    @Override
    public String getPageTitle() {
        return title;
    }
}
