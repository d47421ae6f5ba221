package org.minsheng.indicator;

/**
 * Published inside the transaction that changed a target of a published year with its reason: the
 * edition of the units above it is a new one (the completion they state changed), so whoever shows
 * editions can follow once it commits, as they follow an approved correction.
 */
public record TargetRevised(int targetId, int divisionId, int year) {}
