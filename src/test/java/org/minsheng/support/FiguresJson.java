package org.minsheng.support;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** The open data's and the read API's "figures" array: one figure by indicator and unit code. */
public final class FiguresJson {

    private FiguresJson() {}

    public static JsonNode find(JsonNode figures, String indicator, String unitCode) {
        for (var figure : figures) {
            if (figure.get("indicator").asString().equals(indicator)
                    && figure.get("unitCode").asString().equals(unitCode)) {
                return figure;
            }
        }
        throw new AssertionError("no figure of " + indicator + " for " + unitCode);
    }

    /** The value of one figure, by indicator and unit code. */
    public static BigDecimal value(JsonNode figures, String indicator, String unitCode) {
        return find(figures, indicator, unitCode).get("value").decimalValue();
    }
}
