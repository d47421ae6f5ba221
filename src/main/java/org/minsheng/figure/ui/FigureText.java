package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import org.minsheng.base.format.Numbers;
import org.minsheng.figure.Cell;

/**
 * A figure's value as the entry form and the review queue write it beside the one being entered or
 * checked (last period, last year, the approved value): 不适用 is an answer, "—" the lack of one, and
 * a number has its indicator's decimals. One rule for both pages, so a reference approved as not
 * applicable reads the same wherever a statistician or reviewer meets it.
 */
final class FigureText {

    private FigureText() {}

    /**
     * The value with its indicator's unit, as the review queue lists schools, people and kilometres in one
     * column (「156所」, 「2.5公里」): it read a bare 「156」 where every other page says what of (a stranger's
     * tour). 不适用 and "—" take none.
     */
    static String withUnit(Component in, Cell cell, BigDecimal value, boolean notApplicable) {
        var text = of(in, cell, value, notApplicable);
        if (notApplicable || value == null) {
            return text;
        }
        var locale = UI.getCurrent().getLocale();
        return cell.indicator().unitAfter(text, value, locale);
    }

    static String of(Component in, Cell cell, BigDecimal value, boolean notApplicable) {
        if (notApplicable) {
            return in.getTranslation("figure.notApplicable");
        }
        return value == null
                ? "—"
                : Numbers.plain(value, cell.indicator().scale(), UI.getCurrent().getLocale());
    }
}
