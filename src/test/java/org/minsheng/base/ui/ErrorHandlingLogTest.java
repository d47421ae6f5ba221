package org.minsheng.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.ErrorEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What the error handler writes to the log when no page is there to tell: a page the user left (its UI
 * detached, as when the sign-in page is left for the dashboard) is normal and no error; anything else
 * still is, with its stack trace for whoever reads the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingLogTest {

    @Test
    void a_page_the_user_left_is_not_logged_as_an_error(CapturedOutput output) {
        ErrorHandling.handle(new ErrorEvent(new UIDetachedException()));
        ErrorHandling.handle(new ErrorEvent(new IllegalStateException("in a listener", new UIDetachedException())));

        assertThat(errorsLogged(output)).isEmpty();
        assertThat(output.getAll()).doesNotContain("UIDetachedException");
    }

    @Test
    void a_browser_gone_mid_answer_is_not_logged_as_an_error(CapturedOutput output) {
        // what Tomcat throws when the tab is closed while a page loads: its ClientAbortException of a broken pipe
        ErrorHandling.handle(new ErrorEvent(new java.io.UncheckedIOException(
                new org.apache.catalina.connector.ClientAbortException(new java.io.IOException("Broken pipe")))));

        assertThat(errorsLogged(output)).isEmpty();
        assertThat(output.getAll()).doesNotContain("Broken pipe");
    }

    @Test
    void any_other_failure_is_still_logged_as_an_error(CapturedOutput output) {
        ErrorHandling.handle(new ErrorEvent(new IllegalStateException("a real failure")));

        assertThat(errorsLogged(output)).hasSize(1);
        assertThat(output.getAll())
                .contains("java.lang.IllegalStateException: a real failure")
                .contains("at org.minsheng.base.ui.ErrorHandlingLogTest");
    }

    @Test
    void a_failure_of_a_page_closed_meanwhile_is_logged_once_as_itself(CapturedOutput output) {
        // a UI in no session: what a page is once the user has left it
        var closed = new UI();
        var button = new Span();
        closed.add(button);

        ErrorHandling.handle(new ErrorEvent(
                new IllegalStateException("late failure"), button.getElement().getNode()));

        assertThat(errorsLogged(output)).hasSize(1);
        assertThat(output.getAll())
                .contains("java.lang.IllegalStateException: late failure")
                .doesNotContain("UIDetachedException");
    }

    /** The error handler's ERROR lines (other threads of the test run may write to the console too). */
    private static List<String> errorsLogged(CapturedOutput output) {
        return output.getAll()
                .lines()
                .filter(line -> line.contains("ERROR") && line.contains("ErrorHandling"))
                .toList();
    }
}
