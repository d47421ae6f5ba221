package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.figure.CellState;
import org.minsheng.figure.EntrySheet;

/** The notes above an entry sheet on what saving a change does to figures already further along. */
final class SheetNotes {

    private SheetNotes() {}

    static List<Paragraph> about(Component in, EntrySheet sheet) {
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
