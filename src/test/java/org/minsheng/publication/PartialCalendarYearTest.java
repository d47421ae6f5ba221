package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year whose calendar holds January only (the demo's 2021 before its other months are generated)
 * counted as wholly published once January was: the dashboard said 2021年（第2版）, the public side
 * listed 2021 as released, and generating February to December turned the same figures back into
 * 未发布 (a stranger's trial). A year published period by period is out when all twelve months are.
 */
@IntegrationTest
@Transactional
class PartialCalendarYearTest {

    @Autowired
    UnitPublicationRepository publications;

    @Autowired
    DSLContext db;

    @Test
    void a_year_with_january_only_in_its_calendar_is_not_out_when_january_is_published() {
        db.execute("""
                update period set status = 'published', published_at = now()
                where kind = 'month' and year = 2021 and month = 1""");
        assertThat(publications.wholeYearsPublished())
                .as("January alone of 2021")
                .doesNotContain(2021);
        assertThat(publications.wholeYearsPublished()).as("every month of 2020").contains(2020);

        for (int month = 2; month <= 12; month++) {
            db.execute(
                    "insert into period (kind, year, month, status, published_at) values ('month', 2021, ?, 'published', now())",
                    month);
        }
        assertThat(publications.wholeYearsPublished())
                .as("all twelve months of 2021")
                .contains(2021);
    }
}
