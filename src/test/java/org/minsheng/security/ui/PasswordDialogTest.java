package org.minsheng.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.annotation.Transactional;

/** Resetting a password from the user page: typing mistakes and rules are caught next to the field. */
@IntegrationTest
@Transactional
class PasswordDialogTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AuthenticationProvider login;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_administrator_resets_a_statisticians_password_after_fixing_a_typo_and_a_weak_choice() {
        KaribuSpring.signInAndOpen(context, "admin");
        UI.getCurrent().navigate("admin/users");
        var grid = _get(UserAdminView.class).grid;
        int row = IntStream.range(0, _size(grid))
                .filter(i -> _getFormatted(grid, i, "username").equals("stat-zhangpu"))
                .findFirst()
                .orElseThrow();
        var actions = _getCellComponent(grid, row, "actions");
        _click(_find(actions, Button.class).stream()
                .filter(b -> b.hasClassName("user-password"))
                .findFirst()
                .orElseThrow());
        var dialog = _get(PasswordDialog.class);

        _click(dialog.save);
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("请填写新密码");

        dialog.password.setValue("Zhangpu-Coast-0596");
        dialog.confirm.setValue("Zhangpu-Coast-0569");
        _click(dialog.save);
        assertThat(dialog.confirm.isInvalid()).isTrue();
        assertThat(dialog.confirm.getErrorMessage()).isEqualTo("两次输入的密码不一致");

        dialog.password.setValue("1234567890");
        dialog.confirm.setValue("1234567890");
        _click(dialog.save);
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("这是一个常见密码，请换一个不易猜到的密码");

        dialog.password.setValue("Zhangpu-Coast-0596");
        dialog.confirm.setValue("Zhangpu-Coast-0596");
        _click(dialog.save);
        _assertNone(PasswordDialog.class);
        assertThat(login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "stat-zhangpu", "Zhangpu-Coast-0596"))
                        .isAuthenticated())
                .isTrue();
    }
}
