package org.minsheng.figure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.minsheng.division.Division;
import org.minsheng.figure.CellState;

/**
 * The sheet's submit buttons, one per unit and one for all, enabled only while a unit has a draft or a
 * returned cell: after a submit the button stayed enabled, and pressing it again only brought the
 * service's 「没有需要提交的数据」 (a tester's tour). A visible line under the buttons says why one is
 * disabled, since a disabled button is skipped by Tab and shows no tooltip: figures awaiting review,
 * or nothing to submit at all.
 */
class SubmitActions extends Div {

    private static final Set<CellState> SUBMITTABLE = Set.of(CellState.DRAFT, CellState.RETURNED);

    private final Map<Division, Button> buttons = new LinkedHashMap<>();
    private final Button all;
    private final Paragraph hint = new Paragraph();

    SubmitActions(List<Division> divisions, IntConsumer submit, Runnable submitAll) {
        var row = new Div();
        row.addClassName("entry-actions");
        hint.setId("entry-submit-hint");
        hint.addClassNames("page-meta", "entry-submit-hint");
        // focused after a submit, where the pressed button was, so the keyboard keeps its place on the page
        hint.getElement().setAttribute("tabindex", "-1");
        for (var division : divisions) {
            var button = new Button(getTranslation("entry.submit", division.name()), e -> submit.accept(division.id()));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setId("submit-" + division.code());
            button.getElement().setAttribute("aria-describedby", hint.getId().orElseThrow());
            buttons.put(division, button);
            row.add(button);
        }
        if (divisions.size() > 1) {
            all = new Button(getTranslation("entry.submitAll"), e -> submitAll.run());
            all.setId("submit-all");
            all.getElement().setAttribute("aria-describedby", hint.getId().orElseThrow());
            row.add(all);
        } else {
            all = null;
        }
        add(row, hint);
    }

    /**
     * Enables the buttons of the units with something to submit among the sheet's cells, and says why the
     * others are not. A value waiting in its field (a correction without its reason) counts: pressing
     * submit then names the cell to finish, where a disabled button would say nothing of it.
     */
    void refresh(List<CellEditor> editors) {
        var waiting = editors.stream()
                .filter(e -> SUBMITTABLE.contains(e.cell().state()) || e.isPending())
                .map(e -> e.cell().key().divisionId())
                .collect(Collectors.toSet());
        buttons.forEach((division, button) -> button.setEnabled(waiting.contains(division.id())));
        if (all != null) {
            all.setEnabled(!waiting.isEmpty());
        }
        var submitted = editors.stream()
                .filter(e -> e.cell().state() == CellState.SUBMITTED)
                .collect(Collectors.groupingBy(e -> e.cell().key().divisionId(), Collectors.counting()));
        var idle =
                buttons.keySet().stream().filter(d -> !waiting.contains(d.id())).toList();
        // a unit whose figures await review says so: 「没有需要提交的数据」 beside read-only submitted cells
        // read as if the submit had been lost (a stranger's tour)
        var lines = new ArrayList<String>();
        idle.stream()
                .filter(d -> submitted.containsKey(d.id()))
                .map(d -> getTranslation("entry.submit.awaitingReview", d.name(), submitted.get(d.id())))
                .forEach(lines::add);
        var nothing = idle.stream()
                .filter(d -> !submitted.containsKey(d.id()))
                .map(Division::name)
                .collect(Collectors.joining(getTranslation("list.separator")));
        if (!nothing.isEmpty()) {
            lines.add(getTranslation("entry.submit.nothing", nothing));
        }
        hint.setText(String.join(getTranslation("entry.messages.separator"), lines));
        hint.setVisible(!lines.isEmpty());
    }

    /** Where the keyboard goes once the pressed button has done its work and may now be disabled. */
    void focusHint() {
        if (hint.isVisible()) {
            hint.getElement().callJsFunction("focus");
        }
    }
}
