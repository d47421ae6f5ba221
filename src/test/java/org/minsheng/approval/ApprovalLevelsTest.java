package org.minsheng.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.division.Division;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city demo configures no approval levels and stays today's product: its reviewer approves figures
 * and accepts nothing. An administrator's levels are refused, with nothing written, above the root,
 * below county, or without the root's own level.
 */
@IntegrationTest
@Transactional
class ApprovalLevelsTest {

    @Autowired
    ApprovalService approvals;

    @Autowired
    DSLContext db;

    @Test
    void without_levels_the_city_reviewer_approves_figures_and_accepts_nothing() {
        assertThat(as("admin", approvals::levels)).isEmpty();
        var duties = as("reviewer", approvals::duties);
        assertThat(duties.unit().code()).isEqualTo("350600");
        assertThat(duties.approvesFigures()).isTrue();
        assertThat(duties.acceptsUnits()).isFalse();
        assertThat(duties.answersAbove()).isFalse();
        assertThatThrownBy(() -> as("reviewer", () -> approvals.queue(2020)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.error.notAccepting"));
    }

    /**
     * The levels an administrator may list at which no enabled reviewer works (the page warns with
     * them): a reviewer's level is that of the unit they are limited to, the root's when unlimited or when
     * they also enter figures (they then review every unit); a disabled account works nowhere.
     */
    @Test
    void a_level_counts_as_staffed_by_an_enabled_reviewer_limited_to_a_unit_of_it() {
        assertThat(as("admin", approvals::levelsWithoutReviewer)).containsExactly(Division.Level.COUNTY);
        Catalogue.scopedUser(db, "stat-reviewer-zhangpu", "statistician", "350623");
        Catalogue.scopedUser(db, "stat-reviewer-zhangpu", "reviewer", "350623");
        assertThat(as("admin", approvals::levelsWithoutReviewer))
                .as("a reviewer who also enters figures reviews every unit, the city's")
                .containsExactly(Division.Level.COUNTY);
        Catalogue.scopedUser(db, "reviewer-zhangpu", "reviewer", "350623");
        db.execute("update app_user set enabled = false where username = 'reviewer-zhangpu'");
        assertThat(as("admin", approvals::levelsWithoutReviewer)).containsExactly(Division.Level.COUNTY);
        db.execute("update app_user set enabled = true where username = 'reviewer-zhangpu'");
        assertThat(as("admin", approvals::levelsWithoutReviewer)).isEmpty();
        db.execute("update app_user set enabled = false where username in ('reviewer', 'stat-reviewer-zhangpu')");
        assertThat(as("admin", approvals::levelsWithoutReviewer)).containsExactly(Division.Level.CITY);
    }

    @Test
    void levels_above_the_root_below_county_or_without_the_roots_level_are_refused_and_write_nothing() {
        int audited = Catalogue.auditCount(db);
        refused(Set.of(Division.Level.PROVINCE, Division.Level.CITY), "approval.error.levelAboveRoot");
        refused(Set.of(Division.Level.TOWN, Division.Level.CITY), "approval.error.levelBelowCounty");
        refused(Set.of(Division.Level.COUNTY), "approval.error.rootLevelMissing");
        assertThat(Catalogue.auditCount(db)).isEqualTo(audited);
        assertThat(as("admin", approvals::levels)).isEmpty();
    }

    @Test
    void with_city_and_county_levels_the_city_reviewer_accepts_districts_and_the_change_is_audited() {
        int audited = Catalogue.auditCount(db);
        as("admin", () -> approvals.setLevels(Set.of(Division.Level.COUNTY, Division.Level.CITY)));
        assertThat(as("reviewer", approvals::levels)).containsExactly(Division.Level.CITY, Division.Level.COUNTY);
        assertThat(Catalogue.auditCount(db)).isEqualTo(audited + 1);
        var duties = as("reviewer", approvals::duties);
        assertThat(duties.approves())
                .as("the city's own figures (牵头市直部门), never its districts'")
                .containsExactly(Division.Level.CITY);
        assertThat(duties.accepts()).isEqualTo(Division.Level.COUNTY);
        assertThat(as("reviewer", () -> approvals.queue(2020)))
                .hasSize(11)
                .allSatisfy(u -> assertThat(u.notApproved()).isZero());
    }

    private void refused(Set<Division.Level> levels, String key) {
        assertThatThrownBy(() -> as("admin", () -> approvals.setLevels(levels)))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
