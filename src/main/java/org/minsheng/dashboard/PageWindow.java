package org.minsheng.dashboard;

import java.time.OffsetDateTime;

/**
 * The months a page ({@link Dashboard}) shows and how recent they are: the window its filter asks for up to
 * the latest approved month, dated by the newest approval among the months shown.
 *
 * @param fromMonth first month of the window, 0 when the year has no approved figures
 * @param toMonth   last month of the window (the "as of" month), 0 when none
 * @param edition the focus's edition of its year as the public side counts it (null where none was
 *                read: a page built without the publication feature, as in unit tests)
 * @param yearOver the year is over: its last period is reached and every period of it published, or the
 *                 focus published its year; until then a target not reached yet is in progress, not missed
 */
public record PageWindow(
        int fromMonth, int toMonth, OffsetDateTime dataAsOf, Dashboard.Edition edition, boolean yearOver) {

    /** A window of a year that is over, as a unit test's page of 2020 is. */
    public PageWindow(int fromMonth, int toMonth, OffsetDateTime dataAsOf) {
        this(fromMonth, toMonth, dataAsOf, null, true);
    }
}
