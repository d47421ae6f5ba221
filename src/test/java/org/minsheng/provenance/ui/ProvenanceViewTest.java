package org.minsheng.provenance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.provenance.ExportRecord;
import org.minsheng.publication.PublicationImageService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class ProvenanceViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PublicationImageService images;

    @Autowired
    DSLContext db;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    /** The history of an export of a year not yet out names no edition, as the file itself does not. */
    @Test
    @Transactional
    void an_export_of_a_year_not_published_is_listed_without_an_edition() {
        Catalogue.unpublishMonth(db, 2020, 12);
        var card = as("comms", () -> images.headlineCard(2020));
        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().navigate("exports/history");
        @SuppressWarnings("unchecked")
        Grid<ExportRecord> grid = _get(Grid.class, spec -> spec.withId("provenance"));
        assertThat(grid.getListDataView().getItems().findFirst().orElseThrow().fileName())
                .isEqualTo(card.fileName());
        assertThat(GridKt._getFormattedRow(grid, 0))
                .anySatisfy(t -> assertThat(t).startsWith("2020 · 数据截至").endsWith("（年度未发布）"))
                .noneSatisfy(t -> assertThat(t).contains("版"));
    }

    @Test
    void reviewers_see_who_exported_the_headline_card_and_for_which_revision() {
        var card = as("comms", () -> images.headlineCard(2020));
        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().navigate("exports/history");
        @SuppressWarnings("unchecked")
        Grid<ExportRecord> grid = _get(Grid.class, spec -> spec.withId("provenance"));
        var newest = grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(newest.fileName()).isEqualTo(card.fileName());
        assertThat(newest.exportedBy()).isEqualTo("宣传部门");
        assertThat(newest.revision()).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .anySatisfy(t -> assertThat(t).endsWith("（第1版）"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("provenance-summary"))
                        .getText())
                .startsWith("共 ");
    }
}
