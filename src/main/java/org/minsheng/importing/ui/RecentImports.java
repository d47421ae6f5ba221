package org.minsheng.importing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.minsheng.importing.ImportService;

/**
 * The user's committed imports, read from the database rather than kept by the page: they show on any
 * node and after a reload. The import page refreshes it after each commit.
 */
class RecentImports extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ImportService imports;
    private final ZoneId zone;
    private final Div lines = new Div();

    RecentImports(ImportService imports, ZoneId zone) {
        this.imports = imports;
        this.zone = zone;
        setId("import-recent");
        addClassName("import-recent");
        var note = new Paragraph(getTranslation("import.recent.note"));
        note.addClassName("page-meta");
        add(new H3(getTranslation("import.recent.heading")), note, lines);
        refresh();
    }

    void refresh() {
        lines.removeAll();
        var records = imports.recentImports();
        if (records.isEmpty()) {
            lines.add(new Paragraph(getTranslation("import.recent.none")));
        }
        for (var record : records) {
            var line = new Paragraph(getTranslation(
                    "import.recent.line",
                    record.importedAt().atZone(zone).format(TIME),
                    record.fileName(),
                    record.period() == null
                            ? getTranslation("import.recent.periods")
                            : getTranslation(
                                    record.period().nameKey(), record.period().nameParameters()),
                    record.rows(),
                    record.newRows(),
                    record.changedRows(),
                    record.unchangedRows()));
            line.addClassName("import-recent-line");
            lines.add(line);
        }
    }
}
