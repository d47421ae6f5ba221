package org.minsheng.provenance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.minsheng.provenance.ExportRecord;
import org.minsheng.provenance.ProvenanceService;
import org.minsheng.provenance.PublicServing;
import org.minsheng.security.Role;

/**
 * Every exported file, newest first. A file whose figures were corrected after it was taken is
 * marked, so the communications office knows which published images and documents to reissue.
 */
@Route("exports/history")
@Menu(title = "provenance.heading", order = 9.5, icon = "vaadin:records")
@RolesAllowed({Role.Names.COMMUNICATIONS, Role.Names.REVIEWER, Role.Names.ADMINISTRATOR})
class ProvenanceView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Times are shown in the commission's zone, whatever the server's. */
    private final ZoneId zone;

    ProvenanceView(ProvenanceService provenance, Clock clock) {
        this.zone = clock.getZone();
        addClassName("page");
        var records = provenance.recent();
        var intro = new Paragraph(getTranslation("provenance.intro"));
        intro.addClassName("page-meta");
        var grid = new Grid<ExportRecord>();
        grid.setId("provenance");
        grid.addColumn(r -> TIME.format(r.exportedAt().atZoneSameInstant(zone)))
                .setHeader(getTranslation("provenance.at"))
                .setAutoWidth(true);
        grid.addColumn(ExportRecord::exportedBy)
                .setHeader(getTranslation("provenance.by"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("provenance.kind." + r.kind().name().toLowerCase()))
                .setHeader(getTranslation("provenance.kind"))
                .setAutoWidth(true);
        grid.addColumn(ExportRecord::fileName)
                .setHeader(getTranslation("provenance.file"))
                .setWidth("22rem")
                .setFlexGrow(1)
                .setTooltipGenerator(ExportRecord::fileName);
        grid.addColumn(this::data)
                .setHeader(getTranslation("provenance.data"))
                .setWidth("24rem")
                .setFlexGrow(0)
                .setTooltipGenerator(this::data);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("provenance.status"))
                .setAutoWidth(true);
        grid.setItems(records);
        grid.setAllRowsVisible(records.size() <= 50);
        long superseded = records.stream().filter(ExportRecord::superseded).count();
        var summary = new Paragraph(getTranslation("provenance.summary", records.size(), superseded));
        summary.setId("provenance-summary");
        add(new H2(getTranslation("provenance.heading")), intro, summary, grid);
        addPublicServings(provenance.publicServings());
    }

    /** What the public side served, per day: the page, its open data and the API, by edition. */
    private void addPublicServings(List<PublicServing> servings) {
        var heading = new H2(getTranslation("provenance.public.heading"));
        var intro = new Paragraph(getTranslation("provenance.public.intro"));
        intro.addClassName("page-meta");
        var grid = new Grid<PublicServing>();
        grid.setId("public-servings");
        grid.addColumn(s -> s.day().toString())
                .setHeader(getTranslation("provenance.public.day"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation(
                        "provenance.public.kind." + s.kind().name().toLowerCase()))
                .setHeader(getTranslation("provenance.kind"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation(
                        "provenance.public.what",
                        // a year is a name, not an amount: MessageFormat would print 2,020
                        String.valueOf(s.year()),
                        s.unitName() == null ? s.unitCode() : s.unitName(),
                        s.revision()))
                .setHeader(getTranslation("provenance.data"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(PublicServing::served)
                .setHeader(getTranslation("provenance.public.served"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::servingStatus)
                .setHeader(getTranslation("provenance.status"))
                .setAutoWidth(true);
        grid.setItems(servings);
        grid.setAllRowsVisible(servings.size() <= 50);
        add(heading, intro, grid);
    }

    private String data(ExportRecord r) {
        if (r.year() == null) {
            return "—";
        }
        var asOf = r.dataAsOf() == null ? "—" : TIME.format(r.dataAsOf().atZoneSameInstant(zone));
        var indicator = r.indicator(getLocale());
        var scope = indicator == null ? String.valueOf(r.year()) : r.year() + " · " + indicator;
        // an export of a year not yet published recorded no edition: nobody received one
        return r.revision() == null
                ? getTranslation("provenance.dataTextUnpublished", scope, asOf)
                : getTranslation("provenance.dataText", scope, asOf, r.revision());
    }

    private Span status(ExportRecord r) {
        return badge(r.superseded());
    }

    /** Superseded, and whether what was served still shows the old edition somewhere. */
    private Span servingStatus(PublicServing s) {
        if (!s.superseded()) {
            return badge(false);
        }
        var outdated = s.outdatedWhereShown();
        var span =
                new Span(getTranslation(outdated ? "provenance.public.pinnedOutdated" : "provenance.public.followed"));
        span.getElement().getThemeList().add(outdated ? "badge error" : "badge contrast");
        return span;
    }

    private Span badge(boolean superseded) {
        var span = new Span(getTranslation(superseded ? "provenance.superseded" : "provenance.current"));
        span.getElement().getThemeList().add(superseded ? "badge error" : "badge success");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provenance.heading");
    }
}
