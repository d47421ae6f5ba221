package org.minsheng.period.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.ComponentTexts;
import org.minsheng.base.ui.FieldChecks;
import org.minsheng.period.CalendarPeriod;
import org.minsheng.period.CalendarService;

/** Moves a period's due date; the submission tracker counts lateness from it. */
class DueDateDialog extends Dialog {

    final DatePicker dueOn = new DatePicker(getTranslation("period.dueOn"));
    final Button save = new Button(getTranslation("catalogue.save"));

    DueDateDialog(CalendarService service, CalendarPeriod period, String label, Runnable onSaved) {
        setId("due-date-dialog");
        setHeaderTitle(getTranslation("catalogue.calendar.dueOnDialog", label));
        dueOn.setI18n(ComponentTexts.calendar(this));
        dueOn.setValue(period.dueOn());
        add(dueOn);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("due-date-save");
        save.addClickShortcut(Key.ENTER).listenOn(dueOn);
        var checks = new FieldChecks().required(dueOn, getTranslation("catalogue.calendar.error.dueOn"));
        save.addClickListener(e -> {
            if (!checks.ok()) {
                return;
            }
            Attempt.saveAndClose(
                    this,
                    Map.of(
                            "catalogue.calendar.error.dueOn",
                            dueOn,
                            "catalogue.calendar.error.dueBeforeEnd",
                            dueOn,
                            "catalogue.calendar.error.dueTooLate",
                            dueOn),
                    () -> service.changeDueOn(period.id(), period.version(), dueOn.getValue()),
                    () -> getTranslation("catalogue.saved"),
                    onSaved);
        });
        getFooter().add(new Button(getTranslation("catalogue.cancel"), e -> close()), save);
        dueOn.focus();
    }
}
