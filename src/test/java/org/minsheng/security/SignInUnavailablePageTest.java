package org.minsheng.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page after a failed sign-in: the password's message when the password was wrong, the
 * busy message when the database could not answer (the failure Spring Security keeps in the session).
 */
@IntegrationTest
class SignInUnavailablePageTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void open() {
        KaribuSpring.signInAndOpen(context, "stat-xiangcheng");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_sign_in_the_database_could_not_answer_is_not_blamed_on_the_password() {
        failedWith(new SignInUnavailableException(new DataAccessResourceFailureException("pool timed out")));
        var i18n = errorTexts();
        assertThat(i18n).contains("暂时无法登录", "没有计入错误次数").doesNotContain("用户名或密码错误");
    }

    @Test
    void a_wrong_password_keeps_the_one_message_for_every_refusal() {
        failedWith(new org.springframework.security.authentication.BadCredentialsException("wrong"));
        assertThat(errorTexts()).contains("用户名或密码错误").doesNotContain("暂时无法登录");
    }

    private static void failedWith(Exception failure) {
        VaadinServletRequest.getCurrent()
                .getHttpServletRequest()
                .getSession(true)
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", new QueryParameters(Map.of("error", List.of(""))));
    }

    private static String errorTexts() {
        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
