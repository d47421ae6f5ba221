package org.minsheng.division.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.minsheng.division.DivisionHistoryService;
import org.minsheng.division.DivisionImportService;
import org.minsheng.division.DivisionService;
import org.minsheng.security.Role;

/** The administrators' page: the division hierarchy with its history, and the import of the national list. */
@Route("divisions")
@Menu(title = "divisions.nav", order = 20, icon = "vaadin:sitemap")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class DivisionsView extends Div implements HasDynamicTitle {

    DivisionsView(DivisionService divisions, DivisionImportService imports, DivisionHistoryService history) {
        addClassName("page");
        var intro = new Paragraph(getTranslation("divisions.intro"));
        intro.addClassName("page-meta");
        var tree = new DivisionTree(divisions);
        tree.setHeight("32rem");
        var succession = new Button(getTranslation("divisions.history.record"));
        succession.setId("record-succession");
        succession.setEnabled(false);
        // Only a unit that still exists can be renamed or re-coded.
        tree.asSingleSelect()
                .addValueChangeListener(e -> succession.setEnabled(
                        e.getValue() != null && e.getValue().validTo() == null));
        succession.addClickListener(
                e -> new SuccessionDialog(tree.asSingleSelect().getValue(), history, tree::reload).open());
        add(
                new H2(getTranslation("divisions.heading")),
                intro,
                succession,
                tree,
                new DivisionImportForm(imports, tree::reload));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("divisions.heading");
    }
}
