package org.minsheng.indicator;

import java.util.List;

/**
 * A cross-indicator check kept as data: the left indicator compared with the sum of the right-hand
 * ones, per district and period. Figure entry reads the enabled ones.
 */
public record ValidationRule(int id, int version, boolean enabled, RuleDraft draft) {

    public enum Operator {
        LE,
        GE,
        EQ
    }

    public enum Severity {
        ERROR,
        WARNING
    }

    /**
     * What an administrator fills in for a rule.
     *
     * @param severity an error blocks submitting; a warning needs an explanation (情况说明)
     */
    public record RuleDraft(
            String code,
            int leftId,
            Operator operator,
            List<Integer> rightIds,
            Severity severity,
            String messageZh,
            String messageEn) {}
}
