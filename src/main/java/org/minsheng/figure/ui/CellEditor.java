package org.minsheng.figure.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.minsheng.figure.Cell;
import org.minsheng.figure.CellState;
import org.minsheng.figure.Finding;

/**
 * One cell of the entry sheet: the value field (saved as a draft when the user leaves it or presses
 * Enter), its state, last period's and last year's values, the messages, and the explanation or
 * correction reason when they are needed.
 */
class CellEditor extends Div {

    /** What the sheet does with an edit: save it through the service and give back the new cell. */
    interface Saver {
        void save(CellEditor editor, String text, String explanation, String correctionReason);
    }

    /** A published period's, or a published unit's year (V133): either way the reason field is what to fill. */
    private static final Set<String> CORRECTION_NEEDS_REASON =
            Set.of("figure.error.correctionNeedsReason", "figure.error.unitCorrectionNeedsReason");

    private final TextField value = new TextField();
    private final Span state = new Span();
    private final TextField explanation = new TextField();
    private final TextField correctionReason = new TextField();
    private final Div messages = new Div();
    private Cell cell;

    CellEditor(Cell cell, int row, int column, boolean correcting, Saver saver, Consumer<Cell> showHistory) {
        addClassName("cell-editor");
        value.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        value.getElement().setAttribute("data-row", String.valueOf(row));
        value.getElement().setAttribute("data-col", String.valueOf(column));
        value.getElement().setAttribute("data-indicator", cell.indicator().code());
        value.getElement().setAttribute("data-division", cell.division().code());
        // the unit is said by the row's header and, for screen readers, here
        value.setAriaLabel(getTranslation(
                "entry.cellLabel",
                cell.indicator().shortName(getLocale()),
                cell.indicator().unit(getLocale()),
                cell.division().name()));
        value.addThemeName("small");
        value.addClassName("cell-value");
        // labels, not placeholders: a placeholder goes once the field is filled, and an old explanation then
        // sat under the empty reason field with nothing saying what it was (a stranger's tour, 390 px); the
        // English placeholder was cut at 1440 px besides
        explanation.setLabel(getTranslation("entry.explanation"));
        explanation.addThemeName("small");
        explanation.addClassName("cell-explanation");
        explanation.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        correctionReason.setLabel(getTranslation("entry.correctionReason"));
        correctionReason.addThemeName("small");
        correctionReason.addClassName("cell-correction");
        correctionReason.setVisible(correcting);
        messages.addClassName("cell-messages");
        state.addClassName("cell-state");

        BiConsumer<String, String> resave =
                (text, why) -> saver.save(this, text, explanation.getValue(), correctionReason.getValue());
        value.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                resave.accept(e.getValue(), null);
            }
        });
        explanation.addValueChangeListener(e -> {
            if (e.isFromClient() && this.cell.state() != CellState.EMPTY) {
                resave.accept(value.getValue(), null);
            }
        });
        // A correction may be typed value first: the value then waits in its field, marked, and the
        // reason arriving later saves both. Without this the typed value was silently dropped.
        correctionReason.addValueChangeListener(e -> {
            if (e.isFromClient() && isPending()) {
                resave.accept(value.getValue(), null);
            }
        });
        var reference = new Div();
        reference.addClassName("cell-reference");
        reference.setText(reference(cell));
        // The reason comes before the explanation: Tab from a corrected value reaches the field the
        // correction needs. After it, Tab went on to an existing explanation, selected its text, and the
        // reason typed next replaced the explanation while the value waited unsaved (a stranger's trial).
        add(value, state, reference, messages, correctionReason, explanation);
        if (cell.revision() > 0) {
            // last, after the fields, so Tab reaches it without coming between a corrected value and its
            // reason; a button, which Tab and Enter reach (the link beside 上期 had tabindex -1 and no address)
            var history = new NativeButton(getTranslation("history.open", cell.revision()));
            history.addClassName("cell-history");
            history.addClickListener(e -> showHistory.accept(this.cell));
            add(history);
        }
        show(cell);
    }

    Cell cell() {
        return cell;
    }

    TextField valueField() {
        return value;
    }

    /**
     * Shows the cell as its user's own save left it. A warning that now asks for an explanation takes the
     * focus there: the save runs as the user leaves the cell, and Tab had already gone on past the field it
     * revealed, to be found only when submitting was refused (a stranger's trial, keyboard only).
     */
    void saved(Cell cell) {
        var before = this.cell;
        boolean askedBefore = explanation.isVisible() && explanation.isRequiredIndicatorVisible();
        show(cell);
        if (!askedBefore && cell.hasWarnings() && explanation.isEmpty()) {
            // in the browser, which knows whether the user has begun typing elsewhere since (entry-keyboard.js)
            explanation.getElement().executeJs("window.minsheng.askExplanation(this)");
        } else if (cell.hasWarnings()
                && cell.explanation() != null
                && Objects.equals(before.explanation(), cell.explanation())
                && !text(before).equals(text(cell))) {
            // the explanation written for the value before travels on with a new value that warns too: the
            // reviewer read 0.4 beside the reason given for 2.5 (a stranger's trial, after a return)
            explanation.setHelperText(getTranslation("entry.explanation.writtenFor", text(before)));
        }
    }

    /** Shows the cell as stored now (after a save, or after someone else's change). */
    void show(Cell cell) {
        this.cell = cell;
        value.setValue(text(cell));
        // what the browser compares the field with: Enter on a changed value of a correction goes to
        // its reason, and leaving the page while a field differs from it asks first (entry-keyboard.js)
        value.getElement().setAttribute("data-saved", text(cell));
        explanation.getElement().setAttribute("data-saved", storedExplanation(cell));
        value.setInvalid(false);
        correctionReason.setInvalid(false);
        explanation.setInvalid(false);
        correctionReason.setHelperText(null);
        boolean locked = cell.state() == CellState.SUBMITTED
                || (cell.state() == CellState.PUBLISHED && !correctionReason.isVisible());
        value.setReadOnly(locked);
        // its explanation as well: it looked editable, and what was typed there was refused on leaving and
        // thrown away (该数据正在审核中) (a stranger's trial)
        explanation.setReadOnly(locked);
        // an approved figure not yet published may still change, without a reason, but saving takes its approval
        // back: said where the keyboard or the pointer reaches the cell, before anything is saved (a tester's tour)
        var withdraws = cell.state() == CellState.APPROVED && !correctionReason.isVisible()
                ? getTranslation("entry.approved.editWithdraws")
                : null;
        value.setTooltipText(withdraws);
        explanation.setTooltipText(withdraws);
        state.setText(getTranslation("cell.state." + cell.state().name().toLowerCase()));
        getElement().setAttribute("data-state", cell.state().name().toLowerCase());
        if (explanation.isEmpty() || cell.explanation() != null) {
            explanation.setValue(cell.explanation() == null ? "" : cell.explanation());
        }
        explanation.setVisible(cell.hasWarnings() || cell.explanation() != null);
        // A value corrected so that it warns no more kept its explanation with nothing saying it was no
        // longer needed (a stranger's trial). The text is the user's and stays, sent with the value, but the
        // field says it is optional now and how to drop it; clearing it saves and hides the field.
        boolean needed = cell.hasWarnings();
        explanation.setRequiredIndicatorVisible(needed);
        // only where the checks ran: a published cell is not checked again, and told its explanation was no
        // longer needed beside the −100% that had required it (a stranger's trial)
        explanation.setHelperText(
                !needed && cell.checked() && cell.explanation() != null
                        ? getTranslation("entry.explanation.notNeeded")
                        : null);
        explanation.getElement().setAttribute("data-needed", String.valueOf(needed));
        // a correction saved with its reason shows that reason when the sheet is opened again: it is what
        // will be published beside the new value, and an empty field read as if it had been lost
        if (cell.state() != CellState.PUBLISHED && cell.correctionReason() != null && correctionReason.isEmpty()) {
            correctionReason.setValue(cell.correctionReason());
        }
        // a draft of a figure approved before, outside a correction, is one whose approval its change took back
        boolean withdrawn = cell.state() == CellState.DRAFT && cell.revision() > 0 && !correctionReason.isVisible();
        var severity = cell.hasErrors()
                ? "error"
                : cell.hasWarnings() || cell.state() == CellState.RETURNED || withdrawn ? "warning" : "none";
        var findings = Findings.text(this, cell.findings());
        // the reviewer's reason, the withdrawn approval and the checks' findings are messages apart: run
        // together they read as one sentence
        var lines = new ArrayList<Message>();
        if (cell.state() == CellState.RETURNED && cell.returnReason() != null) {
            lines.add(new Message(getTranslation("entry.returnedBecause", cell.returnReason()), "warning"));
        }
        if (withdrawn) {
            var approved = FigureText.of(this, cell, cell.approvedValue(), cell.approvedNotApplicable());
            lines.add(new Message(getTranslation("entry.approvalWithdrawn", approved), "warning"));
        }
        if (!findings.isEmpty() || lines.isEmpty()) {
            lines.add(new Message(findings, severity));
        }
        messages(severity, lines);
    }

    /** One of the cell's messages and the severity its colour says. */
    private record Message(String text, String severity) {}

    /** The cell's messages: one as the text, several each on its own line in its own colour. */
    private void messages(String severity, List<Message> lines) {
        messages.setText(lines.size() == 1 ? lines.getFirst().text() : "");
        messages.getElement().setAttribute("data-severity", severity);
        if (lines.size() > 1) {
            for (var message : lines) {
                var line = new Span(message.text());
                line.getElement().setAttribute("data-severity", message.severity());
                messages.add(line);
            }
        }
    }

    /**
     * Keeps what the user typed and says, once, why it was not saved. The text goes under the cell
     * only: as the field's own error message too, it was shown twice.
     */
    void reject(List<Finding> errors) {
        // a value typed into the explanation is the explanation's error, not the value's, which stays saved
        boolean explanationOnly = errors.stream().allMatch(f -> f.subject() == Finding.Subject.EXPLANATION);
        value.setInvalid(!explanationOnly);
        explanation.setInvalid(explanationOnly);
        if (explanationOnly && !cell.findings().isEmpty()) {
            // the warning that asked for the explanation stays in view, on its own line and in its own colour,
            // under the refusal: replaced by it, the user no longer read what the explanation was to be about
            messages(
                    "error",
                    List.of(
                            new Message(Findings.text(this, errors), "error"),
                            new Message(Findings.text(this, cell.findings()), "warning")));
        } else {
            messages("error", List.of(new Message(Findings.text(this, errors), "error")));
        }
        boolean reasonMissing = errors.stream().anyMatch(f -> CORRECTION_NEEDS_REASON.contains(f.messageKey()));
        correctionReason.setInvalid(reasonMissing);
        // said at the field to fill, with the value that waits, so nobody takes it for saved
        correctionReason.setHelperText(
                reasonMissing
                        ? getTranslation(
                                "entry.correctionReason.waiting",
                                value.getValue().strip())
                        : null);
    }

    /**
     * Something typed but not stored yet: the value or the explanation differs from the cell as last
     * shown. A refused explanation (a number typed there) stays in its field to be moved; counted only by
     * its value, the page was left without asking and the text was gone (a stranger's trial).
     */
    boolean isPending() {
        return !value.getValue().strip().equals(text(cell))
                || !explanation.getValue().strip().equals(storedExplanation(cell));
    }

    private static String storedExplanation(Cell cell) {
        return cell.explanation() == null ? "" : cell.explanation();
    }

    private String reference(Cell cell) {
        return getTranslation(
                "entry.reference",
                FigureText.of(this, cell, cell.previousValue(), cell.previousNotApplicable()),
                FigureText.of(this, cell, cell.lastYearValue(), cell.lastYearNotApplicable()));
    }

    private String text(Cell cell) {
        if (cell.notApplicable()) {
            return getTranslation("figure.notApplicable");
        }
        return cell.value() == null ? "" : cell.value().toPlainString();
    }
}
