package org.minsheng.security;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minsheng.base.RefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, roles and scopes (what a statistician enters, what a leader reads), kept by administrators. Every method checks the caller's
 * role here, not in the view, and every change is audited in its own transaction; a refusal is a
 * {@link RefusedException} whose key the view translates.
 */
@Service
@Transactional
public class UserAdminService {

    private final UserAdminRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final String cityCode;

    UserAdminService(
            UserAdminRepository users,
            CurrentUser currentUser,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            @Value("${minsheng.city-code:350600}") String cityCode) {
        this.users = users;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.events = events;
        this.cityCode = cityCode;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        currentUser.require(Role.ADMINISTRATOR);
        return users.findAll();
    }

    /**
     * The units a statistician, a leader or a reviewer can be scoped to: the root when it is a city, then the
     * units below it down to county level (the country's provinces, cities and counties), current ones
     * first. A statistician's must be a city or a county ({@link #create} refuses a province).
     */
    @Transactional(readOnly = true)
    public List<District> districts() {
        currentUser.require(Role.ADMINISTRATOR);
        return users.districts(cityCode);
    }

    public UserSummary create(NewUser user) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var username = AccountRules.username(user.username());
        var displayName = AccountRules.displayName(user.displayName());
        AccountRules.password(user.password(), username);
        checkRolesAndScope(user.roles(), user.scope());
        if (users.usernameExists(username)) {
            throw new RefusedException("users.error.username.taken", username);
        }
        int id = users.insert(username, displayName, encoder.encode(user.password()));
        users.replaceRoles(id, user.roles());
        users.replaceScope(id, user.scope());
        var created = users.findById(id).orElseThrow();
        events.publishEvent(new AccountChanged(admin.id(), "user.create", id, null, auditValues(created), null));
        return created;
    }

    /** Changes the display name, roles and scope together, as the edit form saves them. */
    public UserSummary update(UserChange change) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(change.id(), change.version());
        var displayName = AccountRules.displayName(change.displayName());
        checkRolesAndScope(change.roles(), change.scope());
        if (!change.roles().contains(Role.ADMINISTRATOR)) {
            keepAnAdministrator(before);
        }
        if (!users.updateDisplayName(change.id(), change.version(), displayName)) {
            throw stale();
        }
        users.replaceRoles(change.id(), change.roles());
        users.replaceScope(change.id(), change.scope());
        return audited(admin, "user.update", before);
    }

    /** Disabling keeps the account and its history; the user simply can no longer sign in. */
    public UserSummary setEnabled(int id, int version, boolean enabled) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        if (!enabled) {
            keepAnAdministrator(before);
        }
        if (!users.updateEnabled(id, version, enabled)) {
            throw stale();
        }
        return audited(admin, enabled ? "user.enable" : "user.disable", before);
    }

    /** Sets a password the administrator chose (and hands over in person); it also lifts a lockout. */
    public UserSummary resetPassword(int id, int version, String newPassword) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        AccountRules.password(newPassword, before.username());
        if (!users.updatePassword(id, version, encoder.encode(newPassword))) {
            throw stale();
        }
        var after = users.findById(id).orElseThrow();
        // The audit says that the password changed, never what to: not even the hash is kept.
        events.publishEvent(new AccountChanged(
                admin.id(),
                "user.password_reset",
                id,
                Map.of("locked", before.locked()),
                Map.of("locked", after.locked(), "passwordReset", true),
                null));
        return after;
    }

    private UserSummary current(int id, int version) {
        var user = users.findById(id).orElseThrow(() -> new RefusedException("users.error.notFound"));
        if (user.version() != version) {
            throw stale();
        }
        return user;
    }

    private void checkRolesAndScope(Set<Role> roles, Set<Integer> scope) {
        if (roles.isEmpty()) {
            throw new RefusedException("users.error.roles.required");
        }
        if (roles.contains(Role.STATISTICIAN) && scope.isEmpty()) {
            throw new RefusedException("users.error.scope.required");
        }
        // a statistician's scope is what they enter: one who also reviews stays the root's reviewer, as before
        boolean reads = Role.scopeIsRead(roles);
        if (!scope.isEmpty() && !roles.contains(Role.STATISTICIAN) && !reads) {
            // Scopes limit statisticians, leaders and reviewers; on anyone else they would suggest a limit that is not
            // there.
            throw new RefusedException("users.error.scope.onlyStatisticiansAndLeaders");
        }
        if (!scope.isEmpty() && reads) {
            // A leader's or reviewer's scope is the one unit whose subtree they read (and a reviewer approves or
            // accepts); communications and administrators read every unit for their work, which the scope would
            // silently cut short.
            if (scope.size() > 1) {
                throw new RefusedException("users.error.scope.leaderOneUnit");
            }
            if (roles.contains(Role.COMMUNICATIONS) || roles.contains(Role.ADMINISTRATOR)) {
                throw new RefusedException("users.error.scope.leaderReadsAll");
            }
        }
        if (!users.scopeUnitIds(cityCode, scope).containsAll(scope)) {
            throw new RefusedException("users.error.scope.invalid");
        }
        // a province enters no figures of its own: its leaders and reviewers read it, nobody enters for it
        if (roles.contains(Role.STATISTICIAN)
                && !users.reportingUnitIds(cityCode, scope).containsAll(scope)) {
            throw new RefusedException("users.error.scope.statisticianEntersCityOrCounty");
        }
    }

    /** Refuses a change that would leave nobody able to administer users, whoever makes it. */
    private void keepAnAdministrator(UserSummary before) {
        if (!before.enabled() || !before.has(Role.ADMINISTRATOR)) {
            return;
        }
        var others = new HashSet<>(users.lockEnabledAdministrators());
        others.remove(before.id());
        if (others.isEmpty()) {
            throw new RefusedException("users.error.lastAdministrator");
        }
    }

    private UserSummary audited(AppUser admin, String action, UserSummary before) {
        var after = users.findById(before.id()).orElseThrow();
        events.publishEvent(
                new AccountChanged(admin.id(), action, before.id(), auditValues(before), auditValues(after), null));
        return after;
    }

    private static RefusedException stale() {
        return new RefusedException("users.error.stale");
    }

    private static Map<String, Object> auditValues(UserSummary user) {
        var values = new LinkedHashMap<String, Object>();
        values.put("username", user.username());
        values.put("displayName", user.displayName());
        values.put("enabled", user.enabled());
        values.put("roles", user.roles().stream().sorted().map(Role::name).toList());
        values.put("scope", user.scope().stream().map(District::code).toList());
        return values;
    }
}
