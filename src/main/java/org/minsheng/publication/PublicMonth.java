package org.minsheng.publication;

import org.minsheng.dashboard.CityYear;

/**
 * A month of a unit's published year, as the unit's dashboard page shows that month: a cumulative
 * indicator's figure as at the month's end, a per-period indicator's figure of the month alone, and no
 * figure of an indicator reported by year only. Only ever built for a published year
 * (PublicDisclosureService).
 *
 * @param code    the unit's division code
 * @param data    the unit's own figures (as the totals) and its listed units', of that month
 * @param edition the year's edition, as the year's page states it: a month has none of its own
 */
public record PublicMonth(String code, int month, CityYear data, Edition edition) {}
