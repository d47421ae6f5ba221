package org.minsheng.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

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
}
