package org.minsheng.publication.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.minsheng.base.Download;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.publication.PublicationImageService;

/**
 * The images for publication: any dashboard chart (ranking, trend, year-on-year, year by year, the
 * completion heat-map) framed for print or web, as PNG or SVG, and the year's headline card. Each file is built on its own download request from the data as it is then.
 */
class ImageExports extends Div {

    private final Select<Indicator> indicator = new Select<>();
    private final Select<ChartKind> kind;

    /** @param division the unit's code the page shows, null for the root (or a scoped reader's own unit) */
    ImageExports(PublicationImageService images, IntSupplier year, Supplier<String> division) {
        addClassName("publication-exports");
        addClassName("no-print");
        kind = select(
                "chart-kind",
                "publication.export.kind",
                List.of(ChartKind.values()),
                ChartKind.RANKING,
                k -> getTranslation(k.nameKey(Division.Level.COUNTY)));
        var size = select(
                "chart-size",
                "publication.export.size",
                List.of(ImageSize.values()),
                ImageSize.PRINT,
                s -> getTranslation("publication.export.size." + s.name().toLowerCase()));
        var format = select(
                "chart-format",
                "publication.export.format",
                List.of(ImageFormat.values()),
                ImageFormat.PNG,
                f -> f.name());
        indicator.setId("chart-export-indicator");
        indicator.setLabel(getTranslation("dashboard.chart.indicator"));
        indicator.setItemLabelGenerator(i -> i.shortName(getLocale()));
        // the heat-map shows every indicator with district targets, so the indicator is not asked for
        kind.addValueChangeListener(
                e -> indicator.setEnabled(e.getValue() == null || e.getValue().ofOneIndicator()));
        var note = new TextField(getTranslation("publication.export.note"));
        note.setId("chart-note");
        // what the image's footer holds, counted as one types: 120 were taken and the image cut them with 「…」
        note.setMaxLength(PublicationImageService.NOTE_LENGTH);
        note.setPlaceholder(getTranslation("publication.export.notePlaceholder"));
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.setHelperText(noteHelp(0));
        note.addValueChangeListener(
                e -> note.setHelperText(noteHelp(e.getValue().length())));
        var chart = anchor(
                "download-chart",
                "publication.export.chart",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(year.getAsInt()).withDivision(division.get()),
                                indicator.isEmpty()
                                        ? null
                                        : indicator.getValue().code(),
                        kind.getValue(), size.getValue(),
                        format.getValue(), note.getValue())));
        var card = anchor(
                "download-card", "publication.export.card", () -> images.headlineCard(year.getAsInt(), division.get()));
        var chartRow = new Div(indicator, kind, size, format, note, chart);
        chartRow.addClassName("export-row");
        var help = new Paragraph(getTranslation("publication.export.help"));
        help.addClassName("page-meta");
        var cardRow = new Div(card);
        cardRow.addClassName("export-row");
        addClassName("card");
        add(new H3(getTranslation("publication.export.heading")), help, chartRow, cardRow);
    }

    /** @param ranked what the unit shown ranks (its cities, districts or towns), which names the ranking */
    void show(List<Indicator> indicators, Division.Level ranked) {
        kind.setItemLabelGenerator(k -> getTranslation(k.nameKey(ranked)));
        indicator.setItems(indicators);
        if (!indicators.isEmpty()) {
            indicator.setValue(indicators.getFirst());
        }
    }

    private String noteHelp(int typed) {
        return getTranslation("publication.export.noteHelp", PublicationImageService.NOTE_LENGTH, typed);
    }

    private <T> Select<T> select(String id, String label, List<T> items, T value, ItemLabelGenerator<T> names) {
        var select = new Select<T>();
        select.setId(id);
        select.setLabel(getTranslation(label));
        select.setItems(items);
        select.setItemLabelGenerator(names);
        select.setValue(value);
        return select;
    }

    private Anchor anchor(String id, String text, Supplier<Download> file) {
        var anchor = new Anchor(DownloadLinks.handler(file), AttachmentType.DOWNLOAD, getTranslation(text));
        anchor.setId(id);
        anchor.addClassName("download-link");
        return anchor;
    }
}
