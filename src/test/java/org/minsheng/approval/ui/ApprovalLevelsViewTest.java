package org.minsheng.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.approval.ApprovalService;
import org.minsheng.base.RefusedException;
import org.minsheng.division.Division;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' page of approval levels says next to the levels why a choice is refused. */
@IntegrationTest
@Transactional
class ApprovalLevelsViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApprovalService approvals;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    /**
     * The city demo has no reviewer limited to a county: ticking 县级 names it, as it is ticked and after
     * saving, which stays allowed (a stranger's trial ticked it and was told nothing).
     */
    @Test
    void ticking_a_level_without_any_reviewer_names_it_and_saving_stays_allowed() {
        var view = open();
        assertThat(view.unstaffed.isVisible()).isFalse();
        view.levels.setValue(Set.of(Division.Level.CITY));
        assertThat(view.unstaffed.isVisible()).as("the city has its reviewer").isFalse();
        view.levels.setValue(Set.of(Division.Level.CITY, Division.Level.COUNTY));
        assertThat(view.unstaffed.isVisible()).isTrue();
        assertThat(view.unstaffed.getText())
                .isEqualTo(
                        "注意：勾选的县级还没有审核员账号。这样保存后，该层级的数据无人审核、下级单位的年度数据无人接收，上级也将一直等待。" + "请在“用户管理”中添加限定到该层级单位的审核员，或取消勾选。");
        _get(Button.class, spec -> spec.withId("approval-levels-save")).click();
        assertThat(view.levels.isInvalid()).isFalse();
        var reopened = open();
        assertThat(reopened.levels.getValue()).containsExactlyInAnyOrder(Division.Level.CITY, Division.Level.COUNTY);
        assertThat(reopened.unstaffed.getText()).startsWith("注意：勾选的县级还没有审核员账号");
    }

    /**
     * A city installation has no province above its root: the page offered 省级 all the same, and refused it
     * only once saved. It offers the city's levels alone; a province sent anyway is still refused.
     */
    @Test
    void only_the_levels_of_the_installation_are_offered_and_a_level_above_the_city_is_refused() {
        var view = open();
        assertThat(view.levels.getValue()).isEmpty();
        assertThat(view.levels.getListDataView().getItems())
                .containsExactly(Division.Level.CITY, Division.Level.COUNTY);
        assertThatThrownBy(() -> approvals.setLevels(Set.of(Division.Level.PROVINCE, Division.Level.CITY)))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("approval.error.levelAboveRoot");
        assertThat(open().levels.getValue()).isEmpty();

        view = open();
        view.levels.setValue(Set.of(Division.Level.CITY, Division.Level.COUNTY));
        _get(Button.class, spec -> spec.withId("approval-levels-save")).click();
        assertThat(view.levels.isInvalid()).isFalse();
        assertThat(open().levels.getValue()).containsExactlyInAnyOrder(Division.Level.CITY, Division.Level.COUNTY);
    }

    /** The page as an administrator opens it afresh, after whatever the test saved. */
    private ApprovalLevelsView open() {
        KaribuSpring.tearDown();
        KaribuSpring.signInAndOpen(context, "admin");
        UI.getCurrent().navigate("admin/approval-levels");
        return _get(ApprovalLevelsView.class);
    }
}
