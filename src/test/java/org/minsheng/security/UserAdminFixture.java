package org.minsheng.security;

import static org.minsheng.db.Tables.AUDIT_ENTRY;
import static org.minsheng.db.Tables.DIVISION;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.minsheng.db.tables.records.AuditEntryRecord;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the user-administration tests share: real division ids by code, and the audit trail. */
final class UserAdminFixture {

    static final String GOOD_PASSWORD = "Jiulongjiang-2020";

    private UserAdminFixture() {}

    static Set<Integer> divisions(DSLContext db, String... codes) {
        return db.select(DIVISION.ID)
                .from(DIVISION)
                .where(DIVISION.CODE.in(Arrays.asList(codes)))
                .fetchSet(DIVISION.ID);
    }

    static Set<Role> roles(String names) {
        return names == null || names.isBlank()
                ? Set.of()
                : Arrays.stream(names.split("\\+")).map(Role::valueOf).collect(Collectors.toSet());
    }

    static int auditCount(DSLContext db) {
        return db.fetchCount(AUDIT_ENTRY);
    }

    static List<AuditEntryRecord> auditFor(DSLContext db, int userId) {
        return db.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ENTITY.eq("app_user"))
                .and(AUDIT_ENTRY.ENTITY_ID.eq((long) userId))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch();
    }

    /** Signs in as a demo account for the code that follows, as @WithMockUser would for one user. */
    static void signInAs(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }
}
