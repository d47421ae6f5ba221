package org.minsheng.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import org.minsheng.base.ui.Attempt;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetRow;

/**
 * Asks before a target is removed, naming it: the button removed it at once, one row's click away from
 * its 编辑. Where the unit's figures of the year are published, the removal is a revision and the dialog
 * asks its reason, as {@link TargetDialog} does for a change.
 */
class TargetRemoveDialog extends Dialog {

    final TextArea reason = new TextArea(getTranslation("catalogue.target.reason"));
    final Button remove = new Button(getTranslation("catalogue.target.remove"));

    TargetRemoveDialog(TargetAdminService service, TargetRow target, int year, Runnable onRemoved) {
        setId("target-remove-dialog");
        setHeaderTitle(getTranslation("catalogue.target.remove.title"));
        setMaxWidth("min(36rem, 96vw)");
        add(new Paragraph(getTranslation(
                "catalogue.target.remove.confirm",
                target.divisionName(),
                target.indicator(getLocale()),
                target.valueWithUnit(getLocale()))));
        boolean required = service.revisionRequiredToChange(target.id());
        reason.setId("target-remove-reason");
        reason.setWidthFull();
        // a long reason scrolls inside the field; grown to its full length it pushed the buttons off screen
        reason.setMaxHeight("12em");
        reason.setVisible(required);
        reason.setRequiredIndicatorVisible(required);
        if (required) {
            reason.setHelperText(getTranslation("catalogue.target.reason.help", year));
        }
        add(reason);
        remove.setId("target-remove-confirm");
        remove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var fields = new LinkedHashMap<String, TextArea>();
        fields.put("catalogue.target.error.reasonRequired", reason);
        fields.put("input.error.", reason);
        remove.addClickListener(e -> Attempt.saveAndClose(
                this,
                fields,
                () -> service.remove(target.id(), target.version(), reason.getValue()),
                () -> getTranslation("catalogue.target.removed"),
                onRemoved));
        getFooter().add(new Button(getTranslation("catalogue.cancel"), e -> close()), remove);
    }
}
