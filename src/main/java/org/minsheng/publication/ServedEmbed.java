package org.minsheng.publication;

import java.util.List;

/**
 * An embed as it is served: the chart of the edition it shows, and the revisions of its indicator behind that
 * edition, which it marks with the † and states, as the public page marks the indicator's line. Read
 * together, with the unit's year they come from, so that the embed reads the year once.
 */
public record ServedEmbed(EmbeddedChart chart, List<Edition.Revision> revisions) {

    public ServedEmbed {
        revisions = List.copyOf(revisions);
    }
}
