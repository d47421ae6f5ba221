package org.minsheng.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.minsheng.base.format.Dates;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.indicator.TargetRevision;

/**
 * A target's revisions after its year was published, oldest first: what it was, what it became, why,
 * who changed it and when. What a reader of the published completion asks when it no longer matches
 * the one they saw: opened from the targets page and from a dashboard tile's 「目标 …（已修订）」.
 */
public class TargetHistoryDialog extends Dialog {

    /** How much of a reason a row shows: a few lines at the dialog's width. */
    private static final int REASON_SHOWN = 120;

    final Grid<TargetRevision> grid = new Grid<>();

    /**
     * @param unitName      the unit whose target it is
     * @param indicatorName the indicator's name in the session's language
     * @param unit          the indicator's unit of measure in that language (所, km)
     * @param zone          the commission's time zone, in which the times are shown
     */
    public TargetHistoryDialog(
            String unitName, String indicatorName, String unit, List<TargetRevision> revisions, ZoneId zone) {
        setId("target-history-dialog");
        setHeaderTitle(getTranslation("catalogue.target.history.title", unitName, indicatorName));
        grid.setId("target-history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> Dates.dayAndTime(r.changedAt(), zone, getLocale()))
                .setHeader(getTranslation("catalogue.target.history.at"))
                .setKey("at")
                .setWidth("3em")
                .setFlexGrow(2);
        grid.addColumn(r -> setting(unit, r.oldDirection(), r.oldValue(), "catalogue.target.history.unset"))
                .setHeader(getTranslation("catalogue.target.history.before"))
                .setKey("before")
                .setWidth("3em")
                .setFlexGrow(2);
        grid.addColumn(r -> setting(unit, r.newDirection(), r.newValue(), "catalogue.target.history.removed"))
                .setHeader(getTranslation("catalogue.target.history.after"))
                .setKey("after")
                .setWidth("3em")
                .setFlexGrow(2);
        // a reason may run to 2,000 characters: the row shows its start and the tooltip the rest, where a
        // whole reason made the row hundreds of lines tall and pushed its time and values off screen
        grid.addColumn(r -> clamped(r.reason()))
                .setTooltipGenerator(TargetRevision::reason)
                .setHeader(getTranslation("catalogue.target.history.reason"))
                .setKey("reason")
                .setWidth("3em")
                .setFlexGrow(3);
        grid.addColumn(TargetRevision::changedBy)
                .setHeader(getTranslation("catalogue.target.history.by"))
                .setKey("by")
                .setWidth("3em")
                .setFlexGrow(1);
        grid.setItems(revisions);
        // a phone's width shared from narrow starts, the texts wrapping, as the figures' history does
        setWidth("min(56rem, 96vw)");
        grid.setWidth("100%");
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private static String clamped(String reason) {
        return reason.codePointCount(0, reason.length()) <= REASON_SHOWN
                ? reason
                : reason.substring(0, reason.offsetByCodePoints(0, REASON_SHOWN)) + "…";
    }

    /** 「增加到 12.5 公里」; or, on the side where the target did not exist, what the key says. */
    private String setting(String unit, TargetDirection direction, BigDecimal value, String none) {
        if (direction == null) {
            return getTranslation(none);
        }
        return getTranslation("catalogue.direction." + direction.name().toLowerCase()) + " " + value.toPlainString()
                + " " + unit;
    }
}
