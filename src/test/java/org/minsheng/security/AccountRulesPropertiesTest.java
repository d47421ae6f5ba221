package org.minsheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Hostile.forAll;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.minsheng.base.RefusedException;
import org.minsheng.support.Hostile;

/** The user form's fields: any text is accepted as typed or refused with a reason, never a crash. */
class AccountRulesPropertiesTest {

    @Test
    void any_username_display_name_and_password_is_accepted_or_refused_with_a_reason() {
        forAll(Hostile::anyText, text -> {
            try {
                assertThat(AccountRules.username(text)).matches("[a-z0-9][a-z0-9._-]{2,63}");
            } catch (RefusedException refused) {
                assertThat(refused.messageKey()).startsWith("users.error.");
            }
            try {
                var name = AccountRules.displayName(text);
                assertThat(name).isEqualTo(text.strip()).doesNotContain("\u0000");
            } catch (RefusedException refused) {
                assertThat(refused.messageKey()).matches("(users|input)\\.error\\..*");
            }
            try {
                AccountRules.password(text, "stat-xiangcheng");
                assertThat(text.getBytes(StandardCharsets.UTF_8).length)
                        .as("bcrypt's limit")
                        .isLessThanOrEqualTo(72);
            } catch (RefusedException refused) {
                assertThat(refused.messageKey()).startsWith("users.error.password.");
            }
        });
    }
}
