package org.minsheng.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.minsheng.base.format.Dates;
import org.minsheng.base.format.Numbers;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.indicator.TargetRevision;

/**
 * A target's revisions after its year was published, oldest first: what it was, what it became, why,
 * who changed it and when. What a reader of the published completion asks when it no longer matches
 * the one they saw: opened from the targets page and from a dashboard tile's 「目标 …（已修订）」.
 *
 * <p>Each revision is a short block of labelled lines rather than a row of a five-column grid: on a
 * phone the grid's columns cut "was" and "became", the point of the dialog, to 「Incr… to 156 sch…」, and
 * a long reason made its row hundreds of lines tall; a block wraps its lines at any width.
 */
public class TargetHistoryDialog extends Dialog {

    /**
     * @param unitName      the unit whose target it is
     * @param indicatorName the indicator's name in the session's language
     * @param unitFor       the indicator's unit of measure in that language as it follows a value (所, km; 1 school)
     * @param zone          the commission's time zone, in which the times are shown
     */
    public TargetHistoryDialog(
            String unitName,
            String indicatorName,
            Function<BigDecimal, String> unitFor,
            List<TargetRevision> revisions,
            ZoneId zone) {
        setId("target-history-dialog");
        setHeaderTitle(getTranslation("catalogue.target.history.title", unitName, indicatorName));
        var list = new Div();
        list.setId("target-history-list");
        for (var revision : revisions) {
            var entry = new Div();
            entry.addClassName("target-revision");
            line(
                    entry,
                    "before",
                    setting(unitFor, revision.oldDirection(), revision.oldValue(), "catalogue.target.history.unset"));
            line(
                    entry,
                    "after",
                    setting(unitFor, revision.newDirection(), revision.newValue(), "catalogue.target.history.removed"));
            line(entry, "reason", revision.reason());
            line(entry, "by", revision.changedBy());
            line(entry, "at", Dates.dayAndTime(revision.changedAt(), zone, getLocale()));
            list.add(entry);
        }
        // a phone's width shared from narrow starts, as the figures' history does
        setWidth("min(40rem, 96vw)");
        add(list);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** 「原目标值　增加到 156 所」: its label, then the value, which wraps under itself. */
    private void line(Div entry, String key, String value) {
        var label = new Span(getTranslation("catalogue.target.history." + key));
        label.addClassName("target-revision-label");
        var text = new Span(value);
        text.addClassNames("target-revision-value", "target-revision-" + key);
        entry.add(label, text);
    }

    /** 「增加到 12.5 公里」; or, on the side where the target did not exist, what the key says. */
    private String setting(
            Function<BigDecimal, String> unitFor, TargetDirection direction, BigDecimal value, String none) {
        if (direction == null) {
            return getTranslation(none);
        }
        return getTranslation("catalogue.direction." + direction.name().toLowerCase()) + " " + Numbers.exact(value)
                + " " + unitFor.apply(value);
    }
}
