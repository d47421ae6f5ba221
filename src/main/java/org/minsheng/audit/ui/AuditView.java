package org.minsheng.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.minsheng.audit.AuditAction;
import org.minsheng.audit.AuditDownloads;
import org.minsheng.audit.AuditEntry;
import org.minsheng.audit.AuditLog;
import org.minsheng.audit.AuditQuery;
import org.minsheng.audit.AuditTexts;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.ComponentTexts;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.security.Role;

/** The audit trail, newest first, filtered by action, user and dates; loaded page by page. */
@Route("audit")
@Menu(title = "nav.audit", order = 8, icon = "vaadin:records")
@RolesAllowed({Role.Names.REVIEWER, Role.Names.ADMINISTRATOR})
class AuditView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog audit;
    private final Select<AuditAction> action = new Select<>();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();

    private AuditQuery query = AuditQuery.all();

    AuditView(AuditLog audit, AuditDownloads exports, Translations translations, Clock clock) {
        var zone = clock.getZone();
        this.audit = audit;
        // downloads run on their own request, where no UI is current to ask for the locale
        var locale = getLocale();
        var texts = new AuditTexts(translations, locale);
        addClassName("page");
        action.setLabel(getTranslation("audit.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.any"));
        // the filter offers the one vocabulary the trail is written in (AuditAction), every action of it
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.any") : getTranslation(a.labelKey()));
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        from.setI18n(ComponentTexts.calendar(this));
        to.setLabel(getTranslation("audit.to"));
        to.setI18n(ComponentTexts.calendar(this));
        var filters = new Div(action, actor, from, to);
        filters.addClassName("filters");
        action.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> e.at().atZoneSameInstant(zone).format(TIME))
                .setHeader(getTranslation("audit.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.actorName() == null ? getTranslation("audit.system") : e.actorName())
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        grid.addColumn(texts::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(texts::subject).setHeader(getTranslation("audit.entity")).setAutoWidth(true);
        grid.addColumn(e -> texts.value(e, e.oldValue()))
                .setHeader(getTranslation("audit.old"))
                .setFlexGrow(2);
        grid.addColumn(e -> texts.value(e, e.newValue()))
                .setHeader(getTranslation("audit.new"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason())
                .setHeader(getTranslation("audit.reason"))
                .setFlexGrow(1);
        grid.addColumn(e -> getTranslation("audit.source." + e.source().name().toLowerCase())
                        + (e.importId() == null ? "" : " #" + e.importId()))
                .setHeader(getTranslation("audit.source"))
                .setAutoWidth(true);
        grid.setHeight("70vh");
        var intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassName("page-meta");
        var download = new DownloadLinks("audit-download", format -> () -> exports.auditTrail(query, format, locale));
        add(new H2(getTranslation("audit.heading")), intro, filters, download, grid);
        refresh();
    }

    private void refresh() {
        // an end before the start is a slip, not a search for nothing: said on the field, the grid emptied
        boolean inverted = from.getValue() != null
                && to.getValue() != null
                && to.getValue().isBefore(from.getValue());
        to.setInvalid(inverted);
        if (inverted) {
            to.setErrorMessage(getTranslation("audit.error.range"));
            grid.setItems(List.of());
            return;
        }
        query = new AuditQuery(
                action.getValue() == null ? null : action.getValue().code(),
                null,
                null,
                actor.getValue(),
                from.getValue(),
                to.getValue());
        var query = this.query;
        grid.setItems(q -> audit.search(query, q.getOffset(), q.getLimit()).stream(), q -> audit.count(query));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.heading");
    }
}
