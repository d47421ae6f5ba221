package org.minsheng.publication.ui;

import com.vaadin.flow.component.html.Paragraph;

/** A short note of the year in review's page, in the dashboard's page-note type: what its totals leave out, the demo's note. */
final class PageNote {

    private PageNote() {}

    static Paragraph of(String text, String id) {
        var note = new Paragraph(text);
        note.addClassName("page-note");
        note.setId(id);
        return note;
    }
}
