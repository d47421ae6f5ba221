package org.minsheng.security;

import static org.jooq.impl.DSL.multiset;
import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.USER_ROLE;
import static org.minsheng.db.Tables.USER_SCOPE;

import java.util.HashSet;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

    /** What the login needs: the account with its hash, and the user it becomes. */
    record Account(AppUser user, String passwordHash, boolean enabled) {
    }

    private final DSLContext db;

    UserAccountRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Account> findByUsername(String username) {
        return db.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH,
                        APP_USER.ENABLED,
                        multiset(db.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(APP_USER.ID))),
                        multiset(db.select(USER_SCOPE.DIVISION_ID).from(USER_SCOPE)
                                .where(USER_SCOPE.USER_ID.eq(APP_USER.ID))))
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new Account(
                        new AppUser(r.value1(), r.value2(), r.value3(),
                                r.value6().stream().map(x -> Role.valueOf(x.value1().name().toUpperCase()))
                                        .collect(Collectors.toSet()),
                                new HashSet<>(r.value7().getValues(USER_SCOPE.DIVISION_ID))),
                        r.value4(), r.value5()));
    }
}
