package org.minsheng.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.Catalogue.auditCount;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minsheng.IntegrationTest;
import org.minsheng.period.CalendarService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Only administrators keep the catalogue, rules, targets and calendar, whatever path the call takes:
 * every method of those services refuses every other demo role, and nothing is audited.
 */
@IntegrationTest
@Transactional
class CatalogueAccessTest {

    private static final Map<String, Consumer<ApplicationContext>> METHODS = new TreeMap<>();

    static {
        var draft = IndicatorDraft.blank(1);
        var rule = new ValidationRule.RuleDraft(
                "x", 1, ValidationRule.Operator.LE, List.of(2), ValidationRule.Severity.ERROR, "甲", "a");
        indicator("indicator.list", IndicatorAdminService::list);
        indicator("indicator.categories", IndicatorAdminService::categories);
        indicator("indicator.create", s -> s.create(draft));
        indicator("indicator.update", s -> s.update(1, 0, draft));
        indicator("indicator.retire", s -> s.retire(1, 0, LocalDate.of(2021, 1, 1)));
        indicator("indicator.reinstate", s -> s.reinstate(1, 0));
        indicator("indicator.delete", s -> s.delete(1, 0));
        METHODS.put("rule.list", c -> c.getBean(RuleAdminService.class).list());
        METHODS.put("rule.create", c -> c.getBean(RuleAdminService.class).create(rule));
        METHODS.put("rule.update", c -> c.getBean(RuleAdminService.class).update(1, 0, rule));
        METHODS.put("rule.setEnabled", c -> c.getBean(RuleAdminService.class).setEnabled(1, 0, false));
        METHODS.put("target.list", c -> c.getBean(TargetAdminService.class).list(2020, 1));
        METHODS.put("target.divisions", c -> c.getBean(TargetAdminService.class).divisions(2020));
        METHODS.put(
                "target.revisionRequired",
                c -> c.getBean(TargetAdminService.class).revisionRequired(2020, 1));
        METHODS.put(
                "target.revisionRequiredToCreate",
                c -> c.getBean(TargetAdminService.class).revisionRequiredToCreate(1, 1, 2021));
        METHODS.put(
                "target.copyAllowed", c -> c.getBean(TargetAdminService.class).copyAllowed(2020));
        METHODS.put("target.revisions", c -> c.getBean(TargetAdminService.class).revisions(1));
        METHODS.put(
                "target.create",
                c -> c.getBean(TargetAdminService.class)
                        .create(1, 1, 2021, TargetDirection.INCREASE_TO, BigDecimal.TEN, null));
        METHODS.put(
                "target.update",
                c -> c.getBean(TargetAdminService.class)
                        .update(1, 0, TargetDirection.INCREASE_TO, BigDecimal.TEN, null));
        METHODS.put("target.remove", c -> c.getBean(TargetAdminService.class).remove(1, 0, null));
        METHODS.put(
                "target.copyFromLastYear",
                c -> c.getBean(TargetAdminService.class).copyFromLastYear(2021));
        METHODS.put("calendar.calendar", c -> c.getBean(CalendarService.class).calendar());
        METHODS.put("calendar.createYear", c -> c.getBean(CalendarService.class).createYear(2022));
        METHODS.put(
                "calendar.changeDueOn",
                c -> c.getBean(CalendarService.class).changeDueOn(1, 0, LocalDate.of(2021, 2, 20)));
        METHODS.put("calendar.close", c -> c.getBean(CalendarService.class).close(1, 0));
        METHODS.put("calendar.reopen", c -> c.getBean(CalendarService.class).reopen(1, 0));
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    static Stream<Arguments> everyOtherRoleAndEveryMethod() {
        return Stream.of("leader", "reviewer", "comms", "stat-xiangcheng", "stat-zhangpu")
                .flatMap(user -> METHODS.keySet().stream().map(method -> Arguments.of(user, method)));
    }

    @ParameterizedTest(name = "{0} is refused {1}")
    @MethodSource("everyOtherRoleAndEveryMethod")
    void users_without_the_administrator_role_are_refused_and_nothing_is_audited(String user, String method) {
        int audited = auditCount(db);
        assertThatThrownBy(() -> as(user, () -> METHODS.get(method).accept(context)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditCount(db)).isEqualTo(audited);
    }

    private static void indicator(String name, Consumer<IndicatorAdminService> call) {
        METHODS.put(name, c -> call.accept(c.getBean(IndicatorAdminService.class)));
    }
}
