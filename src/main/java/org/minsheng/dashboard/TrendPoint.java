package org.minsheng.dashboard;

import java.math.BigDecimal;

/** The approved to-date value of an indicator at the end of one month, for a unit or (null) the city. */
public record TrendPoint(int indicatorId, Integer divisionId, int month, BigDecimal value) {

    public boolean isTotal() {
        return divisionId == null;
    }
}
