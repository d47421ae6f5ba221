package org.minsheng.dashboard;

/**
 * Published inside the transaction that released a unit's year from its year-in-review (V133): its
 * edition starts at 1 and the pages showing it say so, and the wall display's default year may move on to
 * it, once it commits (DashboardUpdates). Here rather than beside the publication, which depends on the
 * dashboard: the dashboard cannot listen to a type of a package above it.
 */
public record UnitYearReleased(int divisionId, int year) {}
