package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracker marks a district overdue once the period's due date has passed in China, on the
 * commission's clock: before 2021-02-10 ends nobody is late for January 2021, the day after every
 * district that has not submitted is.
 */
@IntegrationTest
@Transactional
class TrackerTodayTest {

    @Autowired
    TrackerService trackers;

    @Autowired
    SettableClock clock;

    @Autowired
    DSLContext db;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void a_district_is_overdue_only_once_the_due_date_has_passed_in_china() {
        int january = db.fetchSingle("select id from period where kind = 'month' and year = 2021 and month = 1")
                .get(0, Integer.class);
        clock.set(LocalDateTime.of(2021, 2, 10, 23, 59));
        assertThat(as("reviewer", () -> trackers.tracker(january)).rows())
                .as("on the due date itself")
                .isNotEmpty()
                .noneMatch(Tracker.Row::overdue);
        clock.set(LocalDateTime.of(2021, 2, 11, 0, 1));
        assertThat(as("reviewer", () -> trackers.tracker(january)).rows())
                .as("the day after")
                .isNotEmpty()
                .allMatch(Tracker.Row::overdue);
    }
}
