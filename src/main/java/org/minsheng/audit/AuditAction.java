package org.minsheng.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every action the audit trail records, one vocabulary: the code stored in {@code audit_entry.action}
 * and the message key of its words. The trail's filter lists these, and {@link AuditLog} refuses a
 * code that is not here, so an action can no longer be written that nobody can read or filter on.
 */
public enum AuditAction {
    ENTER("enter"),
    EDIT("edit"),
    CLEAR("clear"),
    REVERT("revert"),
    SUBMIT("submit"),
    APPROVE("approve"),
    APPROVE_CORRECTION("approve_correction"),
    RETURN("return"),
    REVISE("revise"),
    PUBLISH("publish"),
    IMPORT("import"),
    FIGURE_IMPORT("figure_import"),
    USER_CREATE("user.create"),
    USER_UPDATE("user.update"),
    USER_ENABLE("user.enable"),
    USER_DISABLE("user.disable"),
    USER_PASSWORD_RESET("user.password_reset"),
    USER_LOCKED("user.locked"),
    SUCCESSION("succession"),
    INDICATOR_CREATE("indicator.create"),
    INDICATOR_UPDATE("indicator.update"),
    INDICATOR_RETIRE("indicator.retire"),
    INDICATOR_REINSTATE("indicator.reinstate"),
    INDICATOR_DELETE("indicator.delete"),
    RULE_CREATE("rule.create"),
    RULE_UPDATE("rule.update"),
    RULE_ENABLE("rule.enable"),
    RULE_DISABLE("rule.disable"),
    TARGET_CREATE("target.create"),
    TARGET_UPDATE("target.update"),
    TARGET_REMOVE("target.remove"),
    TARGET_COPY("target.copy"),
    PERIOD_CREATE("period.create"),
    PERIOD_DUE_DATE("period.due_date"),
    PERIOD_CLOSE("period.close"),
    PERIOD_REOPEN("period.reopen"),
    PERIOD_ANNUAL_ONLY("period.annual_only"),
    PHRASE_UPDATE("phrase.update"),
    APPROVAL_LEVELS("approval.levels"),
    UNIT_ACCEPT("unit.accept"),
    UNIT_RETURN("unit.return"),
    UNIT_REOFFER("unit.reoffer"),
    UNIT_REOPEN("unit.reopen"),
    DEMO_DATA_LOADED("demo_data_loaded");

    private static final Map<String, AuditAction> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(AuditAction::code, Function.identity()));

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** As stored in the trail. */
    public String code() {
        return code;
    }

    public String labelKey() {
        return "audit.action." + code;
    }

    public static Optional<AuditAction> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
