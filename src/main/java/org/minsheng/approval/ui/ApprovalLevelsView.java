package org.minsheng.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minsheng.approval.ApprovalService;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.Notifications;
import org.minsheng.division.Division;
import org.minsheng.security.Role;

/** The administrators' page of approval levels: which division levels' reviewers take part. */
@Route("admin/approval-levels")
@Menu(title = "approval.levels.nav", order = 21, icon = "vaadin:lines-list")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class ApprovalLevelsView extends Div implements HasDynamicTitle {

    final CheckboxGroup<Division.Level> levels = new CheckboxGroup<>();
    /** The warning naming ticked levels without a reviewer. */
    final Paragraph unstaffed = new Paragraph();

    ApprovalLevelsView(ApprovalService approvals) {
        addClassName("page");
        var intro = new Paragraph(getTranslation("approval.levels.intro"));
        intro.addClassName("page-meta");
        levels.setId("approval-levels");
        levels.setLabel(getTranslation("approval.levels.field"));
        // only the levels this installation has: a city's page offered 省级, with no province above it
        levels.setItems(approvals.listableLevels());
        levels.setItemLabelGenerator(
                l -> getTranslation("approval.level." + l.name().toLowerCase(Locale.ROOT)));
        levels.setValue(EnumSet.copyOf(
                approvals.levels().isEmpty() ? EnumSet.noneOf(Division.Level.class) : approvals.levels()));
        // a level nobody reviews at waits forever once listed; say so as it is ticked, not after a month
        var withoutReviewer = approvals.levelsWithoutReviewer();
        unstaffed.setId("approval-levels-unstaffed");
        unstaffed.addClassName("levels-warning");
        unstaffed.getElement().setAttribute("role", "status");
        levels.addValueChangeListener(e -> warn(withoutReviewer));
        warn(withoutReviewer);
        var save = new Button(getTranslation("approval.levels.save"));
        save.setId("approval-levels-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var outcome =
                    Attempt.run(this, Map.of("approval.error.", levels), () -> approvals.setLevels(levels.getValue()));
            if (outcome.done()) {
                Notifications.success(getTranslation("approval.levels.saved"));
            }
        });
        add(new H2(getTranslation("approval.levels.heading")), intro, levels, save, unstaffed);
    }

    /** Names the ticked levels at which no enabled reviewer works; hidden when there are none. */
    private void warn(List<Division.Level> withoutReviewer) {
        var names = withoutReviewer.stream()
                .filter(levels.getValue()::contains)
                .map(l -> getTranslation("approval.level." + l.name().toLowerCase(Locale.ROOT)))
                .toList();
        unstaffed.setText(
                names.isEmpty()
                        ? ""
                        : getTranslation(
                                "approval.levels.withoutReviewer",
                                String.join(getTranslation("list.separator"), names)));
        unstaffed.setVisible(!names.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.levels.heading");
    }
}
