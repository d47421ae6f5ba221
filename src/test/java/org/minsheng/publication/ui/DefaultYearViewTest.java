package org.minsheng.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.OneApprovedCell;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wall display and the year-in-review opened, without a year in the address, on the latest year with
 * any approved figure: one cell of 2021 approved by the reviewer (芗城区's January) and both showed
 * 「回眸2021」 of that one cell, the published 2020 gone from their default view (a tester's tour). They stay
 * on the published year; 2021 is still there to be asked for, and before anything is published they open
 * on the latest year with figures, as before. The rule is PublicationService.defaultYear's (DefaultYearTest).
 */
@IntegrationTest
@Transactional
class DefaultYearViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    FigureService entry;

    @Autowired
    ReviewService reviews;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_wall_stays_on_the_published_year_after_one_cell_of_the_next_is_approved() {
        approveOneCellOf2021();
        KaribuSpring.signInAndOpen(context, "display");
        UI.getCurrent().navigate("screen");
        assertThat(_get(H1.class).getText()).startsWith("回眸2020");
        assertThat(_find(Paragraph.class, spec -> spec.withId("missing-note")))
                .as("no partial-year note on the default view")
                .isEmpty();

        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2021"));
        assertThat(_get(H1.class).getText()).as("a year asked for").startsWith("回眸2021");
        assertThat(_find(Paragraph.class, spec -> spec.withId("missing-note"))).isNotEmpty();
    }

    @Test
    void the_year_in_review_stays_on_the_published_year_after_one_cell_of_the_next_is_approved() {
        approveOneCellOf2021();
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication");
        assertThat(_get(H1.class).getText()).startsWith("回眸2020");
        var year = yearSelect();
        assertThat(year.getValue()).isEqualTo(2020);
        assertThat(year.getListDataView().getItems())
                .as("the default among the years offered, 2021 too")
                .contains(2020, 2021);

        UI.getCurrent().navigate("publication", QueryParameters.of("year", "2021"));
        assertThat(_get(H1.class).getText()).as("a year asked for").startsWith("回眸2021");
        yearSelect().setValue(2020);
        assertThat(_get(H1.class).getText()).as("a year picked").startsWith("回眸2020");
    }

    /** A scoped leader's own unit's review opens on its published year too. */
    @Test
    void a_scoped_leaders_review_stays_on_the_published_year() {
        approveOneCellOf2021();
        KaribuSpring.signInAndOpen(context, "leader-xiangcheng");
        UI.getCurrent().navigate("publication");
        assertThat(_get(H1.class).getText()).startsWith("回眸2020").contains("芗城区");
        UI.getCurrent().navigate("screen");
        assertThat(_get(H1.class).getText()).startsWith("回眸2020").contains("芗城区");
    }

    /** A new installation, nothing published yet: the latest year with approved figures, as before. */
    @Test
    void with_nothing_published_both_open_on_the_latest_year_with_figures() {
        Catalogue.unpublishMonth(db, 2019, 12);
        Catalogue.unpublishMonth(db, 2020, 12);
        approveOneCellOf2021();
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication");
        assertThat(_get(H1.class).getText()).startsWith("回眸2021");
        assertThat(yearSelect().getValue()).isEqualTo(2021);
        UI.getCurrent().navigate("screen");
        assertThat(_get(H1.class).getText()).startsWith("回眸2021");
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> yearSelect() {
        return _get(Select.class, spec -> spec.withId("publication-year"));
    }

    private void approveOneCellOf2021() {
        OneApprovedCell.of2021(db, entry, reviews);
    }
}
