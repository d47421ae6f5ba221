package org.minsheng.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** An action that fails unexpectedly leaves the user on their page with a sentence in their language. */
@IntegrationTest
class ErrorHandlingTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "stat-xiangcheng");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_database_outage_is_told_as_such_in_chinese() {
        ErrorHandling.handle(new ErrorEvent(new CannotCreateTransactionException(
                "Could not open JDBC Connection",
                new SQLTransientConnectionException(
                        "embedded - Connection is not available, request timed out after 3000ms."))));
        assertThat(KaribuSpring.notifications()).containsExactly("数据库暂时无法连接，本次操作未保存。请稍后再试，已登录状态不受影响。");
    }

    @Test
    void a_refusal_nobody_caught_is_still_translated() {
        ErrorHandling.handle(new ErrorEvent(new RuntimeException(new RefusedException("input.error.tooLong", 2000))));
        assertThat(KaribuSpring.notifications()).containsExactly("文字太长，最多 2,000 个字。");
    }

    @Test
    void any_other_failure_says_the_action_was_not_completed_and_shows_no_exception() {
        ErrorHandling.handle(
                new ErrorEvent(new DataIntegrityViolationException("duplicate key value violates unique constraint")));
        assertThat(KaribuSpring.notifications()).containsExactly("操作未能完成，请稍后再试；如仍有问题请联系系统管理员。");
    }

    @Test
    void a_page_the_user_left_tells_nobody_anything() {
        ErrorHandling.handle(new ErrorEvent(new UIDetachedException()));
        assertThat(KaribuSpring.notifications()).isEmpty();
    }
}
