package org.minsheng.approval;

/**
 * A unit's year as the level above decided it. Pending is the absence of a decision (no row in
 * {@code unit_acceptance}), so the database's {@code acceptance_status} holds the other two only.
 */
public enum AcceptanceStatus {
    PENDING,
    ACCEPTED,
    RETURNED
}
