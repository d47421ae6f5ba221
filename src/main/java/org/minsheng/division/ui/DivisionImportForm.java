package org.minsheng.division.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;
import org.minsheng.base.ui.BoundedUpload;
import org.minsheng.base.ui.UploadTexts;
import org.minsheng.division.DivisionException;
import org.minsheng.division.DivisionImportLimits;
import org.minsheng.division.DivisionImportResult;
import org.minsheng.division.DivisionImportResult.LevelCount;
import org.minsheng.division.DivisionImportService;
import org.minsheng.division.SourceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload of the list's CSV files (or a zip) and the import of one subtree. Uploads go to temporary
 * files, since villages.csv of the whole country is 37 MB, and are deleted after the import.
 */
class DivisionImportForm extends Div {

    private static final Logger log = LoggerFactory.getLogger(DivisionImportForm.class);

    private final DivisionImportService imports;
    private final Runnable afterImport;
    private final List<SourceFile> uploaded = new CopyOnWriteArrayList<>();
    private final TextField prefix = new TextField();
    private final Upload upload = new Upload();
    private final Paragraph files = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Paragraph kept = new Paragraph();
    private final Grid<LevelCount> counts = new Grid<>();
    private UI ui;

    DivisionImportForm(DivisionImportService imports, Runnable afterImport) {
        this.imports = imports;
        this.afterImport = afterImport;
        addClassName("card");
        prefix.setId("division-prefix");
        prefix.setLabel(getTranslation("divisions.import.prefix"));
        prefix.setPlaceholder("35 / 3506");
        upload.setId("division-upload");
        upload.setMaxFiles(6);
        upload.setAcceptedFileTypes(".csv", ".zip");
        upload.setI18n(UploadTexts.of(this, "divisions.upload.tooMany", "divisions.upload.wrongType"));
        var tooLarge = getTranslation("divisions.upload.tooLarge", DivisionImportLimits.MAX_FILE_BYTES / 1024 / 1024);
        upload.setMaxFileSize((int) DivisionImportLimits.MAX_FILE_BYTES);
        // the browser checks the size too, but only the server's check holds against a request sent by hand
        upload.setUploadHandler(BoundedUpload.toTempFile(
                DivisionImportLimits.MAX_FILE_BYTES, tooLarge, (name, file) -> received(new SourceFile(name, file))));
        upload.addFileRemovedListener(e -> {
            uploaded.stream().filter(f -> f.name().equals(e.getFileName())).forEach(this::delete);
            uploaded.removeIf(f -> f.name().equals(e.getFileName()));
            showFiles();
        });
        var start = new Button(getTranslation("divisions.import.start"), e -> runImport());
        start.setId("division-import");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(prefix, start);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        message.setId("division-import-message");
        kept.setId("division-import-kept");
        counts.setId("division-import-counts");
        counts.addThemeVariants(GridVariant.LUMO_COMPACT);
        counts.setAllRowsVisible(true);
        counts.setVisible(false);
        counts.addColumn(c ->
                        getTranslation("divisions.level." + c.level().name().toLowerCase()))
                .setHeader(getTranslation("divisions.import.result.level"));
        count("listed", LevelCount::listed);
        count("inserted", LevelCount::inserted);
        count("updated", LevelCount::updated);
        count("unchanged", LevelCount::unchanged);
        count("kept", LevelCount::kept);
        add(
                new H3(getTranslation("divisions.import.heading")),
                new Paragraph(getTranslation("divisions.import.help")),
                upload,
                files,
                row,
                message,
                counts,
                kept);
    }

    private void count(String key, ToIntFunction<LevelCount> value) {
        counts.addColumn(c -> value.applyAsInt(c))
                .setKey(key)
                .setHeader(getTranslation("divisions.import.result." + key))
                .setTextAlign(ColumnTextAlign.END);
    }

    /** A finished upload; the upload handler may call this outside the UI's lock. */
    void received(SourceFile file) {
        uploaded.add(file);
        if (ui != null) {
            ui.access(this::showFiles);
        }
    }

    private void showFiles() {
        files.setText(
                uploaded.isEmpty()
                        ? ""
                        : getTranslation(
                                "divisions.import.files",
                                String.join(
                                        ", ",
                                        uploaded.stream().map(SourceFile::name).toList())));
    }

    private void runImport() {
        try {
            show(imports.importSubtree(prefix.getValue(), List.copyOf(uploaded)));
            uploaded.forEach(this::delete);
            uploaded.clear();
            upload.clearFileList();
            showFiles();
            afterImport.run();
        } catch (DivisionException e) {
            fail(getTranslation(e.messageKey(), e.parameters()));
        } catch (RuntimeException e) {
            // The user sees that nothing was written; the details are for the log, not the page.
            log.error("Division import failed", e);
            fail(getTranslation("divisions.import.unexpected"));
        }
    }

    private void show(DivisionImportResult result) {
        message.removeClassName("import-error");
        message.setText(
                result.changedNothing()
                        ? getTranslation("divisions.import.nothingChanged")
                        : getTranslation("divisions.import.done", result.inserted(), result.updated()));
        counts.setItems(result.levels());
        counts.setVisible(true);
        kept.setText(
                result.kept().isEmpty()
                        ? ""
                        : getTranslation("divisions.import.kept", String.join(", ", result.kept())));
    }

    private void fail(String reason) {
        message.setText(getTranslation("divisions.import.failed", reason));
        message.addClassName("import-error");
        counts.setVisible(false);
        kept.setText("");
    }

    private void delete(SourceFile file) {
        try {
            Files.deleteIfExists(file.path());
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", file.path(), e);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        uploaded.forEach(this::delete);
        uploaded.clear();
        ui = null;
    }
}
