package org.minsheng.period.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.minsheng.period.PeriodOverview;
import org.minsheng.period.PeriodService;
import org.minsheng.security.Role;

/** The reviewers' page: every reporting period with its status and how many cells wait for review. */
@Route("review")
@Menu(title = "nav.review", order = 2, icon = "vaadin:check-square-o")
@RolesAllowed({Role.Names.REVIEWER, Role.Names.ADMINISTRATOR})
class ReviewView extends Div implements HasDynamicTitle {

    ReviewView(PeriodService periods) {
        addClassName("page");
        var grid = new Grid<PeriodOverview>();
        grid.setId("period-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(this::label).setHeader(getTranslation("period.name")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("period.status." + p.status().name().toLowerCase()))
                .setHeader(getTranslation("period.status")).setAutoWidth(true);
        grid.addColumn(PeriodOverview::dueOn).setHeader(getTranslation("period.dueOn")).setAutoWidth(true);
        grid.addColumn(PeriodOverview::drafts).setHeader(getTranslation("figure.status.draft"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(PeriodOverview::submitted).setHeader(getTranslation("figure.status.submitted"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(PeriodOverview::returned).setHeader(getTranslation("figure.status.returned"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(PeriodOverview::approved).setHeader(getTranslation("figure.status.approved"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(periods.overview());
        var intro = new Paragraph(getTranslation("review.intro"));
        intro.addClassName("page-meta");
        add(new H2(getTranslation("review.heading")), intro, grid);
    }

    private String label(PeriodOverview p) {
        return p.isYear()
                ? getTranslation("period.year", String.valueOf(p.year()))
                : getTranslation("period.month", String.valueOf(p.year()), String.valueOf(p.month()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.heading");
    }
}
