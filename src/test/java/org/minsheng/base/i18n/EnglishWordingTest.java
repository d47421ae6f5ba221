package org.minsheng.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English sentences a stranger's trial of the province demo read as broken: a unit's year said the wrong
 * way round (「2021 of 福建省」), a count without plural agreement, and a year grouped like an amount.
 */
class EnglishWordingTest {

    private final Translations translations = new Translations();

    private String english(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.ENGLISH, parameters);
    }

    @Test
    void a_units_year_is_the_units_year() {
        assertThat(english("publication.unit.unpublished", "福建省", "2021")).isEqualTo("福建省's 2021 is not published yet");
        assertThat(english("publication.unit.done", "漳州市", "2021")).isEqualTo("Published 漳州市's 2021 (revision 1)");
        assertThat(english("publication.unit.published", "漳州市", "2021", "2022-01-24", "审核员", 2))
                .startsWith("漳州市's 2021 was published on 2022-01-24");
    }

    /**
     * The year-in-review's button says what it publishes and ends there: 「Publish 漳州市's 2021…」 had lost the
     * Chinese label's 年度数据, and its dialog ellipsis after a bare year read as a label cut off (a stranger's
     * trial). The review page's publish button, which also asks first, has no ellipsis either.
     */
    @Test
    void the_button_that_publishes_a_units_year_reads_whole() {
        assertThat(english("publication.unit.publish", "漳州市", "2021")).isEqualTo("Publish 漳州市's 2021 figures");
        assertThat(translations.getTranslation("publication.unit.publish", Translations.CHINESE, "漳州市", "2021"))
                .isEqualTo("发布漳州市2021年度数据");
    }

    /** The service passes the year as a number; a year is no amount, in either language. */
    @Test
    void an_already_published_year_is_not_grouped_like_an_amount() {
        assertThat(english("publication.error.alreadyPublished", "漳州市", 2021))
                .isEqualTo("漳州市's 2021 is already published and cannot be published again");
        assertThat(translations.getTranslation("publication.error.alreadyPublished", Translations.CHINESE, "漳州市", 2021))
                .isEqualTo("漳州市2021年度数据已发布，不能重复发布");
    }

    @Test
    void the_count_of_corrections_agrees_with_its_noun() {
        assertThat(english("dashboard.revised", 1)).isEqualTo("1 published figure was corrected since");
        assertThat(english("dashboard.revised", 3)).isEqualTo("3 published figures were corrected since");
        assertThat(english("dashboard.revised", 1200)).isEqualTo("1,200 published figures were corrected since");
    }

    /**
     * The multiple choice's count for screen readers is filled in by the browser, so it cannot choose a plural:
     * it reads as a label with the number after it, which is right for one as for many (it said 「1 items
     * selected」).
     */
    @Test
    void the_count_of_chosen_items_reads_right_for_one() {
        var total = english("component.multiSelect.total");
        assertThat(total).contains("{count}");
        assertThat(total.replace("{count}", "1")).isEqualTo("Items selected: 1");
    }

    /** Where a message's count goes among its parameters: formatted once with 1 and once with 2. */
    private static final Object N = new Object();

    /** A message counting something: its parameters, with {@link #N} for the count, and its English with 1 and 2. */
    private record Count(String key, String one, String two, List<Object> parameters) {

        static Count of(String key, String one, String two, Object... parameters) {
            return new Count(key, one, two, List.of(parameters));
        }

        Object[] with(int count) {
            return parameters.stream().map(p -> p == N ? count : p).toArray();
        }
    }

    /**
     * Every English message counting something that can be one: a tester's English session read 「History (1
     * revisions)」, 「1 figures to review」 and 「At most 1 decimal places」. The counts come as the callers pass
     * them, as numbers, so that the message can choose between its forms.
     */
    private static final List<Count> COUNTS = List.of(
            Count.of("history.open", "History (1 version)", "History (2 versions)", N),
            Count.of(
                    "review.queue.title",
                    "2020 (annual): 1 figure to review",
                    "2020 (annual): 2 figures to review",
                    "2020 (annual)",
                    N),
            Count.of("figure.error.tooManyDecimals", "At most 1 decimal place", "At most 2 decimal places", N),
            Count.of(
                    "catalogue.target.error.scale",
                    "The target can have at most 1 decimal place",
                    "The target can have at most 2 decimal places",
                    N),
            Count.of("entry.submitted", "1 figure submitted for review", "2 figures submitted for review", N),
            Count.of("entry.submitAll.ready", "芗城区: 1 figure ready", "芗城区: 2 figures ready", "芗城区", N),
            Count.of(
                    "entry.submitAll.blocked",
                    "芗城区: blocked (1 problem): x",
                    "芗城区: blocked (2 problems): x",
                    "芗城区",
                    N,
                    "x"),
            Count.of("entry.submitAll.confirm", "Submit 1 district", "Submit 2 districts", N),
            Count.of(
                    "entry.submittedAll",
                    "Submitted 1 figure of 1 district for review",
                    "Submitted 2 figures of 2 districts for review",
                    N,
                    N),
            Count.of("entry.problems.title", "Cannot submit yet: 1 problem", "Cannot submit yet: 2 problems", N),
            Count.of(
                    "review.approvePeriod",
                    "Approve everything submitted in this period (1 figure)",
                    "Approve everything submitted in this period (2 figures)",
                    N),
            Count.of("review.approvePeriod.line", "芗城区: 1 figure", "芗城区: 2 figures", "芗城区", N),
            Count.of(
                    "review.error.pending",
                    "1 figure is not approved yet (draft, submitted or returned); the period cannot be published: 芗城区",
                    "2 figures are not approved yet (draft, submitted or returned); the period cannot be published: 芗城区",
                    N,
                    "芗城区"),
            // counted out of a whole, which can be one as well: said as a fraction after the words
            Count.of(
                    "tracker.summary",
                    "Reporting units that have submitted everything: 1 of 1",
                    "Reporting units that have submitted everything: 2 of 2",
                    N,
                    N),
            Count.of(
                    "tracker.rolledUp",
                    "Submitted everything: 1 of 84 districts",
                    "Submitted everything: 2 of 84 districts",
                    84,
                    "districts",
                    N),
            Count.of(
                    "review.publish.missing",
                    "Reporting units that have not reported all their figures for this period: 1 of 11. Once published"
                            + " the period is locked; what is missing can then only come in as recorded revisions.",
                    "Reporting units that have not reported all their figures for this period: 2 of 11. Once published"
                            + " the period is locked; what is missing can then only come in as recorded revisions.",
                    11,
                    N),
            Count.of(
                    "divisions.history.figuresAfter",
                    "350602 has 1 reported figure on or after 2021-01-01: deal with it before closing the unit.",
                    "350602 has 2 reported figures on or after 2021-01-01: deal with them before closing the unit.",
                    "350602",
                    N,
                    "2021-01-01"),
            Count.of("catalogue.target.copied", "1 target copied from 2020", "2 targets copied from 2020", "2020", N),
            Count.of(
                    "catalogue.calendar.created", "1 period created for 2021", "2 periods created for 2021", "2021", N),
            Count.of(
                    "import.summary",
                    "a.csv: 1 row, 0 new, 0 changed, 0 unchanged, 0 blank; 1 row to fix",
                    "a.csv: 2 rows, 0 new, 0 changed, 0 unchanged, 0 blank; 2 rows to fix",
                    "a.csv",
                    N,
                    0,
                    0,
                    0,
                    0,
                    N),
            Count.of(
                    "import.summary.explained",
                    "; 1 row with warnings already explained",
                    "; 2 rows with warnings already explained",
                    N),
            Count.of(
                    "import.recent.line",
                    "t  a.csv  p: 1 row (0 new, 0 changed, 0 unchanged)",
                    "t  a.csv  p: 2 rows (0 new, 0 changed, 0 unchanged)",
                    "t",
                    "a.csv",
                    "p",
                    N,
                    0,
                    0,
                    0),
            Count.of(
                    "export.title.audit",
                    "Audit trail · exported t · 1 entry",
                    "Audit trail · exported t · 2 entries",
                    "t",
                    N),
            Count.of(
                    "export.title.entry",
                    "p entry sheet · exported t · 1 line",
                    "p entry sheet · exported t · 2 lines",
                    "p",
                    "t",
                    N),
            Count.of(
                    "export.title.review",
                    "p awaiting review · exported t · 1 line",
                    "p awaiting review · exported t · 2 lines",
                    "p",
                    "t",
                    N),
            Count.of(
                    "provenance.summary",
                    "1 export, 0 of them with figures corrected since",
                    "2 exports, 0 of them with figures corrected since",
                    N,
                    0L),
            Count.of(
                    "publication.error.pending",
                    "漳州市 and its units still have 1 figure not approved; the year cannot be published",
                    "漳州市 and its units still have 2 figures not approved; the year cannot be published",
                    "漳州市",
                    N),
            Count.of(
                    "publication.error.notAccepted",
                    "1 unit below 漳州市 has a year not yet accepted; the year cannot be published",
                    "2 units below 漳州市 have a year not yet accepted; the year cannot be published",
                    "漳州市",
                    N),
            Count.of(
                    "approval.accept.waitingFigures",
                    "Cannot be accepted yet: 1 figure is not approved",
                    "Cannot be accepted yet: 2 figures are not approved",
                    N),
            Count.of(
                    "approval.error.notApproved",
                    "漳州市 still has 1 figure not approved (draft, submitted or returned): it cannot be accepted",
                    "漳州市 still has 2 figures not approved (draft, submitted or returned): it cannot be accepted",
                    "漳州市",
                    N),
            Count.of(
                    "catalogue.calendar.closeConfirm.unsubmitted",
                    "1 figure from 1 unit is not yet submitted (a draft, or returned): once the period is closed,"
                            + " it can no longer be submitted.",
                    "2 figures from 2 units are not yet submitted (drafts, or returned): once the period is closed,"
                            + " they can no longer be submitted.",
                    N,
                    N),
            Count.of(
                    "catalogue.calendar.closeConfirm.unreviewed",
                    "1 submitted figure from 1 unit is not yet reviewed.",
                    "2 submitted figures from 2 units are not yet reviewed.",
                    N,
                    N),
            Count.of(
                    "dashboard.missing.note",
                    "Totals count only the districts with approved figures (10); 1 has none yet: 龙海市",
                    "Totals count only the districts with approved figures (10); 2 have none yet: 龙海市",
                    10,
                    "districts",
                    N,
                    "龙海市"));

    @Test
    void a_count_of_one_is_said_in_the_singular_and_of_two_in_the_plural() {
        assertThat(COUNTS).allSatisfy(count -> {
            assertThat(english(count.key(), count.with(1))).as(count.key()).isEqualTo(count.one());
            assertThat(english(count.key(), count.with(2))).as(count.key()).isEqualTo(count.two());
        });
    }

    /** An indicator of whole numbers has no decimal places to allow: 「At most 0 decimal places」 said it backwards. */
    @Test
    void a_stored_figure_beyond_a_bound_names_its_unit_and_period() {
        assertThat(english("catalogue.indicator.error.max.figureAbove", "28", "10", "漳浦县", 2020, 12))
                .isEqualTo("The stored figure 28 (漳浦县, 12/2020) is above the maximum of 10:"
                        + " correct the figures above 10 first, or raise the maximum");
        assertThat(english("catalogue.indicator.error.min.figureBelow", "3", "4", "漳浦县", 2020, 0))
                .isEqualTo("The stored figure 3 (漳浦县, 2020) is below the minimum of 4:"
                        + " correct the figures below 4 first, or lower the minimum");
    }

    @Test
    void no_decimal_places_is_said_as_whole_numbers() {
        assertThat(english("figure.error.tooManyDecimals", 0)).isEqualTo("Whole numbers only: no decimal places");
        assertThat(english("catalogue.target.error.scale", 0)).isEqualTo("The target must be a whole number");
        // and in Chinese: 「目标值最多 0 位小数」 for １６０.５ (a tester's tour)
        assertThat(translations.getTranslation("catalogue.target.error.scale", Translations.CHINESE, 0))
                .isEqualTo("目标值须为整数");
        assertThat(translations.getTranslation("figure.error.tooManyDecimals", Translations.CHINESE, 0))
                .isEqualTo("只能填整数，不能有小数");
        assertThat(translations.getTranslation("catalogue.target.error.scale", Translations.CHINESE, 2))
                .isEqualTo("目标值最多 2 位小数");
    }

    /** The same numbers in Chinese, which has no plural: the messages read as they always did. */
    @Test
    void chinese_counts_read_as_before() {
        assertThat(translations.getTranslation("history.open", Translations.CHINESE, 1))
                .isEqualTo("历史（1版）");
        assertThat(translations.getTranslation("review.queue.title", Translations.CHINESE, "2020年（年报）", 1))
                .isEqualTo("2020年（年报）：待审核 1 项");
        assertThat(translations.getTranslation("figure.error.tooManyDecimals", Translations.CHINESE, 1))
                .isEqualTo("最多保留 1 位小数");
        assertThat(translations.getTranslation("tracker.summary", Translations.CHINESE, "11", "2"))
                .isEqualTo("11 个填报单位中 2 个已全部提交");
    }
}
