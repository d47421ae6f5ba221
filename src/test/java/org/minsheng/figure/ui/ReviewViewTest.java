package org.minsheng.figure.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.period.PeriodOverview;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class ReviewViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "reviewer");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_period_list_counts_each_periods_approved_cells_as_it_shows_them() {
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("period-grid"));
        int december2020 = IntStream.range(0, GridKt._size(periods))
                .filter(row -> {
                    var p = GridKt._get(periods, row);
                    return p.year() == 2020 && Integer.valueOf(12).equals(p.month());
                })
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormatted(periods, december2020, "approved")).isEqualTo("55");
        assertThat(GridKt._getFormatted(periods, 0, "approved"))
                .as("the newest period, of 2021: nothing approved yet")
                .isEqualTo("0");
    }

    @Test
    void publishing_an_empty_open_period_locks_it_and_the_page_says_so() {
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("period-grid"));
        var selected = periods.asSingleSelect().getValue();
        assertThat(selected.year()).isEqualTo(2021);
        assertThat(selected.status()).isEqualTo(PeriodOverview.Status.OPEN);

        _get(Button.class, spec -> spec.withId("publish-period")).click();
        var dialog = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(db.fetchValue("select status::text from period where year = 2021 and month = 1"))
                .isEqualTo("published");
        assertThat(periods.asSingleSelect().getValue().status()).isEqualTo(PeriodOverview.Status.PUBLISHED);
        assertThat(_find(Button.class, spec -> spec.withId("publish-period"))).isEmpty();
    }
}
