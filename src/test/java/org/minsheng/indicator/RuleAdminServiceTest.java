package org.minsheng.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.Catalogue.audit;
import static org.minsheng.support.Catalogue.auditCount;
import static org.minsheng.support.Catalogue.divisionId;
import static org.minsheng.support.Catalogue.indicatorId;
import static org.minsheng.support.Catalogue.monthId;
import static org.minsheng.support.SignedIn.as;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.Finding;
import org.minsheng.indicator.ValidationRule.Operator;
import org.minsheng.indicator.ValidationRule.RuleDraft;
import org.minsheng.indicator.ValidationRule.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Cross-indicator rules kept as data: what the administrator writes is what entry checks. */
@IntegrationTest
@Transactional
class RuleAdminServiceTest {

    private static final String MESSAGE = "错车道数不应少于营养改善计划学校数（测试规则）";

    @Autowired
    RuleAdminService rules;

    @Autowired
    FigureService entry;

    @Autowired
    DSLContext db;

    @Test
    void an_error_rule_created_by_the_administrator_blocks_the_statistician_until_it_is_disabled() {
        var rule = as("admin", () -> rules.create(bayRule("bays_cover_schools", Severity.ERROR)));
        int january = monthId(db, 2021, 1);
        int xiangcheng = divisionId(db, "350602");
        var bays = new CellKey(indicatorId(db, "passing_bays"), xiangcheng, january);
        var schools = new CellKey(indicatorId(db, "meal_schools"), xiangcheng, january);
        as("stat-xiangcheng", () -> {
            entry.save(FigureInput.of(schools, "4", 0));
            entry.save(FigureInput.of(bays, "3", 0));
        });

        var findings = as("stat-xiangcheng", () -> entry.check(january, xiangcheng));
        assertThat(findings)
                .filteredOn(f -> f.messageKey().equals("figure.rule"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
                    assertThat(f.cell()).isEqualTo(bays);
                    assertThat(f.parameters()).contains(MESSAGE);
                });
        var submitted = as("stat-xiangcheng", () -> entry.submit(january, xiangcheng));
        assertThat(submitted.submitted()).isZero();
        assertThat(submitted.problems())
                .anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("figure.rule"));

        as("admin", () -> rules.setEnabled(rule.id(), rule.version(), false));
        assertThat(as("stat-xiangcheng", () -> entry.check(january, xiangcheng)))
                .noneSatisfy(f -> assertThat(f.messageKey()).isEqualTo("figure.rule"));
        assertThat(audit(db, "validation_rule", rule.id()))
                .extracting(e -> e.getAction())
                .containsExactly("rule.create", "rule.disable");
    }

    @Test
    void a_rule_is_edited_and_enabled_again_with_optimistic_locking() {
        var rule = as("admin", () -> rules.create(bayRule("bays_cover_schools", Severity.WARNING)));
        var edited = as(
                "admin", () -> rules.update(rule.id(), rule.version(), bayRule("bays_cover_schools", Severity.ERROR)));
        assertThat(edited.draft().severity()).isEqualTo(Severity.ERROR);
        assertThat(edited.version()).isEqualTo(1);
        assertThatThrownBy(() -> as("admin", () -> rules.setEnabled(rule.id(), rule.version(), false)))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.error.stale");
        var disabled = as("admin", () -> rules.setEnabled(edited.id(), edited.version(), false));
        var enabled = as("admin", () -> rules.setEnabled(disabled.id(), disabled.version(), true));
        assertThat(enabled.enabled()).isTrue();
        assertThat(as("admin", () -> rules.list()))
                .extracting(r -> r.draft().code())
                .contains("inspected_within_programme", "bays_cover_schools");
        var update = audit(db, "validation_rule", rule.id()).get(1);
        assertThat(update.getAction()).isEqualTo("rule.update");
        assertThat(update.getOldValue().data()).contains("WARNING");
        assertThat(update.getNewValue().data()).contains("ERROR");
    }

    @Test
    void rules_that_cannot_mean_anything_are_refused_and_nothing_is_audited() {
        int audited = auditCount(db);
        int bays = indicatorId(db, "passing_bays");
        assertRefused(
                new RuleDraft("self", bays, Operator.LE, List.of(bays), Severity.ERROR, "甲", "a"),
                "catalogue.rule.error.right");
        assertRefused(
                new RuleDraft("nothing", bays, Operator.LE, List.of(), Severity.ERROR, "甲", "a"),
                "catalogue.rule.error.right");
        assertRefused(
                new RuleDraft("unknown", bays, Operator.LE, List.of(999_999), Severity.ERROR, "甲", "a"),
                "catalogue.rule.error.indicator");
        assertRefused(
                new RuleDraft(
                        "inspected_within_programme",
                        bays,
                        Operator.LE,
                        List.of(indicatorId(db, "meal_schools")),
                        Severity.ERROR,
                        "甲",
                        "a"),
                "catalogue.rule.error.code.taken");
        assertRefused(bayRuleWithMessage(" "), "catalogue.rule.error.message");
        assertThat(auditCount(db)).isEqualTo(audited);
    }

    private void assertRefused(RuleDraft draft, String key) {
        assertThatThrownBy(() -> as("admin", () -> rules.create(draft)))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo(key);
    }

    private RuleDraft bayRule(String code, Severity severity) {
        return new RuleDraft(
                code,
                indicatorId(db, "passing_bays"),
                Operator.GE,
                List.of(indicatorId(db, "meal_schools")),
                severity,
                MESSAGE,
                "Passing bays should not be fewer than meal-programme schools (test rule)");
    }

    private RuleDraft bayRuleWithMessage(String messageZh) {
        return new RuleDraft(
                "blank_message",
                indicatorId(db, "passing_bays"),
                Operator.GE,
                List.of(indicatorId(db, "meal_schools")),
                Severity.ERROR,
                messageZh,
                "x");
    }
}
