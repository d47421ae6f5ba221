package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.minsheng.base.format.Dates;
import org.minsheng.base.format.Numbers;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.PeriodChoice;
import org.minsheng.dashboard.YearCell;
import org.minsheng.indicator.Indicator;

/** Texts shared by the dashboard's tiles, charts and tables, so they word the same thing the same way. */
final class Labels {

    /** The mark after a figure corrected after publication. */
    static final String REVISED = "†";

    private Labels() {}

    /** "数据截至 2021-01-23 10:00（第1版）· 2020年1—12月", said under every chart and table. */
    static String asOf(Component in, Dashboard data, ZoneId zone) {
        if (!data.hasData()) {
            return noData(in, data);
        }
        var time = Dates.dayAndTime(data.dataAsOf(), zone, locale());
        // a year not yet published has no edition anyone received: the page says so instead of 第1版
        return data.published()
                ? in.getTranslation("dashboards.asOf", time, data.revision(), window(in, data))
                : in.getTranslation("dashboards.asOfUnpublished", time, window(in, data));
    }

    /**
     * Nothing approved in the window shown: a month or a quarter names itself, since the year may well
     * have figures in other months (本年度尚无已审核数据 was said of a January in a year with a February).
     */
    private static String noData(Component in, Dashboard data) {
        var filter = data.filter();
        var period = filter.period();
        if (period != PeriodChoice.MONTH && period != PeriodChoice.QUARTER) {
            return in.getTranslation("dashboard.noData");
        }
        var year = String.valueOf(filter.year());
        // the window's months as the filter chooses them, not capped by an approved month: there is none
        var months = period.months(filter.part(), 12);
        var window = months[0] == months[1]
                ? in.getTranslation("dashboards.window.month", year, months[0])
                : in.getTranslation("dashboards.window.months", year, months[0], months[1]);
        return in.getTranslation("dashboard.noDataIn", window);
    }

    /** The UI's language; Component.getLocale() is protected, and the views all live in one UI. */
    static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    static String window(Component in, Dashboard data) {
        return new ChartContents(locale(), in::getTranslation).window(data);
    }

    static String period(Component in, PeriodChoice period) {
        return in.getTranslation("dashboards.period." + period.name().toLowerCase());
    }

    /** A table cell: the figure with the indicator's scale, 不适用, or a dash for no figure. */
    static String cell(Component in, Optional<YearCell> cell, Indicator indicator) {
        if (cell.isEmpty() || (cell.get().value() == null && !cell.get().notApplicable())) {
            return "—";
        }
        if (cell.get().value() == null) {
            return in.getTranslation("figure.notApplicable");
        }
        var text = Numbers.plain(cell.get().value(), indicator.scale(), locale());
        return cell.get().corrections() > 0 ? text + " " + REVISED : text;
    }

    static String signed(Component in, BigDecimal change, Indicator indicator) {
        var text = indicator.withUnit(change.abs(), locale());
        return (change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "±") + text;
    }
}
