package org.minsheng.base;

import java.util.Set;

/**
 * Published inside a transaction that is about to revise published results of a year (a correction of an
 * approved figure, an approval after a unit released its year, a target changed with its reason), before
 * it writes: the editions of these units and of every unit above them are about to be superseded, and
 * what they show can still be read now, in the same transaction, and nowhere else afterwards (the public
 * side keeps its pinned embeds' charts here). Here, below every feature, because the figures and the
 * targets revise and the publication listens, which depends on both.
 *
 * @param divisionIds the units whose figures or targets are revised
 */
public record PublishedYearRevising(int year, Set<Integer> divisionIds) {

    public PublishedYearRevising {
        divisionIds = Set.copyOf(divisionIds);
    }
}
