package org.minsheng.figure.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.period.Period;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The tracker says where a period stands before the rows, and can hide the units that are done. */
@IntegrationTest
class TrackerViewTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_summary_counts_submitted_and_late_units_and_the_switch_leaves_only_those_still_to_submit() {
        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().navigate("tracker");
        @SuppressWarnings("unchecked")
        Select<Period> period = _get(Select.class, spec -> spec.withId("tracker-period"));
        var outstanding = _get(Checkbox.class, spec -> spec.withId("tracker-only-outstanding"));

        // January 2021, open and long past its due date, nothing submitted yet
        assertThat(period.getValue().year()).isEqualTo(2021);
        assertThat(summary()).isEqualTo("11 个填报单位中 0 个已全部提交，11 个逾期");
        assertThat(_size(grid())).isEqualTo(11);
        outstanding.setValue(true);
        assertThat(_size(grid())).as("all eleven are still to submit").isEqualTo(11);

        period.setValue(period.getListDataView()
                .getItems()
                .filter(p -> p.year() == 2020 && Integer.valueOf(12).equals(p.month()))
                .findFirst()
                .orElseThrow());
        assertThat(summary()).isEqualTo("11 个填报单位中 11 个已全部提交");
        assertThat(_size(grid()))
                .as("December 2020 is published: nothing left to chase")
                .isZero();
        outstanding.setValue(false);
        assertThat(_size(grid())).isEqualTo(11);
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("tracker-summary")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class, spec -> spec.withId("tracker-grid"));
    }
}
