package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.minsheng.base.RefusedException;
import org.minsheng.base.ui.Notifications;
import org.minsheng.figure.SubmissionService;
import org.minsheng.period.Period;

/**
 * The entry sheet's 「全部提交」: every district of the sheet at once, first what is ready and what is blocked
 * and why, then one click.
 */
final class SubmitAllDialog {

    private SubmitAllDialog() {}

    /** Opens the summary of {@code period}'s districts; {@code submitted} runs after a submit that went through. */
    static void open(Component in, SubmissionService submissions, Period period, Runnable submitted) {
        var periodId = period.id();
        var readiness = submissions.readiness(periodId);
        var list = new UnorderedList();
        list.setId("submit-all-summary");
        int ready = 0;
        for (var district : readiness) {
            var name = district.division().name();
            String line;
            if (district.ready()) {
                ready++;
                line = in.getTranslation("entry.submitAll.ready", name, district.toSubmit());
            } else if (!district.blocking().isEmpty()) {
                line = in.getTranslation(
                        "entry.submitAll.blocked",
                        name,
                        district.blocking().size(),
                        Findings.text(in, district.blocking()));
            } else {
                line = in.getTranslation("entry.submitAll.nothing", name);
            }
            list.add(new ListItem(line));
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(in.getTranslation("entry.submitAll.title", PeriodLabels.name(in, period)));
        dialog.setText(list);
        dialog.setCancelable(true);
        dialog.setCancelText(in.getTranslation("action.cancel"));
        if (ready == 0) {
            dialog.setConfirmText(in.getTranslation("action.close"));
        } else {
            dialog.setConfirmText(in.getTranslation("entry.submitAll.confirm", ready));
            dialog.addConfirmListener(e -> {
                try {
                    var result = submissions.submitReady(periodId);
                    Notifications.success(in.getTranslation("entry.submittedAll", result.districts(), result.cells()));
                    submitted.run();
                } catch (RefusedException refused) {
                    Notifications.refused(refused);
                }
            });
        }
        dialog.open();
    }
}
