package org.minsheng.publication;

import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.Editions;
import org.minsheng.division.Division;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side's edition count, for the dashboard's pages and exports. No access check of its own:
 * the dashboard asks only while computing a page its service has already let the reader see, and an
 * edition number says nothing the page would not.
 */
@Component
class PublishedEditions implements Editions {

    private final UnitPublicationService publications;

    // the dashboard asks only while computing a page, long after both services are built
    PublishedEditions(UnitPublicationService publications) {
        this.publications = publications;
    }

    @Override
    @Transactional(readOnly = true)
    public Dashboard.Edition edition(Division unit, int year) {
        // the public side's own rule, counted, so the two can never disagree
        var number = publications.editionNumber(unit, year);
        return new Dashboard.Edition(number.orElse(1), number.isPresent());
    }
}
