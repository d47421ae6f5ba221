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
 * A unit without a target in the completion heat map says so, in words: the province demo's eight cities
 * without targets filled their rows with 「—」, the mark a figure not in yet had too (a tester's tour).
 */
@IntegrationTest
@Transactional
class HeatMapGapWordsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_district_without_a_target_reads_no_target_in_either_language() {
        db.execute("""
                delete from target where year = 2020
                  and indicator_id = (select id from indicator where code = 'meal_schools')
                  and division_id = (select id from division where code = '350602')""");
        KaribuSpring.signInAndOpen(context, "leader");
        assertThat(mealSchoolsOfXiangcheng()).isEqualTo("未设目标");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(mealSchoolsOfXiangcheng()).isEqualTo("No target");
    }

    private static String mealSchoolsOfXiangcheng() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
        var wrap = _get(_get(CompletionHeatMap.class), Div.class, spec -> spec.withClasses("data-table-wrap"));
        return StaticHtml.html(wrap)
                .select("tbody tr[data-district=350602] td[data-indicator=meal_schools]")
                .text();
    }
}
