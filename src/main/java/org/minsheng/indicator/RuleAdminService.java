package org.minsheng.indicator;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.RefusedException;
import org.minsheng.base.Texts;
import org.minsheng.security.AppUser;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cross-indicator validation rules, kept by administrators as data so a new check needs no
 * release. Figure entry applies the enabled ones on the next save or submit.
 */
@Service
@Transactional
public class RuleAdminService {

    private static final String ENTITY = "validation_rule";
    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

    private final RuleAdminRepository rules;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    RuleAdminService(RuleAdminRepository rules, CurrentUser currentUser, AuditLog audit) {
        this.rules = rules;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ValidationRule> list() {
        currentUser.require(Role.ADMINISTRATOR);
        return rules.findAll();
    }

    /** A new rule is enabled at once. */
    public ValidationRule create(ValidationRule.RuleDraft draft) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var clean = check(draft, 0);
        int id = rules.insert(clean);
        var created = rules.find(id).orElseThrow();
        record(admin, "rule.create", id, null, values(created));
        return created;
    }

    public ValidationRule update(int id, int version, ValidationRule.RuleDraft draft) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        var clean = check(draft, id);
        if (!rules.update(id, version, clean)) {
            throw stale();
        }
        var after = rules.find(id).orElseThrow();
        record(admin, "rule.update", id, values(before), values(after));
        return after;
    }

    /** A disabled rule stays on the list, ready to be switched back on. */
    public ValidationRule setEnabled(int id, int version, boolean enabled) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        if (!rules.setEnabled(id, version, enabled)) {
            throw stale();
        }
        record(
                admin,
                enabled ? "rule.enable" : "rule.disable",
                id,
                Map.of("enabled", before.enabled()),
                Map.of("enabled", enabled));
        return rules.find(id).orElseThrow();
    }

    private ValidationRule current(int id, int version) {
        var rule = rules.find(id).orElseThrow(() -> new RefusedException("catalogue.error.notFound"));
        if (rule.version() != version) {
            throw stale();
        }
        return rule;
    }

    private ValidationRule.RuleDraft check(ValidationRule.RuleDraft d, int id) {
        var code = d.code() == null ? "" : d.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new RefusedException("catalogue.rule.error.code.invalid");
        }
        if (rules.codeTaken(code, id)) {
            throw new RefusedException("catalogue.rule.error.code.taken", code);
        }
        if (d.operator() == null || d.severity() == null) {
            throw new RefusedException("catalogue.rule.error.incomplete");
        }
        var right = new LinkedHashSet<>(d.rightIds() == null ? List.<Integer>of() : d.rightIds());
        if (right.isEmpty() || right.contains(d.leftId())) {
            // A rule comparing an indicator with itself can only be always true or always false.
            throw new RefusedException("catalogue.rule.error.right");
        }
        var all = new LinkedHashSet<>(right);
        all.add(d.leftId());
        if (rules.countIndicators(all) != all.size()) {
            throw new RefusedException("catalogue.rule.error.indicator");
        }
        var messageZh = Texts.required(d.messageZh(), Texts.LONG, "catalogue.rule.error.message");
        var messageEn = Texts.required(d.messageEn(), Texts.LONG, "catalogue.rule.error.message");
        return new ValidationRule.RuleDraft(
                code, d.leftId(), d.operator(), List.copyOf(right), d.severity(), messageZh, messageEn);
    }

    private void record(AppUser admin, String action, int id, Map<String, ?> before, Map<String, ?> after) {
        audit.record(admin.id(), AuditEvent.of(action, ENTITY, id, before, after, null, AuditEvent.Source.FORM));
    }

    private static RefusedException stale() {
        return new RefusedException("catalogue.error.stale");
    }

    private static Map<String, Object> values(ValidationRule rule) {
        var d = rule.draft();
        var v = new LinkedHashMap<String, Object>();
        v.put("code", d.code());
        v.put("leftId", d.leftId());
        v.put("operator", d.operator().name());
        v.put("rightIds", d.rightIds());
        v.put("severity", d.severity().name());
        v.put("messageZh", d.messageZh());
        v.put("messageEn", d.messageEn());
        v.put("enabled", rule.enabled());
        return v;
    }
}
