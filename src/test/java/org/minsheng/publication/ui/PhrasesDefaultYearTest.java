package org.minsheng.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.publication.PhraseEntry;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phrases' preview is of the year-in-review's lede, and opens on the year /publication opens on: one
 * approved district-month of 2021 switched it to 2021, a preview of gaps, while the year-in-review stayed on
 * the published 2020. Any year with figures can still be chosen.
 */
@IntegrationTest
@Transactional
class PhrasesDefaultYearTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_preview_opens_on_the_published_year_not_one_a_first_approval_began() {
        Catalogue.approvedFigure(db, "road_widening", "350602", 2021, 1, new BigDecimal("0.4"));
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication/phrases");
        // the year and its preview are shown for the phrase being edited
        @SuppressWarnings("unchecked")
        Grid<PhraseEntry> phrases = _get(Grid.class, spec -> spec.withId("phrases"));
        phrases.select(phrases.getListDataView().getItem(0));
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withLabel("年度"));
        assertThat(year.getValue()).isEqualTo(2020);
        assertThat(year.getListDataView().getItems()).contains(2021, 2020);
    }
}
