package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.minsheng.figure.CellState;
import org.minsheng.figure.EntrySheet;
import org.minsheng.period.Period;

/**
 * The notes above an entry sheet: where a year total goes, and what saving a change does to figures
 * already further along.
 */
final class SheetNotes {

    private SheetNotes() {}

    /**
     * The notes in one block, which the stylesheet spaces evenly (two of them ran together as one
     * paragraph, a tester's tour); empty when the sheet has none.
     *
     * @param yearTotalsHint where the period's year totals go, in the words the period selector allows
     */
    static Optional<Div> block(Component in, EntrySheet sheet, Function<Period, String> yearTotalsHint) {
        var notes = new Div();
        notes.addClassName("entry-notes");
        // where a year total goes, said on every sheet with a cumulative monthly indicator: offices holding
        // only year totals put them in December; a sheet without one (the city's own indicators) is not told
        if (sheet.indicators().stream().anyMatch(i -> i.monthly() && i.cumulative())) {
            var yearTotals = new Paragraph(yearTotalsHint.apply(sheet.period()));
            yearTotals.addClassName("page-meta");
            yearTotals.setId("year-totals-hint");
            notes.add(yearTotals);
        }
        about(in, sheet).forEach(notes::add);
        return notes.getComponentCount() > 0 ? Optional.of(notes) : Optional.empty();
    }

    private static List<Paragraph> about(Component in, EntrySheet sheet) {
        var notes = new ArrayList<Paragraph>();
        if (sheet.period().isPublished() || !sheet.published().isEmpty()) {
            var note = new Paragraph(in.getTranslation(
                    sheet.period().isPublished() ? "entry.correctionNote" : "entry.unitCorrectionNote"));
            note.addClassName("entry-correction-note");
            notes.add(note);
        }
        // an approved figure not yet published changes without a reason, back to draft: the approval it
        // loses was not said anywhere before the cell turned 草稿 (a tester's tour)
        if (sheet.cells().stream().anyMatch(c -> c.state() == CellState.APPROVED && !sheet.correcting(c.division()))) {
            var note = new Paragraph(in.getTranslation("entry.approvedNote"));
            note.setId("entry-approved-note");
            note.addClassName("page-meta");
            notes.add(note);
        }
        return notes;
    }
}
