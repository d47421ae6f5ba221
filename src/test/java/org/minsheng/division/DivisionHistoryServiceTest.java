package org.minsheng.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's 2021 changes (龙海市 → 龙海区, 长泰县 → 长泰区), and new ones recorded in a test transaction
 * that is rolled back.
 */
@IntegrationTest
@Transactional
class DivisionHistoryServiceTest {

    static final LocalDate JAN_2021 = LocalDate.of(2021, 1, 1);

    @Autowired
    DivisionHistoryService history;

    @Autowired
    DivisionService divisions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser("leader")
    void a_trend_for_longhai_follows_350681_into_350604_from_either_end() {
        var fromOld = history.lineage("350681");
        assertThat(fromOld.codes()).containsExactly("350681", "350604");
        assertThat(fromOld.predecessors()).isEmpty();
        assertThat(fromOld.unit().validTo()).isEqualTo(JAN_2021);
        assertThat(fromOld.successors().getFirst().validFrom()).isEqualTo(JAN_2021);
        assertThat(fromOld.successors().getFirst().name()).isEqualTo("龙海区");

        var fromNew = history.lineage("350604");
        assertThat(fromNew.codes()).containsExactly("350681", "350604");
        assertThat(fromNew.successors()).isEmpty();
        assertThat(history.lineage("350605").codes()).containsExactly("350625", "350605");
        assertThat(history.lineage("350602").codes()).containsExactly("350602");
    }

    @Test
    @WithMockUser("admin")
    void a_recode_closes_the_old_unit_opens_the_new_one_links_them_and_is_audited() {
        // Hypothetical: 华安县 becoming a district in 2025, as 龙海 and 长泰 did in 2021.
        var line = history.recordSuccession(
                new Succession("350629", "350606", "华安区", LocalDate.of(2025, 1, 1), "国务院批复撤县设区"));

        assertThat(line.codes()).containsExactly("350629", "350606");
        var huaan = divisions.node("350606").orElseThrow();
        assertThat(huaan.level()).isEqualTo(Division.Level.COUNTY);
        assertThat(huaan.parentId()).isEqualTo(divisions.city().id());
        assertThat(huaan.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(divisions.countiesIn(2024))
                .extracting(Division::name)
                .contains("华安县")
                .doesNotContain("华安区");
        assertThat(divisions.countiesIn(2025))
                .extracting(Division::name)
                .contains("华安区")
                .doesNotContain("华安县");
        assertThat(history.lineage("350629").unit().successorName()).isEqualTo("华安区");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'succession'"
                                + " and reason = '国务院批复撤县设区' and new_value ->> 'successor' = '350606'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    @WithMockUser("admin")
    void a_successor_that_exists_already_is_linked_and_starts_on_the_day() {
        jdbc.update("insert into division (code, name, level, parent_id) select '350606', '华安区', 'county', id"
                + " from division where code = '350600'");

        history.recordSuccession(new Succession("350629", "350606", "", LocalDate.of(2025, 1, 1), "撤县设区"));

        assertThat(divisions.node("350606").orElseThrow().validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(history.lineage("350606").codes()).containsExactly("350629", "350606");
    }

    /** A Chinese input method types the new code in full-width digits; it is the same code. */
    @Test
    @WithMockUser("admin")
    void a_new_code_typed_in_full_width_digits_is_recorded_as_its_digits() {
        history.recordSuccession(new Succession("350629", "３５０６０６", "华安区", LocalDate.of(2025, 1, 1), "撤县设区"));

        assertThat(divisions.node("350606").orElseThrow().name()).isEqualTo("华安区");
        assertThat(history.lineage("350606").codes()).containsExactly("350629", "350606");
    }

    @Test
    @WithMockUser("admin")
    void changes_that_contradict_the_history_are_refused_with_a_reason() {
        assertThat(refused(new Succession("350681", "350699", "新区", LocalDate.of(2022, 1, 1), "x"))
                        .messageKey())
                .isEqualTo("divisions.history.alreadyClosed");
        // 漳浦县 has five indicators for each month of 2020: closing it in July would orphan six months of them.
        var e = refused(new Succession("350623", "350606", "漳浦区", LocalDate.of(2020, 7, 1), "x"));
        assertThat(DivisionImportServiceTest.english(e))
                .isEqualTo(
                        "350623 has 30 reported figures on or after 2020-07-01: deal with them before closing the unit.");
        assertThat(refused(new Succession("350623", "350623", "漳浦区", LocalDate.of(2025, 1, 1), "x"))
                        .messageKey())
                .isEqualTo("divisions.history.sameCode");
        assertThat(refused(new Succession("350623", "35060", "漳浦区", LocalDate.of(2025, 1, 1), "x"))
                        .messageKey())
                .isEqualTo("divisions.history.badCode");
        assertThat(refused(new Succession("350623", "350600", "", LocalDate.of(2025, 1, 1), "x"))
                        .messageKey())
                .isEqualTo("divisions.history.successorUnusable");
        assertThat(refused(new Succession("350623", "350681", "", LocalDate.of(2025, 1, 1), "x"))
                        .messageKey())
                .isEqualTo("divisions.history.successorUnusable");
        // 龙文区 exists with figures since 2019: recorded as 华安县's successor, its start moved to the day and it
        // vanished from the published 2020 (a stranger's trial)
        var merger = refused(new Succession("350629", "350603", "龙文区", LocalDate.of(2022, 1, 1), "x"));
        assertThat(merger.messageKey()).isEqualTo("divisions.history.successorHasHistory");
        assertThat(DivisionImportServiceTest.english(merger))
                .startsWith("350603 龙文区 has ")
                .contains("reported figures for periods before 2022-01-01, so it is not a new unit");
        // 华安县 has no figures after 2020, but a change within a year puts both units in all of its views
        var midYear = refused(new Succession("350629", "350630", "华安区", LocalDate.of(2021, 3, 1), "撤县设区"));
        assertThat(midYear.messageKey()).isEqualTo("divisions.history.notYearStart");
        assertThat(DivisionImportServiceTest.english(midYear))
                .startsWith("A division change takes effect on 1 January (2021-03-01 is not)")
                .endsWith("Enter 2022-01-01.");
        assertThat(refused(new Succession("350623", "350606", "漳浦区", LocalDate.of(2025, 1, 1), " "))
                        .messageKey())
                .isEqualTo("divisions.history.incomplete");
    }

    @Test
    @WithMockUser("stat-zhangpu")
    void a_statistician_cannot_record_a_change() {
        assertThatThrownBy(() -> history.recordSuccession(
                        new Succession("350623", "350606", "漳浦区", LocalDate.of(2025, 1, 1), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(divisions.node("350606")).isEmpty();
    }

    private DivisionException refused(Succession change) {
        var before = jdbc.queryForList("select code, valid_from, valid_to, successor_id from division order by code");
        var e = catchThrowableOfType(DivisionException.class, () -> history.recordSuccession(change));
        assertThat(e).isNotNull();
        assertThat(jdbc.queryForList("select code, valid_from, valid_to, successor_id from division order by code"))
                .isEqualTo(before);
        return e;
    }
}
