package org.minsheng.importing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.minsheng.base.RefusedException;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.ui.BoundedUpload;
import org.minsheng.base.ui.Failures;
import org.minsheng.base.ui.Notifications;
import org.minsheng.base.ui.UploadTexts;
import org.minsheng.division.Division;
import org.minsheng.importing.ImportLimits;
import org.minsheng.importing.ImportPreview;
import org.minsheng.importing.ImportProblem;
import org.minsheng.importing.ImportService;
import org.minsheng.period.Period;
import org.minsheng.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Import for statisticians: download the template of an open period (or bring the office's own long
 * list), upload the filled XLSX or CSV, read the dry run (how many cells have problems, and every
 * problem by row, district, indicator, period and column), then commit or cancel.
 * The file stays in this view's memory between preview and commit; nothing is stored before.
 * The commit runs in the background with a progress bar, so a file at the row limit does not
 * freeze the page; the page polls for the result while it runs.
 */
@Route("import")
@Menu(title = "nav.import", order = 3, icon = "vaadin:upload")
@RolesAllowed(Role.Names.STATISTICIAN)
class ImportView extends Div implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    private static final int POLL_MILLIS = 500;

    private final ImportService imports;
    private final Select<Period> period = new Select<>();
    private final Anchor template = new Anchor();
    private final Upload upload = new Upload();
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Button commit = new Button();
    private final Button cancel = new Button();
    private final Div working = new Div();
    private final Paragraph workingText = new Paragraph();
    private final TaskExecutor executor;
    private final RecentImports recent;

    private UI ui;
    private String fileName;
    private byte[] bytes;
    /** The dry run the grid lists, which tells an explained warning from one still asking for its explanation. */
    private ImportPreview listed;

    ImportView(ImportService imports, TaskExecutor executor, Clock clock) {
        this.imports = imports;
        this.executor = executor;
        this.recent = new RecentImports(imports, clock.getZone());
        addClassName("page");
        var locale = getLocale();
        period.setId("import-period");
        period.setLabel(getTranslation("entry.period"));
        period.setItemLabelGenerator(p -> getTranslation(p.nameKey(), p.nameParameters()));
        period.addValueChangeListener(e -> templateFor(e.getValue(), locale));
        template.setId("import-template");
        template.setText(getTranslation("import.template.download"));

        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this, "import.upload.tooMany", "import.upload.wrongType"));
        upload.setMaxFileSize(ImportLimits.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        var tooLarge = getTranslation("import.error.tooLarge", ImportLimits.MAX_BYTES / 1024 / 1024);
        // the browser checks the size too, but only the server's check holds against a request sent by hand
        upload.setUploadHandler(BoundedUpload.inMemory(ImportLimits.MAX_BYTES, tooLarge, this::received));
        // the browser's reason, which is one of this page's own texts: it said 「too large」 for a .txt file
        // too; anything else a request sent by hand claims is not repeated
        var reasons = Map.of(
                getTranslation("import.upload.tooMany"), getTranslation("import.upload.tooMany"),
                getTranslation("import.upload.wrongType"), getTranslation("import.upload.wrongType"),
                getTranslation("upload.tooBig"), tooLarge);
        upload.addFileRejectedListener(e -> {
            var reason = e.getErrorMessage() == null ? null : reasons.get(e.getErrorMessage());
            if (reason != null) {
                Notifications.error(reason);
            }
        });

        summary.setId("import-summary");
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(ImportProblem::sheet)
                .setHeader(getTranslation("import.grid.sheet"))
                .setAutoWidth(true);
        problems.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row()))
                .setHeader(getTranslation("import.grid.row"))
                .setAutoWidth(true);
        problems.addColumn(p -> place(p.place().division(), Division::name))
                .setHeader(getTranslation("import.col.division"))
                .setAutoWidth(true);
        problems.addColumn(p -> place(p.place().indicator(), i -> i.shortName(locale)))
                .setHeader(getTranslation("import.col.indicator"))
                .setAutoWidth(true);
        problems.addColumn(p -> place(p.place().period(), t -> getTranslation(t.nameKey(), t.nameParameters())))
                .setHeader(getTranslation("import.col.period"))
                .setAutoWidth(true);
        problems.addColumn(this::column)
                .setHeader(getTranslation("import.grid.column"))
                .setAutoWidth(true);
        problems.addColumn(p -> getTranslation(severity(p)))
                .setHeader(getTranslation("import.grid.severity"))
                .setAutoWidth(true);
        // a finding's numbers as the entry sheet writes them (1.0 of a one-decimal figure, not 1)
        problems.addColumn(p -> getTranslation(p.messageKey(), Numbers.asWritten(p.parameters(), locale)))
                .setHeader(getTranslation("import.grid.message"))
                .setFlexGrow(3);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);

        commit.setId("import-commit");
        commit.setText(getTranslation("import.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> commit());
        cancel.setId("import-cancel");
        cancel.setText(getTranslation("import.cancel"));
        cancel.addClickListener(e -> clear(getTranslation("import.cancelled")));
        var actions = new HorizontalLayout(commit, cancel);
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        working.setId("import-working");
        working.addClassName("import-working");
        working.add(workingText, bar);
        working.setVisible(false);

        var intro = new Paragraph(
                getTranslation("import.intro", ImportLimits.MAX_BYTES / 1024 / 1024, ImportLimits.MAX_ROWS));
        intro.addClassName("page-meta");
        var longList = new Paragraph(getTranslation("import.longList"));
        longList.setId("import-long-list");
        longList.addClassName("page-meta");
        // where a year total goes, said once here as on the entry page
        var yearTotals = new Paragraph(getTranslation("import.yearTotals"));
        yearTotals.setId("import-year-totals");
        yearTotals.addClassName("page-meta");
        // the template link sits on the picker's baseline, not beside its label
        var periodRow = new HorizontalLayout(period, template);
        periodRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("import.heading")),
                intro,
                longList,
                yearTotals,
                periodRow,
                upload,
                summary,
                problems,
                actions,
                working,
                recent);
        var periods = imports.periods();
        period.setItems(periods);
        Period.firstDue(periods).ifPresent(period::setValue);
        if (periods.isEmpty()) {
            // said, as the entry sheet says it: an empty picker and a greyed template link read as broken
            var none = new Paragraph(getTranslation("import.noneOpen"));
            none.setId("import-none-open");
            addComponentAtIndex(indexOf(periodRow), none);
            periodRow.setVisible(false);
            upload.setEnabled(false);
            // hidden too: disabled, the browser's box still took a file chosen or dropped, and answered
            // only with Vaadin's 「上传被拒绝」 (a tester's tour)
            upload.setVisible(false);
        }
        showPreview(null);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
    }

    private void templateFor(Period chosen, Locale locale) {
        template.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        template.setHref(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        var data = imports.template(chosen.id(), locale);
                        return new DownloadResponse(
                                new ByteArrayInputStream(data),
                                imports.templateFileName(chosen.id(), locale),
                                XLSX,
                                data.length);
                    } catch (RefusedException refused) {
                        return DownloadResponse.error(403, refused.messageKey());
                    }
                }),
                AttachmentType.DOWNLOAD);
    }

    /**
     * The upload handler may call this outside the UI's lock: the dry run runs here, on the upload's
     * request, and the UI is updated in access. Upload shows the transfer's progress; the dry run of
     * a file within the limits takes well under a second.
     */
    void received(String name, byte[] data) {
        var target = ui;
        ImportPreview preview = imports.preview(name, data);
        if (target != null) {
            target.access(() -> {
                fileName = name;
                bytes = data;
                showPreview(preview);
            });
        }
    }

    private void showPreview(ImportPreview preview) {
        boolean shown = preview != null;
        listed = preview;
        summary.setVisible(shown);
        problems.setVisible(shown && !preview.problems().isEmpty());
        commit.setEnabled(shown && preview.committable());
        cancel.setEnabled(shown);
        if (!shown) {
            return;
        }
        summary.setText(
                preview.fileProblem()
                        ? getTranslation("import.summary.file", preview.fileName())
                        : getTranslation(
                                "import.summary",
                                preview.fileName(),
                                preview.rows(),
                                preview.newRows(),
                                preview.changedRows(),
                                preview.unchangedRows(),
                                preview.emptyRows(),
                                preview.cellsWithErrors()));
        if (!preview.fileProblem() && preview.cellsExplained() > 0) {
            // an explained warning blocks nothing, as on the form: told apart from the rows to fix
            summary.setText(summary.getText() + getTranslation("import.summary.explained", preview.cellsExplained()));
        }
        if (!preview.fileProblem() && preview.errors() == 0 && !preview.committable()) {
            // every row as saved or empty: the button was disabled without a word why (a tester's tour)
            summary.setText(summary.getText() + getTranslation("import.summary.nothing"));
        }
        problems.setItems(preview.problems());
    }

    private String severity(ImportProblem problem) {
        if (problem.error()) {
            return "import.severity.error";
        }
        return listed != null && listed.explained(problem) ? "import.severity.explained" : "import.severity.warning";
    }

    /** The column to fix; a long list without that column (an explanation) has only its name. */
    private String column(ImportProblem problem) {
        if (problem.columnKey() == null) {
            return "";
        }
        var name = getTranslation(problem.columnKey());
        return problem.column().isEmpty() ? name : problem.column() + " · " + name;
    }

    /** A part of the row's place, blank where the row did not name it recognisably. */
    private static <T> String place(T part, Function<T, String> name) {
        return part == null ? "" : name.apply(part);
    }

    /**
     * Writes the previewed file on a background thread, signed in as the user who clicked. The
     * buttons stay disabled until the result arrives, so the file cannot be committed twice.
     */
    private void commit() {
        if (bytes == null || ui == null) {
            return;
        }
        var name = fileName;
        var data = bytes;
        var target = ui;
        showWorking(true);
        target.setPollInterval(POLL_MILLIS);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                imports.commit(name, data);
                target.access(() -> {
                    showWorking(false);
                    clear(getTranslation("import.committed", name));
                    recent.refresh();
                });
            } catch (RefusedException refused) {
                // the commit checks again, and what it refused may have changed since the dry run shown (a
                // period closed meanwhile): the page shows the checks as they are now, not the old 0 errors
                var now = checkedAgain(name, data);
                target.access(() -> {
                    showWorking(false);
                    if (now == null || now.committable()) {
                        Notifications.refused(refused);
                        return;
                    }
                    showPreview(now);
                    Notifications.error(getTranslation("import.error.changedSincePreview"));
                });
            } catch (RuntimeException failed) {
                log.error("Import commit of {} failed", name, failed);
                target.access(() -> {
                    showWorking(false);
                    Notifications.error(getTranslation(Failures.messageKey(failed)));
                });
            }
        }));
    }

    /** The dry run again after a refused commit, or null if it fails too (the refusal is said as it is). */
    private ImportPreview checkedAgain(String name, byte[] data) {
        try {
            return imports.preview(name, data);
        } catch (RuntimeException failed) {
            log.warn("The dry run of {} after its refused commit failed too", name, failed);
            return null;
        }
    }

    private void showWorking(boolean busy) {
        working.setVisible(busy);
        if (busy) {
            workingText.setText(getTranslation("import.working", fileName));
        } else {
            ui.setPollInterval(-1);
        }
        commit.setEnabled(!busy && bytes != null);
        cancel.setEnabled(!busy && bytes != null);
        upload.setEnabled(!busy);
    }

    private void clear(String message) {
        fileName = null;
        bytes = null;
        upload.clearFileList();
        showPreview(null);
        Notifications.success(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.heading");
    }
}
