package org.minsheng.dashboard;

import java.util.Locale;
import java.util.Optional;

/**
 * The embed codes of the dashboard's charts of one indicator. The publication feature serves embeds (only of
 * published years); this interface lets the dashboard offer them without depending on publication.
 */
public interface ChartEmbeds {

    /**
     * The codes for a chart of an indicator of the unit's year, as the public side serves it. Offering
     * them keeps the edition's chart, so the pinned code still shows it after a correction. Empty when
     * the unit's year is not published, or its page draws no such chart of the indicator.
     *
     * @param unitCode null for the installation's root
     * @param locale   the language of the chart the codes show, and of its title
     */
    Optional<EmbedCode> embedCode(int year, String unitCode, String indicator, ChartKind kind, Locale locale);
}
