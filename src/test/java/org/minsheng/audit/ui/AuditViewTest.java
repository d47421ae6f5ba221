package org.minsheng.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail's page, driven as a reviewer would, on the real services. */
@IntegrationTest
@Transactional
class AuditViewTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    /**
     * An end date before the start is marked on its field: the grid went blank without a word, as if
     * nothing had happened in those days (a stranger's trial).
     */
    @Test
    void an_end_date_before_the_start_is_marked_on_its_field() {
        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().navigate("audit");
        var from = _get(DatePicker.class, spec -> spec.withLabel("起始日期"));
        var to = _get(DatePicker.class, spec -> spec.withLabel("截止日期"));
        Grid<?> grid = _find(Grid.class).getFirst();
        assertThat(_size(grid)).as("the demo's trail").isPositive();

        from.setValue(LocalDate.of(2030, 1, 1));
        to.setValue(LocalDate.of(2020, 1, 1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("截止日期早于起始日期");
        assertThat(_size(grid)).isZero();

        from.setValue(LocalDate.of(2000, 1, 1));
        assertThat(to.isInvalid()).isFalse();
        to.clear();
        assertThat(_size(grid)).isPositive();
    }
}
