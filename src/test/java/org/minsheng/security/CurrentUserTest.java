package org.minsheng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place services ask who is calling, on its own: the demo's accounts in memory instead of
 * the database, so each refusal is seen to come from this check and not from somewhere else.
 */
class CurrentUserTest {

    private static final AppUser LEADER = new AppUser(1, "leader", "领导", Set.of(Role.LEADER), Set.of());
    private static final AppUser XIANGCHENG_STATISTICIAN =
            new AppUser(5, "stat-xiangcheng", "芗城区统计员", Set.of(Role.STATISTICIAN), Set.of(2));
    private static final AppUser REVIEWER_AND_ADMIN =
            new AppUser(3, "reviewer", "审核员", Set.of(Role.REVIEWER, Role.ADMINISTRATOR), Set.of());

    private final Accounts accounts = new Accounts(new HashMap<>(Map.of(
            "leader", new UserAccountRepository.Account(LEADER, "{noop}demo", true),
            "stat-xiangcheng", new UserAccountRepository.Account(XIANGCHENG_STATISTICIAN, "{noop}demo", true),
            "reviewer", new UserAccountRepository.Account(REVIEWER_AND_ADMIN, "{noop}demo", true),
            "left-in-2020",
                    new UserAccountRepository.Account(
                            new AppUser(9, "left-in-2020", "已离职", Set.of(Role.ADMINISTRATOR), Set.of()),
                            "{noop}demo",
                            false))));
    private final CurrentUser currentUser = new CurrentUser(accounts);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_signed_in_statistician_is_read_with_their_district_scope() {
        signIn("stat-xiangcheng");
        assertThat(currentUser.requireSignedIn()).isEqualTo("stat-xiangcheng");
        assertThat(currentUser.get()).isEqualTo(XIANGCHENG_STATISTICIAN);
        assertThat(currentUser.get().scope()).containsExactly(2);
    }

    @Test
    void nobody_signed_in_is_refused_before_any_account_is_read() {
        assertThatThrownBy(currentUser::requireSignedIn).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(currentUser::get).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_anonymous_visitor_is_refused_although_spring_counts_them_as_authenticated() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(currentUser::requireSignedIn).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUser.require(Role.values())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_login_not_yet_authenticated_is_refused() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.unauthenticated("leader", "demo"));
        assertThatThrownBy(currentUser::requireSignedIn).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_disabled_or_deleted_account_is_refused_even_with_a_session_still_open() {
        signIn("left-in-2020");
        assertThatThrownBy(currentUser::get).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUser.require(Role.ADMINISTRATOR)).isInstanceOf(AccessDeniedException.class);
        signIn("nobody-by-this-name");
        assertThatThrownBy(currentUser::get).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_role_check_passes_with_any_one_of_the_roles_asked_for_and_refuses_the_others() {
        signIn("reviewer");
        assertThat(currentUser.require(Role.ADMINISTRATOR)).isEqualTo(REVIEWER_AND_ADMIN);
        assertThat(currentUser.require(Role.STATISTICIAN, Role.REVIEWER)).isEqualTo(REVIEWER_AND_ADMIN);
        assertThatThrownBy(() -> currentUser.require(Role.STATISTICIAN))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("STATISTICIAN");
        signIn("leader");
        assertThat(currentUser.require(Role.values())).isEqualTo(LEADER);
        assertThatThrownBy(() -> currentUser.require(Role.REVIEWER, Role.ADMINISTRATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currentUser.require())
                .as("no role named, nobody passes")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void within_one_transaction_the_account_is_read_once_and_a_change_applies_from_the_next() {
        signIn("leader");
        inTransaction(() -> {
            assertThat(currentUser.require(Role.LEADER)).isEqualTo(LEADER);
            accounts.disable("leader");
            assertThat(currentUser.get())
                    .as("the same transaction keeps what it read")
                    .isEqualTo(LEADER);
            assertThat(accounts.reads).isEqualTo(1);
            signIn("reviewer");
            assertThat(currentUser.get())
                    .as("another user in the same transaction")
                    .isEqualTo(REVIEWER_AND_ADMIN);
        });
        signIn("leader");
        inTransaction(() -> assertThatThrownBy(currentUser::get)
                .as("the next transaction reads the account again: disabled now")
                .isInstanceOf(AccessDeniedException.class));
        assertThatThrownBy(currentUser::get)
                .as("outside a transaction every call reads")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void within_one_request_the_account_is_read_once_across_its_transactions_and_the_next_request_reads_again() {
        signIn("leader");
        inRequest(() -> {
            for (int i = 0; i < 3; i++) {
                inTransaction(() -> assertThat(currentUser.require(Role.LEADER)).isEqualTo(LEADER));
            }
            accounts.disable("leader");
            assertThat(currentUser.get())
                    .as("the same request keeps what it read")
                    .isEqualTo(LEADER);
            signIn("reviewer");
            assertThat(currentUser.get()).as("another user in the same request").isEqualTo(REVIEWER_AND_ADMIN);
        });
        assertThat(accounts.reads).as("once per user in the request").isEqualTo(2);
        signIn("leader");
        inRequest(() -> assertThatThrownBy(currentUser::get)
                .as("the next request reads the account again: disabled now")
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void an_account_changed_within_the_request_or_transaction_is_read_again() {
        signIn("reviewer");
        inRequest(() -> {
            assertThat(currentUser.get()).isEqualTo(REVIEWER_AND_ADMIN);
            accounts.disable("reviewer");
            currentUser.accountChanged(new AccountChanged(3, "user.update", 3, Map.of(), Map.of(), null));
            assertThatThrownBy(currentUser::get).isInstanceOf(AccessDeniedException.class);
        });
        signIn("leader");
        inTransaction(() -> {
            assertThat(currentUser.get()).isEqualTo(LEADER);
            accounts.disable("leader");
            currentUser.accountChanged(new AccountChanged(3, "user.update", 1, Map.of(), Map.of(), null));
            assertThatThrownBy(currentUser::get).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void only_a_leader_given_a_unit_is_limited_in_what_they_read() {
        signIn("leader");
        assertThat(currentUser.readingScope()).isEqualTo(ReadingScope.EVERY_UNIT);
        signIn("stat-xiangcheng");
        assertThat(currentUser.readingScope())
                .as("a statistician's unit is what they enter, not what they read")
                .isEqualTo(ReadingScope.EVERY_UNIT);
    }

    private static void inRequest(Runnable work) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            work.run();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private static void inTransaction(Runnable work) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.NO_AUTHORITIES));
    }

    /** The accounts table as a map; only the read CurrentUser makes is answered, and counted. */
    private static final class Accounts extends UserAccountRepository {
        private final Map<String, Account> byName;
        private int reads;

        Accounts(Map<String, Account> byName) {
            super(null);
            this.byName = byName;
        }

        @Override
        Optional<Account> findByUsername(String username) {
            reads++;
            return Optional.ofNullable(byName.get(username));
        }

        void disable(String username) {
            var account = byName.get(username);
            byName.put(username, new Account(account.user(), account.passwordHash(), false));
        }
    }
}
