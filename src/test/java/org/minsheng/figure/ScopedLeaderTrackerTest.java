package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tracker of a leader scoped to 芗城区 (the demo's leader-xiangcheng) follows 芗城区 only, as their
 * dashboard does; a leader without a scope follows every district.
 */
@IntegrationTest
class ScopedLeaderTrackerTest {

    @Autowired
    TrackerService trackers;

    @Autowired
    DSLContext db;

    @Test
    void a_district_leader_follows_their_district_and_no_other() {
        int january = Catalogue.monthId(db, 2021, 1);
        assertThat(as("leader", () -> trackers.tracker(january)).rows())
                .extracting(r -> r.division().code())
                .contains("350602", "350623");
        assertThat(as("leader-xiangcheng", () -> trackers.tracker(january)).rows())
                .extracting(r -> r.division().code())
                .containsExactly("350602");
    }
}
