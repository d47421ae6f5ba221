package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.PeriodNames;
import org.minsheng.dashboard.Correction;
import org.minsheng.indicator.Indicator;

/**
 * Why a figure marked † changed: each correction after publication behind it, with the value before
 * and after, the reason, who approved it and when. A leader about to quote a revised number can
 * say what was corrected and why.
 */
final class CorrectionsDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CorrectionsDialog() {}

    /** @param zone the commission's time zone, in which the approval times are shown */
    static void open(Component in, Indicator indicator, String unitName, List<Correction> corrections, ZoneId zone) {
        var locale = UI.getCurrent().getLocale();
        var dialog = new Dialog();
        dialog.setId("corrections-dialog");
        dialog.setHeaderTitle(in.getTranslation("corrections.title", unitName, indicator.shortName(locale)));
        if (corrections.isEmpty()) {
            dialog.add(new Paragraph(in.getTranslation("corrections.none")));
        } else {
            var grid = new Grid<Correction>();
            grid.setId("corrections-grid");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.addColumn(c ->
                            in.getTranslation(PeriodNames.key(c.month()), PeriodNames.parameters(c.year(), c.month())))
                    .setHeader(in.getTranslation("corrections.period"))
                    .setAutoWidth(true);
            grid.addColumn(Correction::district)
                    // a correction may be of any unit below the one shown, the city's own included
                    .setHeader(in.getTranslation("corrections.unit"))
                    .setAutoWidth(true);
            grid.addColumn(c -> in.getTranslation(
                            "corrections.change", value(in, c.before(), indicator), value(in, c.after(), indicator)))
                    .setHeader(in.getTranslation("corrections.values"))
                    .setAutoWidth(true);
            grid.addColumn(c -> c.reason() == null ? "" : c.reason())
                    .setHeader(in.getTranslation("history.reason"))
                    .setFlexGrow(1);
            grid.addColumn(c -> c.enteredBy() == null ? in.getTranslation("history.notRecorded") : c.enteredBy())
                    .setHeader(in.getTranslation("history.enteredBy"))
                    .setAutoWidth(true);
            grid.addColumn(c -> in.getTranslation(
                            "corrections.approved",
                            c.approvedBy() == null ? "" : c.approvedBy(),
                            c.approvedAt().atZoneSameInstant(zone).format(TIME)))
                    .setHeader(in.getTranslation("corrections.approvedHeader"))
                    .setAutoWidth(true);
            grid.setItems(corrections);
            grid.setWidth("min(52rem, 90vw)");
            dialog.add(grid);
        }
        dialog.getFooter().add(new Button(in.getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private static String value(Component in, Correction.Value value, Indicator indicator) {
        var locale = UI.getCurrent().getLocale();
        if (value.notApplicable()) {
            return in.getTranslation("figure.notApplicable");
        }
        if (value.number() == null) {
            return "—";
        }
        // every digit, as the table beside it: in 万 a correction of 19,000 to 19,004 read 「1.9万人 → 1.9万人」
        var text = Numbers.plain(value.number(), indicator.scale(), locale);
        return indicator.unitAfter(text, value.number(), locale);
    }
}
