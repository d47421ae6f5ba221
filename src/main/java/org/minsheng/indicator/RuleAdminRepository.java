package org.minsheng.indicator;

import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.VALIDATION_RULE;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.minsheng.base.db.AtVersion;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.RuleOperator;
import org.minsheng.db.enums.RuleSeverity;
import org.minsheng.db.tables.records.ValidationRuleRecord;
import org.springframework.stereotype.Repository;

@Repository
class RuleAdminRepository {

    private final DSLContext db;

    RuleAdminRepository(DSLContext db) {
        this.db = db;
    }

    List<ValidationRule> findAll() {
        return db.selectFrom(VALIDATION_RULE).orderBy(VALIDATION_RULE.CODE).fetch(RuleAdminRepository::toRule);
    }

    Optional<ValidationRule> find(int id) {
        return db.selectFrom(VALIDATION_RULE)
                .where(VALIDATION_RULE.ID.eq(id))
                .fetchOptional(RuleAdminRepository::toRule);
    }

    boolean codeTaken(String code, int exceptId) {
        return db.fetchExists(VALIDATION_RULE, VALIDATION_RULE.CODE.eq(code).and(VALIDATION_RULE.ID.ne(exceptId)));
    }

    int countIndicators(Collection<Integer> ids) {
        return db.fetchCount(INDICATOR, INDICATOR.ID.in(ids));
    }

    int insert(ValidationRule.RuleDraft draft) {
        return db.insertInto(VALIDATION_RULE)
                .set(VALIDATION_RULE.CODE, draft.code())
                .set(VALIDATION_RULE.LEFT_ID, draft.leftId())
                .set(VALIDATION_RULE.OPERATOR, Vocabularies.toDatabase(draft.operator(), RuleOperator.class))
                .set(VALIDATION_RULE.RIGHT_IDS, draft.rightIds().toArray(Integer[]::new))
                .set(VALIDATION_RULE.SEVERITY, Vocabularies.toDatabase(draft.severity(), RuleSeverity.class))
                .set(VALIDATION_RULE.MESSAGE_ZH, draft.messageZh())
                .set(VALIDATION_RULE.MESSAGE_EN, draft.messageEn())
                .returning(VALIDATION_RULE.ID)
                .fetchSingle(VALIDATION_RULE.ID);
    }

    /** Updates at the expected version only; false when someone else saved first. */
    boolean update(int id, int version, ValidationRule.RuleDraft draft) {
        return AtVersion.update(
                db.update(VALIDATION_RULE)
                        .set(VALIDATION_RULE.CODE, draft.code())
                        .set(VALIDATION_RULE.LEFT_ID, draft.leftId())
                        .set(VALIDATION_RULE.OPERATOR, Vocabularies.toDatabase(draft.operator(), RuleOperator.class))
                        .set(VALIDATION_RULE.RIGHT_IDS, draft.rightIds().toArray(Integer[]::new))
                        .set(VALIDATION_RULE.SEVERITY, Vocabularies.toDatabase(draft.severity(), RuleSeverity.class))
                        .set(VALIDATION_RULE.MESSAGE_ZH, draft.messageZh())
                        .set(VALIDATION_RULE.MESSAGE_EN, draft.messageEn()),
                VALIDATION_RULE.ID,
                id,
                VALIDATION_RULE.VERSION,
                version);
    }

    boolean setEnabled(int id, int version, boolean enabled) {
        return AtVersion.update(
                db.update(VALIDATION_RULE).set(VALIDATION_RULE.ENABLED, enabled),
                VALIDATION_RULE.ID,
                id,
                VALIDATION_RULE.VERSION,
                version);
    }

    private static ValidationRule toRule(ValidationRuleRecord r) {
        return new ValidationRule(
                r.getId(),
                r.getVersion(),
                r.getEnabled(),
                new ValidationRule.RuleDraft(
                        r.getCode(),
                        r.getLeftId(),
                        Vocabularies.toDomain(r.getOperator(), ValidationRule.Operator.class),
                        Arrays.asList(r.getRightIds()),
                        Vocabularies.toDomain(r.getSeverity(), ValidationRule.Severity.class),
                        r.getMessageZh(),
                        r.getMessageEn()));
    }
}
