package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * An indicator's words an English session reads that were kept in one language or one number: the lead
 * department read 「Lead department: 市教育局」, and a unit an administrator added later kept its plural
 * after one (「Target: 1 hectares」), since only the catalogue's own units had a singular in the bundle.
 */
@IntegrationTest
@Transactional
class IndicatorEnglishWordsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void an_english_indicator_page_names_the_lead_department_in_english() {
        assertThat(about("meal_schools", Locale.ENGLISH))
                .contains("Lead department: Municipal Education Bureau")
                .doesNotContain("市教育局");
        assertThat(about("meal_schools", Locale.CHINA)).contains("牵头部门：市教育局");
    }

    @Test
    void a_lead_department_without_an_english_name_is_shown_in_chinese_rather_than_not_at_all() {
        db.execute("update indicator set lead_department_en = null where code = 'road_widening'");
        assertThat(about("road_widening", Locale.ENGLISH)).contains("Lead department: 市交通运输局");
    }

    @Test
    void a_unit_added_later_takes_the_singular_its_administrator_gave_it_for_one() {
        db.execute("""
                update indicator set unit_zh = '公顷', unit_en = 'hectares', unit_one_en = 'hectare'
                 where code = 'meal_schools'""");
        db.execute("""
                update target set value = 1
                 where indicator_id = (select id from indicator where code = 'meal_schools')
                   and division_id = (select id from division where code = '350600') and year = 2020""");
        assertThat(tile("meal_schools", Locale.ENGLISH))
                .contains("Target: 1 hectare")
                .doesNotContain("1 hectares");
        assertThat(tile("meal_schools", Locale.CHINA)).contains("目标 1公顷");
    }

    private String about(String code, Locale locale) {
        open(locale, "indicator/" + code);
        return _get(Div.class, spec -> spec.withId("indicator-about"))
                .getElement()
                .getTextRecursively();
    }

    private String tile(String code, Locale locale) {
        open(locale, "");
        return StaticHtml.tile(code);
    }

    /** The leader's page of 2020, in a session of {@code locale} (signed in once per test). */
    private void open(Locale locale, String route) {
        if (UI.getCurrent() == null) {
            KaribuSpring.signInAndOpen(context, "leader");
        }
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate(route, QueryParameters.simple(Map.of("year", "2020")));
    }
}
