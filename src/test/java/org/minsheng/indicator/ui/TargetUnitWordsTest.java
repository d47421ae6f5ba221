package org.minsheng.indicator.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.indicator.ui.CatalogueViewsTest.row;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets page writes a target of one with the unit's English singular, as the dashboards do:
 * its list, the removal dialog and the revision history wrote 「1 schools」 and 「1 hectares」.
 */
@IntegrationTest
@Transactional
class TargetUnitWordsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void targetsOfOne() {
        // 芗城区's 2021 targets: one school in the meal programme (its singular from the bundle), and one
        // hectare of a unit an administrator added, whose singular is the indicator's own
        db.execute("""
                update indicator set unit_zh = '公顷', unit_en = 'hectares', unit_one_en = 'hectare'
                where code = 'road_widening'""");
        db.execute("""
                insert into target (indicator_id, division_id, year, direction, value)
                select i.id, d.id, 2021, 'increase_to', 1 from indicator i, division d
                where i.code in ('meal_schools', 'road_widening') and d.code = '350602'""");
        KaribuSpring.signInAndOpen(context, "admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/targets", QueryParameters.simple(Map.of("division", "350602", "year", "2021")));
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_list_and_the_removal_dialog_write_one_school_and_one_hectare() {
        var view = _get(TargetsView.class);
        assertThat(_getFormatted(view.grid, row(view.grid, "indicator", "Schools in meal programme"), "value"))
                .isEqualTo("1 school");
        int roads = row(view.grid, "indicator", "Roads widened");
        assertThat(_getFormatted(view.grid, roads, "value")).isEqualTo("1 hectare");

        view.remove(view.grid.getListDataView().getItem(roads));
        var dialog = _get(TargetRemoveDialog.class);
        assertThat(_get(dialog, Paragraph.class).getText())
                .contains("1 hectare")
                .doesNotContain("hectares");
        dialog.close();
    }
}
