package org.minsheng.approval;

/**
 * Published inside the transaction that accepted, returned or offered again a unit's year, so the
 * pages that count accepted units can follow once it commits, as they follow an approval (on every
 * node: DashboardUpdates queues a NOTIFY that PostgreSQL sends only on commit).
 */
public record UnitYearDecided(int divisionId, int year) {}
