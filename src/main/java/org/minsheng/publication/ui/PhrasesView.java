package org.minsheng.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.Notifications;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.publication.PhraseEntry;
import org.minsheng.publication.PhrasePart;
import org.minsheng.publication.PhraseService;
import org.minsheng.publication.PhraseTemplate;
import org.minsheng.publication.PublicationService;
import org.minsheng.security.Role;

/**
 * The year-in-review's phrase per indicator, edited with a live preview of the sentence it makes with
 * the chosen year's figures. Unknown placeholders are marked as errors in the preview and named, with
 * the allowed ones, while typing (the service refuses them); a missing figure shows the gap marker.
 */
@Route("publication/phrases")
@RolesAllowed({Role.Names.COMMUNICATIONS, Role.Names.ADMINISTRATOR})
class PhrasesView extends Div implements HasDynamicTitle {

    private final PhraseService phrases;
    private final Grid<PhraseEntry> grid = new Grid<>();
    private final TextArea template = new TextArea();
    private final Paragraph preview = new Paragraph();
    private final Select<Integer> year = new Select<>();
    private final Button save = new Button();
    private PhraseEntry editing;

    PhrasesView(PhraseService phrases, DashboardService dashboards, PublicationService publications) {
        this.phrases = phrases;
        addClassName("page");
        grid.setId("phrases");
        // the phrases, and the names they sit beside, are the Chinese publication's, whatever the screen language
        grid.addComponentColumn(e -> chinese(e.category()))
                .setHeader(getTranslation("dashboards.indicator.category"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> chinese(e.name()))
                .setHeader(getTranslation("dashboard.chart.indicator"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> chinese(e.template() == null ? "—" : e.template()))
                .setHeader(getTranslation("publication.phrases.template"))
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::edit));

        template.setId("phrase-template");
        template.setLabel(getTranslation("publication.phrases.template"));
        template.setWidthFull();
        template.setHelperText(getTranslation(
                "publication.phrases.help",
                String.join(
                        " ",
                        new TreeSet<>(PhraseTemplate.PLACEHOLDERS)
                                .stream().map(p -> "{" + p + "}").toList())));
        template.setValueChangeMode(ValueChangeMode.LAZY);
        template.addValueChangeListener(e -> refreshPreview());
        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(dashboards.years());
        year.setItemLabelGenerator(y -> getTranslation("dashboard.yearOption", String.valueOf(y)));
        // the preview is of the year-in-review's lede, so it opens on the year /publication opens on (the latest
        // published), not on a year a first approval has just begun: 2021's January alone previewed in gaps
        year.setValue(publications.defaultYear(null));
        year.addValueChangeListener(e -> refreshPreview());
        preview.setId("phrase-preview");
        preview.getElement().setAttribute("lang", Translations.CHINESE.toLanguageTag());
        preview.addClassName("publication-lede");
        save.setText(getTranslation("publication.phrases.save"));
        save.setId("phrase-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var editor =
                new Div(year, template, new Paragraph(getTranslation("publication.phrases.preview")), preview, save);
        editor.addClassName("card");
        editor.setVisible(false);
        grid.addSelectionListener(
                e -> editor.setVisible(e.getFirstSelectedItem().isPresent()));
        var intro = new Paragraph(getTranslation("publication.phrases.intro"));
        intro.addClassName("page-meta");
        add(new H2(getTranslation("publication.phrases.heading")), intro, grid, editor);
        reload();
    }

    private void reload() {
        grid.setItems(phrases.phrases());
    }

    private void edit(PhraseEntry entry) {
        editing = entry;
        template.setValue(entry.template() == null ? "" : entry.template());
        refreshPreview();
    }

    private void refreshPreview() {
        if (editing == null || year.getValue() == null) {
            return;
        }
        var result = phrases.preview(editing.indicatorId(), template.getValue(), year.getValue());
        preview.removeAll();
        preview.setText(null);
        var unknown = result.unknownPlaceholders().isEmpty()
                ? null
                : getTranslation(
                        "publication.phrases.unknown",
                        names(result.unknownPlaceholders(), "、"),
                        names(new TreeSet<>(PhraseTemplate.PLACEHOLDERS), " "));
        result.parts().forEach(part -> preview.add(piece(part, unknown)));
        template.setInvalid(unknown != null);
        template.setErrorMessage(unknown);
        save.setEnabled(unknown == null);
    }

    /**
     * Text as it is; a missing figure as the quiet gap marker the publication prints; an unknown
     * placeholder marked as an error, explained on hover and in the template's error message.
     */
    private Component piece(PhrasePart part, String unknownMessage) {
        if (part.kind() == PhrasePart.Kind.TEXT) {
            return new Text(part.text());
        }
        var span = new Span(part.text());
        span.getElement().setAttribute("data-placeholder", part.placeholder());
        if (part.kind() == PhrasePart.Kind.GAP) {
            span.addClassName("phrase-gap");
            span.setTitle(getTranslation("publication.phrases.gapHint"));
        } else {
            span.addClassName("phrase-unknown");
            span.setTitle(unknownMessage);
        }
        return span;
    }

    private static String names(Collection<String> placeholders, String separator) {
        return String.join(
                separator, placeholders.stream().map(p -> "{" + p + "}").toList());
    }

    private void save() {
        var outcome = Attempt.run(
                this,
                Map.of("publication.phrase.error", template),
                () -> phrases.save(editing.indicatorId(), template.getValue(), editing.version()));
        if (outcome.done()) {
            Notifications.success(getTranslation("publication.phrases.saved", editing.name()));
            var id = editing.indicatorId();
            reload();
            phrases.phrases().stream()
                    .filter(e -> e.indicatorId() == id)
                    .findFirst()
                    .ifPresent(e -> {
                        editing = e;
                        grid.select(e);
                    });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.phrases.heading");
    }

    private static Span chinese(String text) {
        var span = new Span(text);
        span.getElement().setAttribute("lang", Translations.CHINESE.toLanguageTag());
        return span;
    }
}
