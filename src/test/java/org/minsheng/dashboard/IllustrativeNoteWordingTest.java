package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minsheng.division.Division;
import org.minsheng.division.Division.Level;

/** Which demo note a page prints, and of whose whole: the installation's root decides what kind of demo it is. */
class IllustrativeNoteWordingTest {

    private static final Division FUJIAN = new Division(1, "350000", "福建省", Level.PROVINCE, null);
    private static final Division ZHANGZHOU = new Division(2, "350600", "漳州市", Level.CITY, 1);
    private static final Division XIANGCHENG = new Division(3, "350602", "芗城区", Level.COUNTY, 2);
    private static final Division ZHANGPU = new Division(4, "350623", "漳浦县", Level.COUNTY, 2);
    private static final Division XIAMEN = new Division(5, "350200", "厦门市", Level.CITY, 1);
    private static final Division SIMING = new Division(6, "350203", "思明区", Level.COUNTY, 5);

    @Test
    void a_city_installation_says_its_own_published_totals_are_split_on_every_page() {
        assertThat(IllustrativeNote.of(ZHANGZHOU, ZHANGZHOU))
                .isEqualTo(new IllustrativeNote("dashboard.illustrativeSplit", "division.whole.city"));
        assertThat(IllustrativeNote.of(ZHANGZHOU, XIANGCHENG))
                .as("a district's figures are part of the city's split, not a published district total")
                .isEqualTo(new IllustrativeNote("dashboard.illustrativeSplit", "division.whole.city"));
    }

    @Test
    void above_a_city_a_generated_units_page_says_its_figures_are_generated_of_its_own_whole() {
        assertThat(IllustrativeNote.of(FUJIAN, FUJIAN))
                .isEqualTo(new IllustrativeNote("dashboard.illustrativeGenerated", "division.whole.province"));
        assertThat(IllustrativeNote.of(FUJIAN, XIAMEN))
                .isEqualTo(new IllustrativeNote("dashboard.illustrativeGenerated", "division.whole.city"));
        assertThat(IllustrativeNote.of(FUJIAN, SIMING))
                .isEqualTo(new IllustrativeNote("dashboard.illustrativeGenerated", "division.whole.district"));
    }

    /**
     * The province demo keeps 漳州市's published totals and their split: its page called the article's own
     * figures generated (a stranger's trial), and its districts' pages called their split generated too.
     */
    @Test
    void above_a_city_the_demos_own_city_and_its_districts_say_its_published_totals_are_split() {
        assertThat(IllustrativeNote.of(FUJIAN, ZHANGZHOU))
                .isEqualTo(new IllustrativeNote("dashboard.illustrativeSplit", "division.whole.city"));
        assertThat(IllustrativeNote.of(FUJIAN, ZHANGPU))
                .isEqualTo(new IllustrativeNote("dashboard.illustrativeSplit", "division.whole.city"));
    }
}
