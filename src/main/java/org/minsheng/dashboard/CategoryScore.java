package org.minsheng.dashboard;

/**
 * A category's subtotal in the pivot for one unit: of its targets that have a figure, how many are
 * met. Figures of a category's indicators have different units, so counting met targets is the
 * subtotal that means something.
 *
 * @param category   the category code, null for all categories together
 * @param divisionId the district, or the city for the city total
 */
public record CategoryScore(String category, int divisionId, int met, int targeted) {}
