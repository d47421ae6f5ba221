package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.minsheng.reliability.AccessMatrixTest.Caller.ADMIN;
import static org.minsheng.reliability.AccessMatrixTest.Caller.ANONYMOUS;
import static org.minsheng.reliability.AccessMatrixTest.Caller.COMMS;
import static org.minsheng.reliability.AccessMatrixTest.Caller.DISPLAY;
import static org.minsheng.reliability.AccessMatrixTest.Caller.LEADER;
import static org.minsheng.reliability.AccessMatrixTest.Caller.LEADER_SCOPED;
import static org.minsheng.reliability.AccessMatrixTest.Caller.REVIEWER;
import static org.minsheng.reliability.AccessMatrixTest.Caller.STAT_OTHER;
import static org.minsheng.reliability.AccessMatrixTest.Caller.STAT_OWN;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minsheng.IntegrationTest;
import org.minsheng.approval.ApprovalService;
import org.minsheng.audit.AuditLog;
import org.minsheng.audit.AuditQuery;
import org.minsheng.base.Download;
import org.minsheng.base.RefusedException;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.DashboardUpdates;
import org.minsheng.db.Tables;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionHistoryService;
import org.minsheng.division.DivisionImportService;
import org.minsheng.division.DivisionService;
import org.minsheng.division.Succession;
import org.minsheng.export.OpenDataFormat;
import org.minsheng.export.OpenDataService;
import org.minsheng.export.TableExportService;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.CheckedInput;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.figure.SubmissionService;
import org.minsheng.figure.TrackerService;
import org.minsheng.importing.ImportService;
import org.minsheng.indicator.IndicatorAdminService;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.indicator.RuleAdminService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.indicator.ValidationRule;
import org.minsheng.period.CalendarService;
import org.minsheng.period.PeriodService;
import org.minsheng.provenance.ProvenanceService;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every public service method, called by every role, for a statistician both on their own district
 * (芗城区 350602 for stat-xiangcheng) and on another's (stat-zhangpu, 漳浦县), and for a leader scoped to
 * 芗城区 (leader-xiangcheng); every method that takes a unit is called on 芗城区, a town of it, a
 * sibling (漳浦县) and the parent (漳州市): allowed or refused as /work/shared/domain.md, docs/levels.md
 * and the README say, whatever view or path would call it. "Allowed" means the
 * access gate let the call through (it may still be refused for a business reason, such as a stale
 * version); "refused" means an access refusal and nothing written. Every call is rolled back.
 */
@IntegrationTest
class AccessMatrixTest {

    enum Caller {
        ANONYMOUS(null),
        LEADER("leader"),
        LEADER_SCOPED("leader-xiangcheng"),
        REVIEWER("reviewer"),
        COMMS("comms"),
        ADMIN("admin"),
        STAT_OWN("stat-xiangcheng"),
        STAT_OTHER("stat-zhangpu"),
        DISPLAY("display");

        final String username;

        Caller(String username) {
            this.username = username;
        }

        @Override
        public String toString() {
            return switch (this) {
                case ANONYMOUS -> "nobody signed in";
                case STAT_OWN -> "stat-xiangcheng on own district 芗城区";
                case STAT_OTHER -> "stat-zhangpu on another district 芗城区";
                case LEADER_SCOPED -> "leader-xiangcheng, a leader scoped to 芗城区";
                case DISPLAY -> "display, the meeting room's wall screen (reads only)";
                default -> username;
            };
        }
    }

    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Caller> STATISTICIANS = EnumSet.of(STAT_OWN, STAT_OTHER);
    /** Everyone signed in but the leader scoped below the root: who may read the root's or a sibling's figures. */
    private static final Set<Caller> READERS_OF_THE_ROOT = EnumSet.complementOf(EnumSet.of(ANONYMOUS, LEADER_SCOPED));

    /** Refusals that mean "not yours": a statistician outside their scope, in whatever form the path reports it. */
    private static final Set<String> SCOPE_REFUSALS = Set.of(
            "figure.error.outOfScope",
            "figure.error.batchBlocked",
            "import.error.notCommittable",
            "scope.error.outside",
            "publication.error.notYourUnit");

    /**
     * Public methods that are not entry points for a user: the sign-in itself (before anyone is signed
     * in) and the audit writer, which other services call inside their own, already checked,
     * transaction (it refuses to run outside one).
     */
    private static final Map<String, String> NOT_ENTRY_POINTS = Map.of(
            "AccountDetailsService.loadUserByUsername", "the sign-in form's own lookup",
            "AuditLog.record", "called by services inside their checked transaction; Propagation.MANDATORY",
            "ApprovalService.figuresApproved",
                    "called by the review service inside its checked approval; Propagation.MANDATORY",
            "CurrentUser.get", "the access check itself",
            "CurrentUser.require", "the access check itself",
            "CurrentUser.requireSignedIn", "the access check itself",
            "CurrentUser.readingScope", "the access check itself, for the units a reader may see",
            "ProvenanceService.record", "called by the exporting services after their own access check");

    @Autowired
    DashboardService dashboards;

    @Autowired
    DashboardUpdates dashboardUpdates;

    @Autowired
    DivisionService divisions;

    @Autowired
    DivisionHistoryService divisionHistory;

    @Autowired
    DivisionImportService divisionImport;

    @Autowired
    TableExportService exports;

    @Autowired
    FigureService figures;

    @Autowired
    ReviewService reviews;

    @Autowired
    SubmissionService submissions;

    @Autowired
    TrackerService trackers;

    @Autowired
    ImportService imports;

    @Autowired
    IndicatorService indicators;

    @Autowired
    IndicatorAdminService indicatorAdmin;

    @Autowired
    RuleAdminService ruleAdmin;

    @Autowired
    TargetAdminService targetAdmin;

    @Autowired
    CalendarService calendar;

    @Autowired
    PeriodService periods;

    @Autowired
    PublicationService publications;

    @Autowired
    PublicDisclosureService disclosure;

    @Autowired
    OpenDataService openData;

    @Autowired
    PublicationImageService images;

    @Autowired
    PhraseService phrases;

    @Autowired
    UnitPublicationService unitPublications;

    @Autowired
    ProvenanceService provenance;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    ApprovalService approvals;

    @Autowired
    AuditLog audit;

    @Autowired
    DSLContext db;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    /** @param target the unit the call is aimed at, when the method takes one; null otherwise */
    private record Case(String method, Target target, Set<Caller> allowed, Call call) {

        Case(String method, Set<Caller> allowed, Call call) {
            this(method, null, allowed, call);
        }

        String name() {
            return target == null ? method : method + " on " + target;
        }
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    /** The units a call can aim at, seen from leader-xiangcheng's 芗城区. */
    enum Target {
        OWN("350602", "芗城区, own unit"),
        CHILD("350602001", "东铺头街道, a town of 芗城区"),
        SIBLING("350623", "漳浦县, a sibling"),
        PARENT("350600", "漳州市, the parent");

        final String code;
        final String label;

        Target(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The unit a call aims at, the town created inside the call's own (rolled back) transaction. */
    private record Unit(String code, int id, boolean root) {}

    @FunctionalInterface
    private interface UnitCall {
        Object run(Unit unit) throws Exception;
    }

    /** One case per target, each with who may make the call on it. */
    private void onUnits(
            List<Case> cases,
            String method,
            Set<Caller> own,
            Set<Caller> child,
            Set<Caller> sibling,
            Set<Caller> parent,
            UnitCall call) {
        var allowed = Map.of(Target.OWN, own, Target.CHILD, child, Target.SIBLING, sibling, Target.PARENT, parent);
        for (var target : Target.values()) {
            cases.add(new Case(method, target, allowed.get(target), () -> call.run(unit(target))));
        }
    }

    private Unit unit(Target target) {
        if (target == Target.CHILD) {
            db.execute("""
                    insert into division (code, name, level, parent_id)
                    select '350602001', '东铺头街道', 'town', id from division where code = '350602'
                    on conflict do nothing""");
        }
        return new Unit(target.code, Catalogue.divisionId(db, target.code), target == Target.PARENT);
    }

    private List<Case> matrix() {
        int january = Catalogue.monthId(db, 2021, 1);
        int xiangcheng = Catalogue.divisionId(db, "350602");
        int meals = Catalogue.indicatorId(db, "meal_schools");
        var key = new CellKey(meals, xiangcheng, january);
        var published = new CellKey(meals, xiangcheng, Catalogue.monthId(db, 2020, 12));
        var entry = FigureInput.of(key, "4", 0);
        var csv = ("报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明\n" + "2021-01,350602,芗城区,meal_schools,营养改善计划学校,所,4,4,\n")
                .getBytes(StandardCharsets.UTF_8);
        var period = asAdmin(() -> periods.get(january));
        var noFilter = new AuditQuery(null, null, null, null, null, null);
        var cases = new ArrayList<Case>();
        // dashboards and reference data: every signed-in role; approved figures only
        // the root's whole year is the parent's figure for a leader scoped to a district
        cases.add(new Case("DashboardService.cityYear", READERS_OF_THE_ROOT, () -> dashboards.cityYear(2020)));
        // a scoped leader opens their unit and what lies below it (a town opens its own page)
        onUnits(
                cases,
                "DashboardService.dashboard",
                SIGNED_IN,
                SIGNED_IN,
                READERS_OF_THE_ROOT,
                READERS_OF_THE_ROOT,
                u -> dashboards.dashboard(u.root() ? DashboardFilter.year(2020) : filter(u.code())));
        cases.add(new Case("DashboardService.latestYear", SIGNED_IN, dashboards::latestYear));
        cases.add(new Case("DashboardService.latestMonth", SIGNED_IN, () -> dashboards.latestMonth(2020)));
        cases.add(new Case(
                "DashboardService.illustrativeNote",
                SIGNED_IN,
                () -> dashboards.illustrativeNote(2020, new Division(1, "350600", "漳州市", Division.Level.CITY, null))));
        onUnits(
                cases,
                "DashboardService.corrections",
                SIGNED_IN,
                SIGNED_IN,
                READERS_OF_THE_ROOT,
                READERS_OF_THE_ROOT,
                u -> dashboards.corrections(2020, 1, 12, meals, u.root() ? null : u.id()));
        onUnits(
                cases,
                "DashboardService.targetRevisions",
                SIGNED_IN,
                SIGNED_IN,
                READERS_OF_THE_ROOT,
                READERS_OF_THE_ROOT,
                u -> dashboards.targetRevisions(2020, meals, u.root() ? null : u.id()));
        cases.add(new Case("DashboardService.profile", SIGNED_IN, () -> dashboards.profile("meal_schools")));
        cases.add(new Case("DashboardService.years", SIGNED_IN, dashboards::years));
        cases.add(new Case("DashboardService.calendarYears", SIGNED_IN, dashboards::calendarYears));
        cases.add(new Case("DashboardUpdates.subscribe", SIGNED_IN, () -> {
            dashboardUpdates.subscribe(() -> {}).cancel();
            return null;
        }));
        cases.add(new Case("DivisionService.city", SIGNED_IN, divisions::city));
        cases.add(new Case("DivisionService.unitName", EnumSet.allOf(Caller.class), divisions::unitName));
        cases.add(new Case("DivisionService.issuerKey", EnumSet.allOf(Caller.class), divisions::issuerKey));
        cases.add(new Case("DivisionService.countiesIn", SIGNED_IN, () -> divisions.countiesIn(2020)));
        cases.add(new Case("DivisionService.childrenIn", SIGNED_IN, () -> divisions.childrenIn(1, 2020)));
        cases.add(new Case("DivisionService.reportingUnitsIn", SIGNED_IN, () -> divisions.reportingUnitsIn(2020)));
        cases.add(new Case("DivisionService.unitsIn", SIGNED_IN, () -> divisions.unitsIn(2020)));
        // units' names and codes are public: no scope limits them
        onUnits(
                cases,
                "DivisionService.node",
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                u -> divisions.node(u.code()));
        cases.add(new Case(
                "DivisionService.outsideInstallation", SIGNED_IN, () -> divisions.outsideInstallation("350000")));
        onUnits(
                cases,
                "DivisionService.children",
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                u -> divisions.children(asAdmin(() -> divisions.node(u.code())).orElseThrow(), 0, 20));
        cases.add(new Case("DivisionHistoryService.lineage", SIGNED_IN, () -> divisionHistory.lineage("350681")));
        onUnits(
                cases,
                "DivisionHistoryService.lineage",
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                u -> divisionHistory.lineage(u.code()));
        onUnits(
                cases,
                "DivisionHistoryService.formerUnits",
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                u -> divisionHistory.formerUnits(List.of(u.id())));
        cases.add(new Case("IndicatorService.activeIndicators", SIGNED_IN, indicators::activeIndicators));
        cases.add(new Case("IndicatorService.indicatorsOf", SIGNED_IN, () -> indicators.indicatorsOf(2020)));
        cases.add(
                new Case("IndicatorService.activeIndicatorsOf", SIGNED_IN, () -> indicators.activeIndicatorsOf(2020)));
        // targets are the plan every page is framed by (the root's frame is read on a scoped reader's
        // behalf too), not results: no scope limits them; a scoped leader's page carries only its own
        onUnits(
                cases,
                "IndicatorService.targets",
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                u -> indicators.targets(u.id(), 2020));
        onUnits(
                cases,
                "IndicatorService.targetsUnder",
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                SIGNED_IN,
                u -> indicators.targetsUnder(u.id(), 2020));
        cases.add(new Case("IndicatorService.profile", SIGNED_IN, () -> indicators.profile("meal_schools")));
        cases.add(new Case(
                "IndicatorService.targetRevisions",
                SIGNED_IN,
                () -> indicators.targetRevisions(meals, Catalogue.divisionId(db, "350600"), 2020)));
        cases.add(new Case("PeriodService.get", SIGNED_IN, () -> periods.get(january)));
        cases.add(new Case("PeriodService.all", SIGNED_IN, periods::all));
        cases.add(new Case("PeriodService.previous", SIGNED_IN, () -> periods.previous(period)));
        cases.add(new Case("PeriodService.sameLastYear", SIGNED_IN, () -> periods.sameLastYear(period)));
        cases.add(new Case("PeriodService.annualOnly", SIGNED_IN, () -> periods.annualOnly(2021)));
        cases.add(new Case("PeriodService.lastMonthOf", SIGNED_IN, () -> periods.lastMonthOf(2020)));
        cases.add(new Case("PeriodService.getForWriting", SIGNED_IN, () -> periods.getForWriting(january)));
        cases.add(new Case(
                "PeriodService.getAllForWriting", SIGNED_IN, () -> periods.getAllForWriting(List.of(january))));
        // data entry: statisticians, and only for their own districts
        cases.add(new Case("FigureService.periodsForEntry", STATISTICIANS, figures::periodsForEntry));
        cases.add(new Case("FigureService.sheet", STATISTICIANS, () -> figures.sheet(january)));
        cases.add(new Case("FigureService.save", EnumSet.of(STAT_OWN), () -> figures.save(entry)));
        cases.add(new Case(
                "FigureService.checkAll",
                EnumSet.of(STAT_OWN),
                () -> refuseOutOfScope(figures.checkAll(List.of(entry)))));
        cases.add(new Case(
                "FigureService.saveAll",
                EnumSet.of(STAT_OWN),
                () -> figures.saveAll(List.of(entry), checked -> importBatch(january))));
        cases.add(new Case("FigureService.check", EnumSet.of(STAT_OWN), () -> figures.check(january, xiangcheng)));
        cases.add(new Case("FigureService.submit", EnumSet.of(STAT_OWN), () -> figures.submit(january, xiangcheng)));
        // period-wide submission works on the caller's own scope only, so both statisticians may call it
        cases.add(new Case("SubmissionService.readiness", STATISTICIANS, () -> submissions.readiness(january)));
        cases.add(new Case(
                "SubmissionService.submitReady", STATISTICIANS, () -> run(() -> submissions.submitReady(january))));
        // a figure's history is the figure's: statisticians their own units', a scoped leader their subtree's
        int december = Catalogue.monthId(db, 2020, 12);
        onUnits(
                cases,
                "FigureService.history",
                EnumSet.of(LEADER, LEADER_SCOPED, REVIEWER, COMMS, ADMIN, STAT_OWN),
                EnumSet.of(LEADER, LEADER_SCOPED, REVIEWER, COMMS, ADMIN),
                EnumSet.of(LEADER, REVIEWER, COMMS, ADMIN, STAT_OTHER),
                EnumSet.of(LEADER, REVIEWER, COMMS, ADMIN),
                u -> figures.history(new CellKey(meals, u.id(), december)));
        // review and publication of periods: the city's reviewers
        cases.add(new Case("ReviewService.queue", EnumSet.of(REVIEWER), () -> reviews.queue(january)));
        cases.add(new Case("ReviewService.approve", EnumSet.of(REVIEWER), () -> run(() -> reviews.approve(key, 0))));
        cases.add(new Case(
                "ReviewService.approveDivision",
                EnumSet.of(REVIEWER),
                () -> reviews.approveDivision(january, xiangcheng)));
        cases.add(new Case(
                "ReviewService.approvePeriod", EnumSet.of(REVIEWER), () -> run(() -> reviews.approvePeriod(january))));
        cases.add(new Case(
                "ReviewService.returnCell", EnumSet.of(REVIEWER), () -> run(() -> reviews.returnCell(key, 0, "请核实"))));
        cases.add(new Case(
                "ReviewService.returnDivision",
                EnumSet.of(REVIEWER),
                () -> reviews.returnDivision(january, xiangcheng, "请核实")));
        cases.add(new Case("ReviewService.publish", EnumSet.of(REVIEWER), () -> run(() -> reviews.publish(january))));
        cases.add(new Case(
                "ReviewService.checkPublishable",
                EnumSet.of(REVIEWER),
                () -> run(() -> reviews.checkPublishable(january))));
        cases.add(new Case("ReviewService.publishesPeriods", EnumSet.of(REVIEWER), reviews::publishesPeriods));
        cases.add(new Case(
                "ReviewService.revise",
                EnumSet.of(REVIEWER),
                () -> reviews.revise(new FigureInput(published, "5", false, null, 99, "复核更正"))));
        // approval by level: reviewers (the city demo configures no levels, so a reviewer accepts nothing and
        // is refused for that reason, not for access); the levels are set by administrators
        var reviewer = EnumSet.of(REVIEWER);
        cases.add(new Case("ApprovalService.levels", EnumSet.of(REVIEWER, ADMIN), approvals::levels));
        cases.add(new Case("ApprovalService.setLevels", EnumSet.of(ADMIN), () -> approvals.setLevels(Set.of())));
        cases.add(
                new Case("ApprovalService.levelsWithoutReviewer", EnumSet.of(ADMIN), approvals::levelsWithoutReviewer));
        cases.add(new Case("ApprovalService.listableLevels", EnumSet.of(ADMIN), approvals::listableLevels));
        cases.add(new Case("ApprovalService.duties", reviewer, approvals::duties));
        cases.add(new Case("ApprovalService.queue", reviewer, () -> approvals.queue(2021)));
        cases.add(new Case("ApprovalService.ownYear", reviewer, () -> approvals.ownYear(2021)));
        cases.add(new Case("ApprovalService.reoffer", reviewer, () -> approvals.reoffer(2021)));
        onUnits(
                cases,
                "ApprovalService.accept",
                reviewer,
                reviewer,
                reviewer,
                reviewer,
                u -> approvals.accept(u.id(), 2021));
        onUnits(
                cases,
                "ApprovalService.returnUnit",
                reviewer,
                reviewer,
                reviewer,
                reviewer,
                u -> approvals.returnUnit(u.id(), 2021, "请核实"));
        cases.add(new Case(
                "PeriodService.markPublished", EnumSet.of(REVIEWER), () -> run(() -> periods.markPublished(period))));
        cases.add(new Case(
                "PeriodService.lockForPublishing", EnumSet.of(REVIEWER), () -> periods.lockForPublishing(january)));
        cases.add(new Case("PeriodService.overview", EnumSet.of(REVIEWER, ADMIN), periods::overview));
        cases.add(new Case("PeriodService.approvedIn", EnumSet.of(REVIEWER, ADMIN), () -> periods.approvedIn(january)));
        // the tracker: states only; statisticians see their own row, a scoped leader their subtree's rows
        cases.add(new Case(
                "TrackerService.tracker",
                EnumSet.of(LEADER, LEADER_SCOPED, REVIEWER, ADMIN, STAT_OWN, STAT_OTHER),
                () -> trackers.tracker(january)));
        // any unit's tracker: a scoped leader their unit and below, a statistician the root's page and their own
        // district's, never a neighbour's
        onUnits(
                cases,
                "TrackerService.tracker",
                EnumSet.of(LEADER, LEADER_SCOPED, REVIEWER, ADMIN, STAT_OWN),
                EnumSet.of(LEADER, LEADER_SCOPED, REVIEWER, ADMIN, STAT_OWN),
                EnumSet.of(LEADER, REVIEWER, ADMIN, STAT_OTHER),
                EnumSet.of(LEADER, REVIEWER, ADMIN, STAT_OWN, STAT_OTHER),
                u -> trackers.tracker(january, u.code()));
        // imports: statisticians, into their own districts only
        cases.add(new Case("ImportService.periods", STATISTICIANS, imports::periods));
        cases.add(new Case("ImportService.recentImports", STATISTICIANS, imports::recentImports));
        cases.add(new Case("ImportService.template", STATISTICIANS, () -> imports.template(january, Locale.CHINA)));
        cases.add(new Case(
                "ImportService.templateFileName", SIGNED_IN, () -> imports.templateFileName(january, Locale.CHINA)));
        cases.add(new Case("ImportService.preview", STATISTICIANS, () -> imports.preview("2021-01.csv", csv)));
        cases.add(new Case("ImportService.commit", EnumSet.of(STAT_OWN), () -> imports.commit("2021-01.csv", csv)));
        // exports go through their screen's service and inherit its rule
        cases.add(new Case(
                "TableExportService.districtTable",
                READERS_OF_THE_ROOT,
                () -> exports.districtTable(DashboardFilter.year(2020), Download.Format.CSV, Locale.CHINA)));
        onUnits(
                cases,
                "TableExportService.districtTable",
                SIGNED_IN,
                SIGNED_IN,
                READERS_OF_THE_ROOT,
                READERS_OF_THE_ROOT,
                u -> exports.districtTable(
                        u.root() ? DashboardFilter.year(2020) : filter(u.code()), Download.Format.CSV, Locale.CHINA));
        cases.add(new Case(
                "TableExportService.tracker",
                EnumSet.of(LEADER, LEADER_SCOPED, REVIEWER, ADMIN, STAT_OWN, STAT_OTHER),
                () -> exports.tracker(period, null, Download.Format.CSV, Locale.CHINA)));
        cases.add(new Case(
                "TableExportService.auditTrail",
                EnumSet.of(REVIEWER, ADMIN),
                () -> exports.auditTrail(
                        new AuditQuery(null, "period", null, null, null, null), Download.Format.CSV, Locale.CHINA)));
        cases.add(new Case(
                "TableExportService.entrySheet",
                STATISTICIANS,
                () -> exports.entrySheet(january, Download.Format.CSV, Locale.CHINA)));
        cases.add(new Case(
                "TableExportService.reviewQueue",
                EnumSet.of(REVIEWER),
                () -> exports.reviewQueue(january, Download.Format.CSV, Locale.CHINA)));
        cases.add(new Case("AuditLog.search", EnumSet.of(REVIEWER, ADMIN), () -> audit.search(noFilter, 0, 10)));
        cases.add(new Case("AuditLog.count", EnumSet.of(REVIEWER, ADMIN), () -> audit.count(noFilter)));
        // the year-in-review: communications and the readers of the unit it is of; without a unit, the root's,
        // or a scoped leader's own unit's (so they may call it); phrase previews for their editors
        var publicationReaders = EnumSet.of(COMMS, LEADER, REVIEWER, ADMIN);
        var unitReaders = EnumSet.of(COMMS, LEADER, LEADER_SCOPED, REVIEWER, ADMIN);
        // published years are for anyone, signed in or not (what they hold is PublicPageTest's)
        cases.add(new Case(
                "PublicDisclosureService.year", EnumSet.allOf(Caller.class), () -> disclosure.year(2020, null)));
        cases.add(new Case("PublicDisclosureService.published", EnumSet.allOf(Caller.class), disclosure::published));
        cases.add(new Case("PublicDisclosureService.version", EnumSet.allOf(Caller.class), disclosure::version));
        cases.add(new Case(
                "PublicDisclosureService.embed",
                EnumSet.allOf(Caller.class),
                () -> disclosure.embed(2020, "350600", "meal_schools", ChartKind.RANKING)));
        cases.add(new Case(
                "PublicDisclosureService.pinned",
                EnumSet.allOf(Caller.class),
                () -> disclosure.pinned(2020, "350600", "meal_schools", ChartKind.RANKING, 1)));
        cases.add(new Case(
                "PublicDisclosureService.embedCode",
                EnumSet.allOf(Caller.class),
                () -> disclosure.embedCode(2020, "350600", "meal_schools", ChartKind.TREND, Locale.CHINA)));
        cases.add(new Case(
                "PublicDisclosureService.yearForPage",
                EnumSet.allOf(Caller.class),
                () -> disclosure.yearForPage(2020, "350600", Translations.CHINESE)));
        cases.add(new Case(
                "PublicDisclosureService.month", EnumSet.allOf(Caller.class), () -> disclosure.month(2020, null, 6)));
        cases.add(new Case(
                "OpenDataService.published",
                EnumSet.allOf(Caller.class),
                () -> openData.published(2020, null, OpenDataFormat.CSV)));
        cases.add(new Case("OpenDataService.data", EnumSet.allOf(Caller.class), () -> openData.data(2020, null)));
        cases.add(new Case("OpenDataService.month", EnumSet.allOf(Caller.class), () -> openData.month(2020, null, 6)));
        cases.add(new Case(
                "OpenDataService.headlines", EnumSet.allOf(Caller.class), () -> openData.headlines(2020, null)));
        cases.add(new Case("DashboardService.dataVersion", EnumSet.allOf(Caller.class), dashboards::dataVersion));
        // the wall display reads the year-in-review (its headline numbers) of any unit, as an unscoped leader
        var reviewReaders = EnumSet.copyOf(unitReaders);
        reviewReaders.add(DISPLAY);
        var reviewReadersAbove = EnumSet.copyOf(publicationReaders);
        reviewReadersAbove.add(DISPLAY);
        cases.add(new Case("PublicationService.yearInReview", reviewReaders, () -> publications.yearInReview(2020)));
        onUnits(
                cases,
                "PublicationService.yearInReview",
                reviewReaders,
                reviewReaders,
                reviewReadersAbove,
                reviewReadersAbove,
                u -> publications.yearInReview(2020, u.code()));
        cases.add(new Case(
                "PublicationService.yearInReview",
                reviewReaders,
                () -> publications.yearInReview(2020, null, Translations.ENGLISH)));
        // which year a unit's review opens on tells only which years are published, as the public page does:
        // any unit, for whoever reads a review
        cases.add(new Case("PublicationService.defaultYear", reviewReaders, () -> publications.defaultYear(null)));
        onUnits(
                cases,
                "PublicationService.defaultYear",
                reviewReaders,
                reviewReaders,
                reviewReaders,
                reviewReaders,
                u -> publications.defaultYear(u.code()));
        cases.add(
                new Case("PublicationService.yearInReviewPdf", unitReaders, () -> publications.yearInReviewPdf(2020)));
        onUnits(
                cases,
                "PublicationService.yearInReviewPdf",
                unitReaders,
                unitReaders,
                publicationReaders,
                publicationReaders,
                u -> publications.yearInReviewPdf(2020, u.code()));
        cases.add(new Case(
                "PublicationService.preview",
                EnumSet.of(COMMS, ADMIN),
                () -> publications.preview(
                        "{city}{value}", asAdmin(indicators::activeIndicators).getFirst(), 2020)));
        cases.add(new Case(
                "PublicationService.sectionChart",
                unitReaders,
                () -> publications.sectionChart(2020, "road_widening")));
        onUnits(
                cases,
                "PublicationService.sectionChart",
                unitReaders,
                unitReaders,
                publicationReaders,
                publicationReaders,
                u -> publications.sectionChart(2020, u.code(), "road_widening"));
        cases.add(new Case(
                "PublicationImageService.chart",
                publicationReaders,
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2020),
                        "road_widening",
                        ChartKind.RANKING,
                        ImageSize.WEB,
                        ImageFormat.SVG,
                        null))));
        onUnits(
                cases,
                "PublicationImageService.chart",
                unitReaders,
                unitReaders,
                publicationReaders,
                publicationReaders,
                u -> images.chart(new ChartRequest(
                        u.root() ? DashboardFilter.year(2020) : filter(u.code()),
                        "road_widening",
                        ChartKind.TREND,
                        ImageSize.WEB,
                        ImageFormat.SVG,
                        null)));
        cases.add(new Case("PublicationImageService.headlineCard", unitReaders, () -> images.headlineCard(2020)));
        onUnits(
                cases,
                "PublicationImageService.headlineCard",
                unitReaders,
                unitReaders,
                publicationReaders,
                publicationReaders,
                u -> images.headlineCard(2020, u.code()));
        // each unit's own publication of its year: read by the readers of its year-in-review, published by
        // its reviewer only (the demo's reviewer is unscoped: the root's)
        onUnits(
                cases,
                "UnitPublicationService.status",
                unitReaders,
                unitReaders,
                publicationReaders,
                publicationReaders,
                u -> unitPublications.status(2020, u.code()));
        onUnits(
                cases,
                "UnitPublicationService.publish",
                EnumSet.noneOf(Caller.class),
                EnumSet.noneOf(Caller.class),
                EnumSet.noneOf(Caller.class),
                EnumSet.of(REVIEWER),
                u -> unitPublications.publish(2020, u.code()));
        cases.add(new Case("PhraseService.phrases", EnumSet.of(COMMS, ADMIN), phrases::phrases));
        cases.add(new Case(
                "PhraseService.preview",
                EnumSet.of(COMMS, ADMIN),
                () -> phrases.preview(meals, "全市{value}{unit}", 2020)));
        cases.add(new Case(
                "PhraseService.save",
                EnumSet.of(COMMS, ADMIN),
                () -> run(() -> phrases.save(meals, "全市{value}{unit}", 99))));
        cases.add(new Case("ProvenanceService.recent", EnumSet.of(COMMS, REVIEWER, ADMIN), provenance::recent));
        cases.add(new Case(
                "ProvenanceService.publicServings", EnumSet.of(COMMS, REVIEWER, ADMIN), provenance::publicServings));
        // administration: administrators only
        var admin = EnumSet.of(ADMIN);
        cases.add(new Case("UserAdminService.list", admin, userAdmin::list));
        cases.add(new Case("UserAdminService.districts", admin, userAdmin::districts));
        cases.add(new Case(
                "UserAdminService.create",
                admin,
                () -> userAdmin.create(new NewUser(
                        "stat-longwen",
                        "龙文区统计员",
                        "Jiulongjiang-2020",
                        Set.of(Role.STATISTICIAN),
                        Set.of(Catalogue.divisionId(db, "350603"))))));
        cases.add(new Case(
                "UserAdminService.update",
                admin,
                () -> userAdmin.update(new UserChange(1, 99, "x", Set.of(Role.LEADER), Set.of()))));
        cases.add(new Case("UserAdminService.setEnabled", admin, () -> userAdmin.setEnabled(1, 99, false)));
        cases.add(new Case(
                "UserAdminService.resetPassword", admin, () -> userAdmin.resetPassword(1, 99, "Jiulongjiang-2020")));
        cases.add(new Case("IndicatorAdminService.list", admin, indicatorAdmin::list));
        cases.add(new Case("IndicatorAdminService.categories", admin, indicatorAdmin::categories));
        cases.add(new Case("IndicatorAdminService.nextDisplayOrder", admin, indicatorAdmin::nextDisplayOrder));
        cases.add(new Case("IndicatorAdminService.create", admin, () -> indicatorAdmin.create(Catalogue.clinics(db))));
        cases.add(new Case(
                "IndicatorAdminService.update", admin, () -> indicatorAdmin.update(meals, 99, Catalogue.clinics(db))));
        cases.add(new Case(
                "IndicatorAdminService.retire",
                admin,
                () -> indicatorAdmin.retire(meals, 99, LocalDate.of(2021, 12, 31))));
        cases.add(new Case("IndicatorAdminService.reinstate", admin, () -> indicatorAdmin.reinstate(meals, 99)));
        cases.add(new Case("IndicatorAdminService.delete", admin, () -> run(() -> indicatorAdmin.delete(meals, 99))));
        cases.add(new Case("RuleAdminService.list", admin, ruleAdmin::list));
        cases.add(new Case(
                "RuleAdminService.create",
                admin,
                () -> ruleAdmin.create(new ValidationRule.RuleDraft(
                        "cross_le",
                        meals,
                        ValidationRule.Operator.LE,
                        List.of(Catalogue.indicatorId(db, "cross_inspected")),
                        ValidationRule.Severity.WARNING,
                        "交叉检查学校数不应超过营养改善计划学校数",
                        "Cross-inspected ≤ meal schools"))));
        cases.add(new Case("RuleAdminService.update", admin, () -> ruleAdmin.update(-1, 0, null)));
        cases.add(new Case("RuleAdminService.setEnabled", admin, () -> ruleAdmin.setEnabled(-1, 0, false)));
        cases.add(new Case("TargetAdminService.list", admin, () -> targetAdmin.list(2020, xiangcheng)));
        cases.add(new Case("TargetAdminService.divisions", admin, () -> targetAdmin.divisions(2020)));
        cases.add(new Case("TargetAdminService.towns", admin, () -> targetAdmin.towns(xiangcheng, 2020)));
        cases.add(new Case(
                "TargetAdminService.revisionRequired", admin, () -> targetAdmin.revisionRequired(2020, xiangcheng)));
        cases.add(new Case(
                "TargetAdminService.revisionRequiredToChange", admin, () -> targetAdmin.revisionRequiredToChange(-1)));
        cases.add(new Case(
                "TargetAdminService.revisionRequiredToCreate",
                admin,
                () -> targetAdmin.revisionRequiredToCreate(-1, xiangcheng, 2021)));
        cases.add(new Case("TargetAdminService.copyAllowed", admin, () -> targetAdmin.copyAllowed(2020)));
        cases.add(new Case("TargetAdminService.revisions", admin, () -> targetAdmin.revisions(-1)));
        cases.add(new Case(
                "TargetAdminService.create",
                admin,
                () -> targetAdmin.create(
                        meals, xiangcheng, 2022, TargetDirection.INCREASE_TO, new BigDecimal("20"), null)));
        cases.add(new Case(
                "TargetAdminService.update",
                admin,
                () -> targetAdmin.update(-1, 0, TargetDirection.INCREASE_TO, BigDecimal.TEN, null)));
        cases.add(new Case("TargetAdminService.remove", admin, () -> run(() -> targetAdmin.remove(-1, 0, null))));
        cases.add(new Case("TargetAdminService.copyFromLastYear", admin, () -> targetAdmin.copyFromLastYear(2021)));
        cases.add(new Case("CalendarService.calendar", admin, calendar::calendar));
        cases.add(new Case("CalendarService.createYear", admin, () -> calendar.createYear(2022)));
        cases.add(new Case("CalendarService.proposedYear", admin, calendar::proposedYear));
        cases.add(new Case("CalendarService.missing", admin, () -> calendar.missing(2022)));
        cases.add(new Case(
                "CalendarService.changeDueOn",
                admin,
                () -> calendar.changeDueOn(january, 99, LocalDate.of(2021, 2, 15))));
        cases.add(new Case("CalendarService.close", admin, () -> calendar.close(january, 99)));
        cases.add(new Case("CalendarService.reopen", admin, () -> calendar.reopen(january, 99)));
        cases.add(new Case("CalendarService.setAnnualOnly", admin, () -> calendar.setAnnualOnly(january, 99, true)));
        cases.add(new Case("CalendarService.leftOpen", admin, () -> calendar.leftOpen(january)));
        cases.add(new Case(
                "DivisionHistoryService.recordSuccession",
                admin,
                () -> divisionHistory.recordSuccession(
                        new Succession("350603", "350699", "龙文新区", LocalDate.of(2030, 1, 1), "区划调整"))));
        cases.add(new Case(
                "DivisionImportService.importSubtree", admin, () -> divisionImport.importSubtree("3506", List.of())));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> every_public_service_method_is_allowed_or_refused_for_every_role_as_the_rules_say() {
        return matrix().stream()
                .flatMap(c -> Arrays.stream(Caller.values()).map(caller -> {
                    boolean allowed = c.allowed().contains(caller);
                    return DynamicTest.dynamicTest(
                            c.name() + " by " + caller + (allowed ? " is allowed" : " is refused"),
                            () -> check(c, caller, allowed));
                }));
    }

    @Test
    void the_reliability_doc_states_the_size_of_the_matrix_as_it_is() throws IOException {
        var doc = Files.readString(Path.of("docs/reliability.md"));
        var size = matrix().size() + " methods × " + Caller.values().length + " callers";
        assertThat(doc).as("docs/reliability.md must say how big the matrix is").contains(size);
    }

    @Test
    void the_matrix_names_every_public_method_of_every_service() {
        var inMatrix = new TreeSet<String>();
        matrix().forEach(c -> inMatrix.add(c.method()));
        var declared = new TreeSet<String>();
        for (var bean : context.getBeansWithAnnotation(Service.class).values()) {
            var type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.minsheng")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                    declared.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        declared.removeAll(NOT_ENTRY_POINTS.keySet());
        assertThat(inMatrix)
                .as("the access matrix covers exactly the public service methods")
                .isEqualTo(declared);
    }

    private void check(Case c, Caller caller, boolean allowed) {
        var template = new TransactionTemplate(transactions);
        template.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            int auditBefore = db.fetchCount(Tables.AUDIT_ENTRY);
            signIn(caller);
            Throwable refusal = null;
            try {
                c.call().run();
            } catch (AccessDeniedException e) {
                refusal = e;
            } catch (RefusedException e) {
                // any other refusal is a business rule (a stale version, say): the access gate let the call through
                if (SCOPE_REFUSALS.contains(e.messageKey())) {
                    refusal = e;
                }
            } catch (Exception e) {
                fail(c.name() + " by " + caller + " failed unexpectedly", e);
            } finally {
                SecurityContextHolder.clearContext();
            }
            if (allowed) {
                assertThat(refusal).as("%s by %s", c.name(), caller).isNull();
            } else {
                assertThat(refusal)
                        .as("%s by %s must be refused", c.name(), caller)
                        .isNotNull();
                assertThat(db.fetchCount(Tables.AUDIT_ENTRY))
                        .as("a refused call writes nothing")
                        .isEqualTo(auditBefore);
            }
        });
    }

    private static void signIn(Caller caller) {
        SecurityContextHolder.clearContext();
        if (caller.username != null) {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            caller.username, null, AuthorityUtils.NO_AUTHORITIES));
        }
    }

    /** Set-up reads done as an administrator, so they are not part of what the case checks. */
    private static <T> T asAdmin(Supplier<T> read) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signIn(ADMIN);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** A batch row for saveAll to point its audit entries at, as the import's commit would create. */
    private long importBatch(int periodId) {
        return db.insertInto(Tables.IMPORT_BATCH)
                .set(Tables.IMPORT_BATCH.FILE_NAME, "2021-01.csv")
                .set(Tables.IMPORT_BATCH.SHA256, "0".repeat(64))
                .set(Tables.IMPORT_BATCH.PERIOD_ID, periodId)
                .set(Tables.IMPORT_BATCH.ROWS_TOTAL, 1)
                .set(Tables.IMPORT_BATCH.ROWS_NEW, 1)
                .set(Tables.IMPORT_BATCH.ROWS_CHANGED, 0)
                .set(Tables.IMPORT_BATCH.ROWS_UNCHANGED, 0)
                .set(
                        Tables.IMPORT_BATCH.IMPORTED_BY,
                        db.select(Tables.APP_USER.ID)
                                .from(Tables.APP_USER)
                                .where(Tables.APP_USER.USERNAME.eq("stat-xiangcheng")))
                .returning(Tables.IMPORT_BATCH.ID)
                .fetchSingle()
                .getId();
    }

    /** The batch check reports scope as a finding rather than throwing; as a refusal it reads the same. */
    private static Object refuseOutOfScope(List<CheckedInput> checked) {
        checked.stream()
                .flatMap(c -> c.findings().stream())
                .filter(f -> f.messageKey().equals("figure.error.outOfScope"))
                .findFirst()
                .ifPresent(f -> {
                    throw new RefusedException(f.messageKey());
                });
        return checked;
    }

    private static DashboardFilter filter(String division) {
        return DashboardFilter.year(2020).withDivision(division);
    }

    private static Object run(Runnable call) {
        call.run();
        return null;
    }
}
