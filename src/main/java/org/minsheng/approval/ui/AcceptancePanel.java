package org.minsheng.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.minsheng.approval.AcceptanceStatus;
import org.minsheng.approval.ApprovalService;
import org.minsheng.approval.OwnYear;
import org.minsheng.approval.ReviewerDuties;
import org.minsheng.approval.UnitYear;
import org.minsheng.base.RefusedException;
import org.minsheng.base.Texts;
import org.minsheng.base.ui.FieldChecks;
import org.minsheng.base.ui.Notifications;
import org.minsheng.base.ui.OneClick;

/**
 * The review page's part under approval levels: for a reviewer of an accepting level, the units they
 * accept for a year (figures not yet approved below each, its status and a return's reason), to accept
 * or return with a reason; for a reviewer whose year the level above decides, that decision, and the
 * offer again of a returned year. Every button is a plain button, reachable by Tab.
 */
public class AcceptancePanel extends Div {

    private final ApprovalService approvals;
    private final ReviewerDuties duties;
    private final Select<Integer> year = new Select<>();
    final Grid<UnitYear> units = new Grid<>();
    private final Div own = new Div();

    public AcceptancePanel(ApprovalService approvals, ReviewerDuties duties, List<Integer> years) {
        this.approvals = approvals;
        this.duties = duties;
        setId("acceptance");
        year.setLabel(getTranslation("approval.year"));
        year.setId("acceptance-year");
        year.setItems(years);
        year.setItemLabelGenerator(y -> getTranslation("approval.yearName", y));
        add(new H3(getTranslation("approval.heading", duties.unit().name())), year);
        if (duties.acceptsUnits()) {
            var intro = new Paragraph(getTranslation(
                    "approval.accept.intro", getTranslation(duties.accepts().eachKey())));
            intro.addClassName("page-meta");
            add(intro, grid());
        }
        if (duties.answersAbove()) {
            own.setId("acceptance-own");
            add(own);
        }
        year.addValueChangeListener(e -> refresh());
        if (!years.isEmpty()) {
            year.setValue(years.getLast());
        }
    }

    private Grid<UnitYear> grid() {
        units.setId("acceptance-grid");
        // a return's reason and why a unit waits are read in full, wrapped, not cut at the column's edge
        units.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.setAllRowsVisible(true);
        units.addColumn(u -> u.unit().name())
                .setHeader(getTranslation("approval.column.unit"))
                .setAutoWidth(true);
        units.addColumn(UnitYear::notApproved)
                .setHeader(getTranslation("approval.column.notApproved"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("notApproved");
        units.addColumn(u -> status(u.status()))
                .setHeader(getTranslation("approval.column.status"))
                .setKey("status")
                .setAutoWidth(true);
        units.addColumn(u -> u.reason() == null ? "" : u.reason())
                .setHeader(getTranslation("approval.column.reason"))
                .setKey("reason")
                .setFlexGrow(1);
        // pinned to the grid's right edge: on a phone the other columns scroll beneath it, so 接收 and 退回
        // stay on the screen (they were cut off at 390 px); its buttons wrap inside its fixed width
        units.addComponentColumn(this::actions)
                .setHeader(getTranslation("approval.column.actions"))
                .setKey("actions")
                .setWidth("10em")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        return units;
    }

    private Div actions(UnitYear unit) {
        Runnable accepting = () -> act(() -> getTranslation(
                "approval.accepted",
                approvals.accept(unit.unit().id(), unit.year()).unit().name(),
                unit.year()));
        // a year with nothing reported may be accepted (a unit can report nothing), but the totals above
        // then count nothing of it: the reviewer is asked, not left to find a unit missing from a total
        var accept = new Button(getTranslation("approval.accept"), e -> {
            if (unit.acceptableButEmpty()) {
                confirmEmpty(unit, accepting);
            } else {
                accepting.run();
            }
        });
        accept.setId("accept-" + unit.unit().code());
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        // the service refuses it too, by the same rule; disabled, the row says why before anyone clicks
        accept.setEnabled(unit.acceptable());
        var giveBack = new Button(getTranslation("approval.return"), e -> askReason(unit));
        giveBack.setId("return-" + unit.unit().code());
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        giveBack.setEnabled(unit.status() != AcceptanceStatus.RETURNED);
        // wraps below the buttons in a narrow column, so both buttons stay reachable on a phone
        var actions = new Div(accept, giveBack);
        actions.addClassName("acceptance-actions");
        var why = whyNotAcceptable(unit);
        if (why != null) {
            actions.add(hint(accept, "accept-why-" + unit.unit().code(), why));
        } else if (unit.acceptableButEmpty()) {
            actions.add(hint(accept, "accept-empty-" + unit.unit().code(), getTranslation("approval.accept.empty")));
        }
        return actions;
    }

    /** A line under the row's buttons that 接收's screen-reader description points to. */
    private static Span hint(Button accept, String id, String text) {
        var hint = new Span(text);
        hint.setId(id);
        hint.addClassName("acceptance-why");
        accept.getElement().setAttribute("aria-describedby", id);
        return hint;
    }

    private void confirmEmpty(UnitYear unit, Runnable accepting) {
        var name = unit.unit().name();
        var year = String.valueOf(unit.year());
        var dialog = new ConfirmDialog(
                getTranslation("approval.accept.empty.title", name, year),
                getTranslation(
                        "approval.accept.empty.text", name, year, duties.unit().name()),
                getTranslation("approval.accept.empty.confirm"),
                e -> accepting.run());
        dialog.setId("acceptance-confirm-empty");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    /** Why a unit not yet accepted cannot be accepted now; null when it can be, or is accepted. */
    private String whyNotAcceptable(UnitYear unit) {
        if (unit.status() == AcceptanceStatus.ACCEPTED || unit.acceptable()) {
            return null;
        }
        return unit.notApproved() > 0
                ? getTranslation("approval.accept.waitingFigures", unit.notApproved())
                : getTranslation("approval.accept.waitingUnits", unit.unit().name(), unit.notAcceptedBelow());
    }

    private void askReason(UnitYear unit) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation("approval.return.title", unit.unit().name(), unit.year()));
        var reason = new TextArea(getTranslation("approval.return.reason"));
        reason.setId("acceptance-return-reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        dialog.add(reason);
        var length = new FieldChecks().fitting(reason, Texts.LONG, getTranslation("input.error.tooLong", Texts.LONG));
        var confirm = OneClick.run(new Button(getTranslation("approval.return")), () -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("approval.error.reasonRequired"));
                return;
            }
            if (!length.ok()) {
                return;
            }
            dialog.close();
            act(() -> getTranslation(
                    "approval.returned",
                    approvals
                            .returnUnit(unit.unit().id(), unit.year(), reason.getValue())
                            .unit()
                            .name(),
                    unit.year()));
        });
        confirm.setId("acceptance-confirm-return");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    /**
     * Reads the chosen year again: after a decision here, and after the page approved figures, which may
     * have taken the level above's acceptance back (the line said 「上级已接收」 until a reload).
     */
    public void refresh() {
        var chosen = year.getValue();
        if (chosen == null) {
            return;
        }
        if (duties.acceptsUnits()) {
            units.setItems(approvals.queue(chosen));
        }
        if (duties.answersAbove()) {
            own.removeAll();
            var answer = approvals.ownYear(chosen);
            var mine = answer.year();
            var line = new Span(ownStatus(answer));
            line.setId("acceptance-own-status");
            own.add(line);
            if (mine.status() == AcceptanceStatus.RETURNED) {
                var reoffer = new Button(
                        getTranslation("approval.reoffer"),
                        e -> act(() -> getTranslation(
                                "approval.reoffered",
                                approvals.reoffer(chosen).unit().name(),
                                chosen)));
                reoffer.setId("acceptance-reoffer");
                reoffer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                own.add(reoffer);
            }
        }
    }

    /**
     * The own year's line: the level above's decision, or while pending what the year waits for. It said
     * 「等待上级接收」 before any figure was reported or approved, when the level above had nothing to accept.
     */
    private String ownStatus(OwnYear answer) {
        var mine = answer.year();
        var name = mine.unit().name();
        int chosen = mine.year();
        return switch (mine.status()) {
            case RETURNED -> getTranslation("approval.own.returned", name, chosen, mine.reason());
            case ACCEPTED -> getTranslation("approval.own.accepted", name, chosen);
            case PENDING -> {
                if (!answer.reported()) {
                    yield getTranslation("approval.own.nothingReported", name, chosen);
                } else if (mine.notApproved() > 0) {
                    yield getTranslation("approval.own.waitingFigures", name, chosen, mine.notApproved());
                } else if (mine.notAcceptedBelow() > 0) {
                    yield getTranslation("approval.own.waitingUnits", name, chosen, mine.notAcceptedBelow());
                }
                yield getTranslation("approval.own.pending", name, chosen);
            }
        };
    }

    private void act(Supplier<String> action) {
        try {
            Notifications.success(action.get());
        } catch (RefusedException refused) {
            Notifications.refused(refused);
        }
        refresh();
    }

    private String status(AcceptanceStatus status) {
        return getTranslation("approval.status." + status.name().toLowerCase(Locale.ROOT));
    }
}
