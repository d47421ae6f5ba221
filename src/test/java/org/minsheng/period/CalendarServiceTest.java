package org.minsheng.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.Catalogue.audit;
import static org.minsheng.support.Catalogue.auditCount;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.period.PeriodOverview.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The reporting calendar as the administrator keeps it (rolled back after each test). */
@IntegrationTest
@Transactional
@WithMockUser("admin")
class CalendarServiceTest {

    @Autowired
    CalendarService calendar;

    @Autowired
    DSLContext db;

    @Test
    void a_new_year_gets_twelve_months_and_the_year_with_the_default_due_dates() {
        assertThat(calendar.createYear(2022)).isEqualTo(13);
        var y2022 = calendar.calendar().stream().filter(p -> p.year() == 2022).toList();
        assertThat(y2022).hasSize(13).allSatisfy(p -> assertThat(p.status()).isEqualTo(Status.OPEN));
        assertThat(y2022.getFirst().isYear()).isTrue();
        assertThat(y2022.getFirst().dueOn()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(y2022)
                .filteredOn(p -> Integer.valueOf(12).equals(p.month()))
                .singleElement()
                .satisfies(p -> assertThat(p.dueOn()).isEqualTo(LocalDate.of(2023, 1, 10)));
        assertThat(y2022)
                .filteredOn(p -> Integer.valueOf(1).equals(p.month()))
                .singleElement()
                .satisfies(p -> assertThat(p.dueOn()).isEqualTo(LocalDate.of(2022, 2, 10)));
        assertThat(audit(db, "period", y2022.getFirst().id()))
                .singleElement()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo("period.create"));
    }

    @Test
    void periods_that_exist_are_left_alone() {
        var january = month(2021, 1);
        assertThat(calendar.createYear(2021)).as("11 months and the year").isEqualTo(12);
        assertThat(calendar.createYear(2021)).isZero();
        assertThat(month(2021, 1)).isEqualTo(january);
        assertThat(calendar.createYear(2020)).isZero();
    }

    /**
     * 2021 holds only January: the calendar offered 2022 and never 2021's other months (an administrator's
     * report). The first year not complete is offered, and what creating it adds is said before.
     */
    @Test
    void the_year_offered_is_the_first_not_complete_and_what_it_lacks_is_said_before() {
        assertThat(calendar.proposedYear()).isEqualTo(2021);
        var missing = calendar.missing(2021);
        assertThat(missing.months()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(missing.annual()).isTrue();
        assertThat(missing.count()).isEqualTo(12);
        assertThat(calendar.createYear(2021)).isEqualTo(missing.count());
        assertThat(calendar.proposedYear()).isEqualTo(2022);
        assertThat(calendar.missing(2022).count()).isEqualTo(13);
    }

    /**
     * A calendar begun in July (here 2018, before the demo's years) has no January to June in its first year:
     * the calendar offered 2018 for ever, to create the months before its start. Its first year is complete
     * from July with its annual period; what it lacks from July on is still offered, and only that is made.
     */
    @Test
    void a_calendar_begun_mid_year_counts_its_first_year_from_the_month_it_begins_with() {
        db.execute("""
                insert into period (kind, year, month, due_on, status)
                select 'month', 2018, m, make_date(2018, m, 28), 'open' from generate_series(7, 11) m""");
        assertThat(calendar.proposedYear()).isEqualTo(2018);
        var missing = calendar.missing(2018);
        assertThat(missing.months()).as("December, not January to June").containsExactly(12);
        assertThat(missing.annual()).isTrue();
        assertThat(calendar.createYear(2018)).isEqualTo(2);
        assertThat(calendar.calendar())
                .filteredOn(p -> p.year() == 2018)
                .hasSize(7)
                .noneMatch(p -> p.month() != null && p.month() < 7);
        assertThat(calendar.proposedYear())
                .as("then the demo's 2021, holding January alone")
                .isEqualTo(2021);
        assertThatThrownBy(() -> calendar.missing(2018))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.calendar.allExist");
    }

    @Test
    void a_complete_or_absurd_year_is_refused_before_anything_is_asked_or_made() {
        int before = calendar.calendar().size();
        assertThatThrownBy(() -> calendar.missing(2020))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.calendar.allExist");
        assertThatThrownBy(() -> calendar.missing(1999))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.error.year");
        assertThatThrownBy(() -> calendar.missing(99999))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.error.year");
        assertThat(calendar.calendar()).hasSize(before);
    }

    @Test
    void a_period_is_closed_and_reopened_and_its_due_date_moved() {
        var january = month(2021, 1);
        var closed = calendar.close(january.id(), january.version());
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThatThrownBy(() -> calendar.close(closed.id(), closed.version()))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.calendar.error.alreadyClosed");
        var reopened = calendar.reopen(closed.id(), closed.version());
        assertThat(reopened.status()).isEqualTo(Status.OPEN);
        var moved = calendar.changeDueOn(reopened.id(), reopened.version(), LocalDate.of(2021, 2, 20));
        assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2021, 2, 20));
        assertThatThrownBy(() -> calendar.reopen(january.id(), january.version()))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.error.stale");
        assertThat(audit(db, "period", january.id()))
                .extracting(e -> e.getAction())
                .containsExactly("period.close", "period.reopen", "period.due_date");
    }

    /**
     * A due date comes after what it is due for: a stranger's trial saved 2021-02-15 for the 2027 annual
     * report, which then counted as overdue before it began. The period's own last day is allowed, and a
     * date saved unchanged records nothing.
     */
    @Test
    void a_due_date_before_the_periods_last_day_is_refused_and_an_unchanged_one_records_nothing() {
        var january = month(2021, 1);
        int audited = auditCount(db);
        assertThatThrownBy(() -> calendar.changeDueOn(january.id(), january.version(), LocalDate.of(2021, 1, 30)))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.calendar.error.dueBeforeEnd");
        assertThat(month(2021, 1).dueOn()).isEqualTo(january.dueOn());
        calendar.changeDueOn(january.id(), january.version(), january.dueOn());
        assertThat(auditCount(db))
                .as("nothing refused or unchanged is recorded")
                .isEqualTo(audited);
        assertThatThrownBy(() -> calendar.changeDueOn(january.id(), january.version(), LocalDate.of(9999, 12, 31)))
                .as("a period that could never be overdue")
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.calendar.error.dueTooLate");
        assertThatThrownBy(() -> calendar.changeDueOn(january.id(), january.version(), LocalDate.of(2022, 2, 1)))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.calendar.error.dueTooLate");
        assertThat(month(2021, 1).dueOn()).isEqualTo(january.dueOn());
        var yearLater = calendar.changeDueOn(january.id(), january.version(), LocalDate.of(2022, 1, 31));
        assertThat(yearLater.dueOn()).as("a year after the period's end").isEqualTo(LocalDate.of(2022, 1, 31));
        var lastDay = calendar.changeDueOn(yearLater.id(), yearLater.version(), LocalDate.of(2021, 1, 31));
        assertThat(lastDay.dueOn()).isEqualTo(LocalDate.of(2021, 1, 31));

        calendar.createYear(2027);
        var year = calendar.calendar().stream()
                .filter(p -> p.year() == 2027 && p.isYear())
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> calendar.changeDueOn(year.id(), year.version(), LocalDate.of(2021, 2, 15)))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.calendar.error.dueBeforeEnd");
    }

    @Test
    void a_published_period_stays_published() {
        var december = month(2020, 12);
        int audited = auditCount(db);
        for (Runnable call : new Runnable[] {
            () -> calendar.reopen(december.id(), december.version()),
            () -> calendar.close(december.id(), december.version()),
            () -> calendar.changeDueOn(december.id(), december.version(), LocalDate.of(2021, 3, 1))
        }) {
            assertThatThrownBy(call::run)
                    .isInstanceOf(RefusedException.class)
                    .hasMessageContaining("catalogue.calendar.error.published");
        }
        assertThat(month(2020, 12).status()).isEqualTo(Status.PUBLISHED);
        assertThat(auditCount(db)).isEqualTo(audited);
    }

    private CalendarPeriod month(int year, int month) {
        return calendar.calendar().stream()
                .filter(p -> p.year() == year && Integer.valueOf(month).equals(p.month()))
                .findFirst()
                .orElseThrow();
    }
}
