package org.minsheng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.period.CalendarService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer reads the trail as sentences, not as "figure #1348" and JSON: the district, indicator and
 * period a change is about, the value with its unit and state, and the action in their language. Every
 * action the code writes belongs to one vocabulary with a label in both languages.
 */
@IntegrationTest
@Transactional
class AuditTrailReadableTest {

    @Autowired
    FigureService entry;

    @Autowired
    AuditLog audit;

    @Autowired
    Translations translations;

    @Autowired
    DSLContext db;

    @Autowired
    CalendarService calendar;

    @Autowired
    TargetAdminService targets;

    @Test
    void every_action_of_the_vocabulary_has_words_in_chinese_and_english() {
        for (var action : AuditAction.values()) {
            for (var locale : Translations.LOCALES) {
                assertThat(translations.getTranslation(action.labelKey(), locale))
                        .as("%s in %s", action, locale)
                        .doesNotStartWith("!");
            }
        }
        assertThat(AuditAction.of("phrase.update")).contains(AuditAction.PHRASE_UPDATE);
    }

    @Test
    void an_action_outside_the_vocabulary_is_refused_and_nothing_is_written() {
        int before = db.fetchCount(db.selectFrom("audit_entry"));
        assertThatThrownBy(() -> audit.record(
                        null,
                        AuditEvent.of(
                                "made.up", "figure", 1, null, Map.of("value", "1"), null, AuditEvent.Source.SYSTEM)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("made.up");
        assertThat(db.fetchCount(db.selectFrom("audit_entry"))).isEqualTo(before);
    }

    @Test
    void a_figures_entry_names_its_district_indicator_and_period_and_shows_the_value_with_its_unit() {
        var key = new CellKey(
                id("select id from indicator where code = 'road_widening'"),
                id("select id from division where code = '350602'"),
                id("select id from period where kind = 'month' and year = 2021 and month = 1"));
        as("stat-xiangcheng", () -> entry.save(new FigureInput(key, "12.8", false, "新建道路配套", 0, null)));
        var latest = as("reviewer", () -> audit.search(AuditQuery.all(), 0, 1)).getFirst();

        var chinese = new AuditTexts(translations, Translations.CHINESE);
        assertThat(chinese.action(latest)).isEqualTo("填报");
        assertThat(chinese.subject(latest)).isEqualTo("芗城区 · 农村公路单改双 · 2021年1月");
        assertThat(chinese.value(latest, latest.oldValue())).isEmpty();
        assertThat(chinese.value(latest, latest.newValue())).isEqualTo("12.8公里 · 草稿 · 情况说明：新建道路配套");

        var correction = new AuditEntry(
                1,
                latest.at(),
                new AuditEntry.Actor("stat-xiangcheng", "芗城区统计员"),
                "edit",
                new AuditEntry.Target("figure", 1L, latest.subject()),
                new AuditEntry.Change(
                        "{\"value\": \"4\", \"status\": \"APPROVED\"}",
                        "{\"value\": \"5\", \"status\": \"DRAFT\", \"correctionReason\": \"补报一所学校\", \"revision\": 1}",
                        "补报一所学校"),
                new AuditEntry.Origin(AuditEvent.Source.FORM, null));
        assertThat(chinese.value(correction, correction.oldValue())).isEqualTo("4公里 · 已审核");
        assertThat(chinese.value(correction, correction.newValue()))
                .as("the reason has its own column")
                .isEqualTo("5公里 · 草稿");

        var english = new AuditTexts(translations, Translations.ENGLISH);
        assertThat(english.subject(latest)).isEqualTo("芗城区 · Roads widened · 1/2021");
        assertThat(english.value(latest, latest.newValue())).startsWith("12.8 km · Draft");
    }

    /**
     * The trail writes a figure's digits as the tables do: a tester comparing pages read 「19000人」 here
     * beside the 19,000 of the review queue. Every recorded digit stays, none is rounded into 万.
     */
    @Test
    void a_figures_value_is_grouped_as_the_tables_group_it_in_both_languages() {
        var key = new CellKey(
                id("select id from indicator where code = 'family_doctor'"),
                id("select id from division where code = '350602'"),
                id("select id from period where kind = 'month' and year = 2021 and month = 1"));
        as("stat-xiangcheng", () -> entry.save(new FigureInput(key, "19000", false, "新增签约团队，覆盖扩大", 0, null)));
        var latest = as("reviewer", () -> audit.search(AuditQuery.all(), 0, 1)).getFirst();

        assertThat(new AuditTexts(translations, Translations.CHINESE).value(latest, latest.newValue()))
                .startsWith("19,000人 · ");
        assertThat(new AuditTexts(translations, Translations.ENGLISH).value(latest, latest.newValue()))
                .startsWith("19,000 people · ");

        var target = as(
                "admin",
                () -> targets.create(
                        key.indicatorId(),
                        key.divisionId(),
                        2021,
                        TargetDirection.INCREASE_TO,
                        new BigDecimal("20000"),
                        null));
        var set = as(
                        "reviewer",
                        () -> audit.search(new AuditQuery(null, "target", (long) target.id(), null, null, null), 0, 1))
                .getFirst();
        assertThat(new AuditTexts(translations, Translations.CHINESE).value(set, set.newValue()))
                .as("as the targets' list writes it")
                .startsWith("目标值：20,000 · ");
    }

    /** A city's year accepted or returned is about the city: the trial read "区划 #18" and had to guess. */
    @Test
    void a_divisions_entry_names_the_division_by_name_and_code_and_an_unknown_one_by_its_id() {
        int xiangcheng = id("select id from division where code = '350602'");
        var before = Map.of("unit", "芗城区", "year", 2021, "acceptance", "accepted");
        var after = Map.of("unit", "芗城区", "year", 2021, "acceptance", "pending");
        audit.record(
                null,
                AuditEvent.of("unit.reopen", "division", xiangcheng, before, after, null, AuditEvent.Source.SYSTEM));
        audit.record(
                null, AuditEvent.of("unit.reopen", "division", 999_999, before, after, null, AuditEvent.Source.SYSTEM));
        var latest = as("reviewer", () -> audit.search(AuditQuery.all(), 0, 2));

        var chinese = new AuditTexts(translations, Translations.CHINESE);
        assertThat(chinese.subject(latest.get(1))).isEqualTo("芗城区 350602");
        assertThat(chinese.subject(latest.get(0))).as("no such division").isEqualTo("区划 #999999");
        var english = new AuditTexts(translations, Translations.ENGLISH);
        assertThat(english.subject(latest.get(1))).isEqualTo("芗城区 350602");
    }

    /**
     * A period's entries name the period and say their values in words: the trial read 「报送期 #40」 and
     * 「year: 2027 · dueOn: 2028-01-31 · month: null · status: OPEN」.
     */
    @Test
    void a_periods_entry_names_the_period_and_its_values_in_words() {
        as("admin", () -> calendar.createYear(2027));
        var annual = db.fetchSingle("select id, version from period where year = 2027 and month is null");
        long id = annual.get(0, Integer.class);
        as("admin", () -> calendar.close((int) id, annual.get(1, Integer.class)));
        var entries = as("reviewer", () -> audit.search(new AuditQuery(null, "period", id, null, null, null), 0, 5));
        assertThat(entries).hasSize(2);
        var closed = entries.get(0);
        var created = entries.get(1);

        var chinese = new AuditTexts(translations, Translations.CHINESE);
        assertThat(chinese.subject(closed)).isEqualTo("报送期 · 2027年（年报）");
        assertThat(chinese.value(closed, closed.oldValue())).isEqualTo("状态：填报中");
        assertThat(chinese.value(closed, closed.newValue())).isEqualTo("状态：已截止");
        assertThat(chinese.value(created, created.newValue()))
                .as("an annual period's month is no field to read")
                .isEqualTo("年度：2027 · 截止日期：2028-01-20 · 状态：填报中");

        var english = new AuditTexts(translations, Translations.ENGLISH);
        assertThat(english.subject(closed)).isEqualTo("Period · 2027 (annual)");
        assertThat(english.value(closed, closed.newValue())).isEqualTo("status: Closed");
    }

    /**
     * An indicator's and a user's entries name them: the trial read 「修改指标 · 指标 #6」 and 「用户 #10」
     * and had to guess which; one no longer stored keeps its id.
     */
    @Test
    void an_indicators_and_a_users_entry_name_them_and_an_unknown_one_keeps_its_id() {
        int road = id("select id from indicator where code = 'road_widening'");
        int statistician = id("select id from app_user where username = 'stat-xiangcheng'");
        var change = Map.of("enabled", true);
        audit.record(
                null,
                AuditEvent.of("indicator.update", "indicator", road, change, change, null, AuditEvent.Source.FORM));
        audit.record(
                null,
                AuditEvent.of("user.update", "app_user", statistician, change, change, null, AuditEvent.Source.FORM));
        audit.record(
                null, AuditEvent.of("user.update", "app_user", 999_999, change, change, null, AuditEvent.Source.FORM));
        var latest = as("reviewer", () -> audit.search(AuditQuery.all(), 0, 3));

        var chinese = new AuditTexts(translations, Translations.CHINESE);
        assertThat(chinese.subject(latest.get(2))).isEqualTo("指标 · 农村公路单改双 road_widening");
        assertThat(chinese.subject(latest.get(1))).isEqualTo("用户 · 芗城区统计员 stat-xiangcheng");
        assertThat(chinese.subject(latest.get(0))).as("no such user").isEqualTo("用户 #999999");
        assertThat(new AuditTexts(translations, Translations.ENGLISH).subject(latest.get(2)))
                .startsWith("Indicator · ")
                .endsWith(" road_widening");
    }

    /**
     * A target's entries name whose target it is, a removed one too: the trial read 「目标值 #12」 and
     * 「indicatorId：5 · division：350602 · 年度：2021」.
     */
    @Test
    void a_targets_entries_name_the_unit_indicator_and_year_even_after_it_is_removed() {
        var created = as(
                "admin",
                () -> targets.create(
                        id("select id from indicator where code = 'road_widening'"),
                        id("select id from division where code = '350602'"),
                        2021,
                        TargetDirection.INCREASE_TO,
                        new BigDecimal("12.5"),
                        null));
        as("admin", () -> targets.remove(created.id(), created.version(), null));
        var entries = as(
                "reviewer",
                () -> audit.search(new AuditQuery(null, "target", (long) created.id(), null, null, null), 0, 5));
        assertThat(entries).extracting(AuditEntry::action).containsExactly("target.remove", "target.create");

        var chinese = new AuditTexts(translations, Translations.CHINESE);
        assertThat(entries).extracting(chinese::subject).containsOnly("目标值 · 芗城区 · 农村公路单改双 · 2021年");
        var removed = entries.get(0);
        assertThat(chinese.value(removed, removed.oldValue())).isEqualTo("目标值：12.5 · 目标方向：增加到");
        var english = new AuditTexts(translations, Translations.ENGLISH);
        assertThat(english.subject(removed)).isEqualTo("Target · 芗城区 · Roads widened · 2021");
    }

    /** Yes and no, lists and a role are words too; a field no label is known for keeps its stored name. */
    @Test
    void other_values_read_as_words_and_an_unknown_field_keeps_its_name() {
        var entry = new AuditEntry(
                1,
                java.time.OffsetDateTime.now(),
                new AuditEntry.Actor("admin", "管理员"),
                "user.update",
                new AuditEntry.Target("app_user", 7L, null),
                new AuditEntry.Change(
                        null,
                        "{\"enabled\": false, \"roles\": [\"STATISTICIAN\", \"REVIEWER\"], \"shoeSize\": 42}",
                        null),
                new AuditEntry.Origin(AuditEvent.Source.FORM, null));
        assertThat(new AuditTexts(translations, Translations.CHINESE).value(entry, entry.newValue()))
                .isEqualTo("启用：否 · 角色：统计员、审核员 · shoeSize：42");
        assertThat(new AuditTexts(translations, Translations.ENGLISH).value(entry, entry.newValue()))
                .isEqualTo("enabled: no · roles: Statistician, Reviewer · shoeSize: 42");
    }

    private int id(String sql) {
        return db.fetchSingle(sql).get(0, Integer.class);
    }
}
