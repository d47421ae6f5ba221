package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.minsheng.figure.Cell;
import org.minsheng.figure.Revision;

/** Every approved value of a cell, oldest first: a correction never hides what was published before. */
final class HistoryDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryDialog() {}

    /** @param zone the commission's time zone, in which the approval times are shown */
    static void open(Component in, Cell cell, List<Revision> revisions, ZoneId zone) {
        var locale = UI.getCurrent().getLocale();
        var dialog = new Dialog();
        dialog.setHeaderTitle(in.getTranslation(
                "history.title", cell.division().name(), cell.indicator().shortName(locale)));
        var grid = new Grid<Revision>();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> in.getTranslation("history.revision", r.revision()))
                .setHeader(in.getTranslation("history.revisionHeader"))
                .setWidth("4.5em")
                .setFlexGrow(0);
        // as the review queue writes a value: 「4,200人」, not 「4,200 人」 in Chinese, 「1 school」 for one
        grid.addColumn(r -> FigureText.withUnit(in, cell, r.value(), r.notApplicable()))
                .setHeader(in.getTranslation("history.value"))
                .setWidth("3em")
                .setFlexGrow(1);
        // who entered and who approved each value: the audit trail had it, the history did not (a stranger's trial)
        grid.addColumn(r -> r.enteredBy() == null ? in.getTranslation("history.notRecorded") : r.enteredBy())
                .setHeader(in.getTranslation("history.enteredBy"))
                .setWidth("3em")
                .setFlexGrow(1);
        grid.addColumn(r -> {
                    var at = r.approvedAt().atZoneSameInstant(zone).format(TIME);
                    return r.approvedBy() == null ? at : in.getTranslation("corrections.approved", r.approvedBy(), at);
                })
                .setHeader(in.getTranslation("history.approvedAt"))
                .setWidth("3em")
                .setFlexGrow(2);
        grid.addColumn(r -> r.correction() ? in.getTranslation("history.correction", r.reason()) : "")
                .setHeader(in.getTranslation("history.reason"))
                .setWidth("3em")
                .setFlexGrow(2);
        grid.setItems(revisions);
        // within a phone's width, the columns sharing it from a narrow start (a column is 100px unless told) and
        // their texts wrapping: at 390 px a fixed 40rem, and then columns as wide as their texts, cut off the
        // approval and hid the reason off to the right
        dialog.setWidth("min(56rem, 96vw)");
        grid.setWidth("100%");
        dialog.add(grid);
        dialog.getFooter().add(new Button(in.getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
