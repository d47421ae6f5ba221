package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.minsheng.figure.EntrySheet;
import org.minsheng.figure.Finding;

/** Why a submission was refused, cell by cell, so the statistician knows exactly what to fix. */
final class SubmitProblemsDialog {

    private SubmitProblemsDialog() {}

    static void show(Component in, EntrySheet sheet, List<Finding> problems) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(in.getTranslation("entry.problems.title", problems.size()));
        var list = new UnorderedList();
        list.setId("submit-problems");
        for (var problem : problems) {
            var indicator = sheet.indicators().stream()
                    .filter(i -> i.id() == problem.cell().indicatorId())
                    .findFirst()
                    .map(i -> i.shortName(UI.getCurrent().getLocale()))
                    .orElse("");
            var division = sheet.divisions().stream()
                    .filter(d -> d.id() == problem.cell().divisionId())
                    .findFirst()
                    .map(d -> d.name())
                    .orElse("");
            list.add(new ListItem(
                    in.getTranslation("entry.problems.item", division, indicator, Findings.text(in, problem))));
        }
        dialog.add(new Paragraph(in.getTranslation("entry.problems.intro")), list);
        var close = new Button(in.getTranslation("action.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }
}
