package org.minsheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class LoginAccountsTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void demo_accounts_have_hashed_passwords_and_their_roles() {
        var leader = users.loadUserByUsername("leader");
        assertThat(leader.getPassword()).startsWith("{bcrypt}").doesNotContain("demo");
        assertThat(encoder.matches("demo", leader.getPassword())).isTrue();
        assertThat(encoder.matches("Demo", leader.getPassword())).isFalse();
        assertThat(leader.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LEADER");
        assertThat(users.loadUserByUsername("stat-zhangpu").getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_STATISTICIAN");
    }
}
