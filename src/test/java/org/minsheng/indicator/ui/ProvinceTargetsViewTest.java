package org.minsheng.indicator.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.indicator.ui.CatalogueViewsTest.row;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.ProvinceDemo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets page on the province demo: the province by default, any city or county by the picker or
 * the address, each listing its own targets and its children's, and the dialog setting them.
 */
@IntegrationTest
@ProvinceDemo
@DirtiesContext
@Transactional
class ProvinceTargetsViewTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_citys_link_lists_its_districts_targets_and_the_province_gets_its_own_from_the_dialog() {
        KaribuSpring.signInAndOpen(context, "admin");
        UI.getCurrent().navigate("admin/targets", QueryParameters.simple(Map.of("division", "350600", "year", "2020")));
        var view = _get(TargetsView.class);
        assertThat(view.unit.getValue().code()).isEqualTo("350600");
        assertThat(_size(view.grid))
                .as("漳州市's 6 targets and its districts' 55, as on its own installation")
                .isEqualTo(61);
        var labels = view.unit
                .getListDataView()
                .getItems()
                .map(view.unit.getItemLabelGenerator())
                .toList();
        assertThat(labels).startsWith("福建省").contains("漳州市", "漳州市 › 漳浦县", "福州市 › 鼓楼区");

        TargetDialogs.showUnit(view, "350000");
        assertThat(_size(view.grid))
                .as("the province's own and its cities': 漳州市's six")
                .isEqualTo(6);
        _click(_get(Button.class, spec -> spec.withId("new-target")));
        var dialog = _get(TargetDialog.class);
        assertThat(dialog.division.getListDataView().getItems().map(Division::name))
                .as("the province and its nine cities, no county")
                .hasSize(10)
                .startsWith("福建省");
        TargetDialogs.chooseIndicator(dialog, "road_widening");
        TargetDialogs.chooseDivision(dialog, "350000");
        dialog.value.setValue("800");
        assertThat(dialog.reason.isVisible())
                .as("2020 is published: the new target is a revision")
                .isTrue();
        dialog.reason.setValue("省级目标补设");
        _click(dialog.save);
        _assertNone(TargetDialog.class);
        assertThat(_size(view.grid)).isEqualTo(7);
        assertThat(_getFormatted(view.grid, row(view.grid, "division", "福建省"), "value"))
                .as("kept as 800.0, written as the seeded targets are")
                .isEqualTo("800 公里");
        assertThat(IntStream.range(0, _size(view.grid)).mapToObj(i -> _getFormatted(view.grid, i, "division")))
                .doesNotContain("漳浦县");
    }
}
