package org.minsheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.security.UserAdminFixture.GOOD_PASSWORD;
import static org.minsheng.security.UserAdminFixture.auditCount;
import static org.minsheng.security.UserAdminFixture.signInAs;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** Only administrators manage users, whatever path the call takes: the check is in the service. */
@IntegrationTest
@Transactional
class UserAdminAccessTest {

    private static final Map<String, Consumer<UserAdminService>> METHODS = Map.of(
            "list", UserAdminService::list,
            "districts", UserAdminService::districts,
            "create",
                    s -> s.create(new NewUser("intruder", "入侵者", GOOD_PASSWORD, Set.of(Role.ADMINISTRATOR), Set.of())),
            "update", s -> s.update(new UserChange(1, 0, "x", Set.of(Role.ADMINISTRATOR), Set.of())),
            "setEnabled", s -> s.setEnabled(4, 0, false),
            "resetPassword", s -> s.resetPassword(4, 0, GOOD_PASSWORD));

    @Autowired
    UserAdminService service;

    @Autowired
    DSLContext db;

    static Stream<Arguments> everyOtherRoleAndEveryMethod() {
        return Stream.of("leader", "reviewer", "comms", "stat-xiangcheng", "stat-zhangpu")
                .flatMap(user -> METHODS.keySet().stream().sorted().map(method -> Arguments.of(user, method)));
    }

    @ParameterizedTest(name = "{0} is refused {1}")
    @MethodSource("everyOtherRoleAndEveryMethod")
    void users_without_the_administrator_role_are_refused_and_nothing_is_audited(String user, String method) {
        int audited = auditCount(db);
        signInAs(user);
        assertThatThrownBy(() -> METHODS.get(method).accept(service)).isInstanceOf(AccessDeniedException.class);
        assertThat(auditCount(db)).isEqualTo(audited);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
