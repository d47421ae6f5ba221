package org.minsheng.figure;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.minsheng.base.PublishedYearRevising;
import org.minsheng.period.Period;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * When a reviewer's approval corrects a published figure, and the event that must go before it is written.
 * Apart from {@link ReviewService} because a figure is published in two ways, its period published or its
 * unit's year published by a unit of its line (V133), and every way of approving (one cell, a unit, a
 * period, a reviewer's own revision) must ask both alike: one place answers, so none can forget the second.
 */
@Component
class PublishedCorrections {

    private final UnitLockRepository locks;
    private final ApplicationEventPublisher events;

    PublishedCorrections(UnitLockRepository locks, ApplicationEventPublisher events) {
        this.locks = locks;
        this.events = events;
    }

    /** Of the units, those whose year a unit of their line published (V133); none once the period is published. */
    Set<Integer> published(Period period, Set<Integer> units) {
        return period.isPublished() ? Set.of() : locks.published(period.year(), units);
    }

    /** After a unit of its line published the year, an approval is a correction of a published figure. */
    static boolean correction(Period period, StoredFigure figure, Set<Integer> published) {
        return period.isPublished() || published.contains(figure.key().divisionId());
    }

    /**
     * Before approvals that correct published figures are written, the editions they supersede are read
     * once more as they were published (a pinned embed of them must go on showing them).
     */
    void revising(Period period, List<StoredFigure> approving, Set<Integer> published) {
        var corrected = approving.stream()
                .filter(figure -> correction(period, figure, published))
                .map(figure -> figure.key().divisionId())
                .collect(Collectors.toSet());
        if (!corrected.isEmpty()) {
            events.publishEvent(new PublishedYearRevising(period.year(), corrected));
        }
    }
}
