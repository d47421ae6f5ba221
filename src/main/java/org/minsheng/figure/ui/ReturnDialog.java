package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.minsheng.base.Texts;
import org.minsheng.base.ui.FieldChecks;
import org.minsheng.base.ui.OneClick;
import org.minsheng.figure.Cell;

/** Asks the reviewer why a figure goes back; the statistician sees this reason next to the cell. */
final class ReturnDialog {

    private ReturnDialog() {}

    static void ask(Component in, Cell cell, Consumer<String> onReturn) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(in.getTranslation(
                "review.return.title",
                cell.division().name(),
                cell.indicator().shortName(UI.getCurrent().getLocale())));
        var reason = new TextArea(in.getTranslation("review.return.reason"));
        reason.setId("return-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        dialog.add(reason);
        var length =
                new FieldChecks().fitting(reason, Texts.LONG, in.getTranslation("input.error.tooLong", Texts.LONG));
        var confirm = OneClick.run(new Button(in.getTranslation("review.return")), () -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(in.getTranslation("review.error.reasonRequired"));
                return;
            }
            if (!length.ok()) {
                return;
            }
            dialog.close();
            onReturn.accept(reason.getValue());
        });
        confirm.setId("confirm-return");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(in.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }
}
