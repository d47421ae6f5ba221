package org.minsheng.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.minsheng.base.Installation;
import org.minsheng.base.db.DemoData;
import org.minsheng.base.i18n.LanguageSwitch;
import org.minsheng.security.SignInUnavailableException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(
            @Value("${minsheng.login.max-failures}") int maxFailures,
            @Value("${minsheng.login.lock-minutes}") int lockMinutes,
            Installation installation,
            DemoData demoData) {
        addClassName("login-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        // One message for a wrong password, an unknown user, a locked and a disabled account, so the
        // page never tells a stranger which usernames exist; it does explain the lockout.
        i18n.getErrorMessage()
                .setMessage(getTranslation(
                        "login.error.message", String.valueOf(maxFailures), String.valueOf(lockMinutes)));
        // the fields' own messages and the password's reveal button: left to the component they were
        // English on the Chinese page (「Username is required」, 「Show password」: a stranger's trial)
        i18n.getErrorMessage().setUsername(getTranslation("login.required.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.required.password"));
        form.setI18n(i18n);
        // LoginI18n has no word for the reveal button; the form's password field is in its light DOM
        form.getElement()
                .executeJs(
                        "customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {"
                                + " const field = this.querySelector('vaadin-password-field');"
                                + " if (field) { field.i18n = { ...field.i18n, reveal: $0 }; } })",
                        getTranslation("login.revealPassword"));
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        var heading = new H1(getTranslation("app.title"));
        heading.addClassName("login-heading");
        var issuer = new Paragraph(getTranslation(installation.issuerKey(), installation.unitName()));
        issuer.addClassName("login-issuer");
        add(new LanguageSwitch(), heading, issuer, form);
        demoHint(demoData.demo()).ifPresent(key -> {
            var demo = new Div(getTranslation(key));
            demo.addClassName("login-demo");
            add(demo);
        });
    }

    /**
     * The demo's accounts, only where the demo's data is loaded: a server on its own database has none of
     * them, and its sign-in page offered 「leader … 密码均为 demo」. The province and national demos have
     * their own accounts, and their leader is the province's or the country's, not 市纪委监委's.
     */
    static Optional<String> demoHint(Optional<DemoData.Demo> demo) {
        return demo.map(d -> switch (d) {
            case CITY -> "login.demoHint";
            case PROVINCE -> "login.demoHint.province";
            case COUNTRY -> "login.demoHint.country";
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && lastFailure() instanceof SignInUnavailableException) {
            // not the password's fault: say so, or the user retypes a right password and blames it
            i18n.getErrorMessage().setTitle(getTranslation("login.unavailable.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.unavailable.message"));
            form.setI18n(i18n);
        }
        form.setError(failed);
    }

    /** Why the last sign-in of this browser failed, as Spring Security's failure handler kept it. */
    private static Object lastFailure() {
        var request = VaadinServletRequest.getCurrent();
        var session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
