package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import org.minsheng.period.Period;

/** How a period is named on screen: 2021年1月 · 填报中. */
final class PeriodLabels {

    private PeriodLabels() {}

    static String name(Component in, Period period) {
        return in.getTranslation(period.nameKey(), period.nameParameters());
    }

    static String label(Component in, Period period) {
        return name(in, period) + " · "
                + in.getTranslation("period.status." + period.status().name().toLowerCase());
    }
}
