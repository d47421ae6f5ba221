package org.minsheng.division.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.minsheng.base.ui.ComponentTexts;
import org.minsheng.base.ui.FieldChecks;
import org.minsheng.division.DivisionException;
import org.minsheng.division.DivisionHistoryService;
import org.minsheng.division.DivisionNode;
import org.minsheng.division.Succession;

/**
 * Records that a unit was renamed or re-coded (龙海市 350681 → 龙海区 350604 on 2021-01-01). The
 * service checks the change against the history; a refusal is shown here and nothing is written.
 */
class SuccessionDialog extends Dialog {

    private final TextField newCode = new TextField();
    private final TextField newName = new TextField();
    private final DatePicker on = new DatePicker();
    private final TextArea reason = new TextArea();
    private final Paragraph error = new Paragraph();

    SuccessionDialog(DivisionNode old, DivisionHistoryService history, Runnable afterSave) {
        setHeaderTitle(getTranslation("divisions.history.title", old.name(), old.code()));
        newCode.setId("succession-code");
        newCode.setLabel(getTranslation("divisions.history.newCode"));
        // no allowed-character pattern: the browser dropped full-width digits (３５０６３０) without a word,
        // which the service reads as the code they are; anything else it refuses with a message
        newCode.setMaxLength(old.code().length());
        newName.setId("succession-name");
        newName.setLabel(getTranslation("divisions.history.newName"));
        on.setId("succession-date");
        on.setLabel(getTranslation("divisions.history.on"));
        // said before it is picked: a date within a year is refused (divisions.history.notYearStart)
        on.setHelperText(getTranslation("divisions.history.onHelp"));
        on.setLocale(getLocale());
        on.setI18n(ComponentTexts.calendar(this));
        reason.setId("succession-reason");
        reason.setLabel(getTranslation("divisions.history.reason"));
        error.setId("succession-error");
        error.addClassName("import-error");
        // The name is not required here: it is needed only when the new code is not yet known, which
        // the service decides (divisions.history.nameNeeded).
        var required = getTranslation("divisions.history.required");
        var checks = new FieldChecks()
                .required(newCode, required)
                .required(on, required)
                .required(reason, required);
        var form = new FormLayout(newCode, newName, on, reason);
        form.setColspan(reason, 2);
        add(new Paragraph(getTranslation("divisions.history.help")), form, error);
        var save = new Button(getTranslation("divisions.history.save"), e -> {
            if (!checks.ok()) {
                return;
            }
            try {
                history.recordSuccession(new Succession(
                        old.code(), newCode.getValue(), newName.getValue(), on.getValue(), reason.getValue()));
                close();
                afterSave.run();
            } catch (DivisionException ex) {
                error.setText(getTranslation(ex.messageKey(), ex.parameters()));
            }
        });
        save.setId("succession-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("divisions.history.cancel"), e -> close()), save);
    }
}
