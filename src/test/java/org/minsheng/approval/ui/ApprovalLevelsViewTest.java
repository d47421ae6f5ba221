package org.minsheng.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
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

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_level_above_the_city_is_refused_next_to_the_levels_and_nothing_is_saved() {
        KaribuSpring.signInAndOpen(context, "admin");
        UI.getCurrent().navigate("admin/approval-levels");
        var view = _get(ApprovalLevelsView.class);
        assertThat(view.levels.getValue()).isEmpty();
        view.levels.setValue(Set.of(Division.Level.PROVINCE, Division.Level.CITY));
        _get(Button.class, spec -> spec.withId("approval-levels-save")).click();
        assertThat(view.levels.isInvalid()).isTrue();
        assertThat(view.levels.getErrorMessage()).isEqualTo("所选层级高于本系统的顶级单位漳州市，不能参与审核");

        view.levels.setValue(Set.of(Division.Level.CITY, Division.Level.COUNTY));
        _get(Button.class, spec -> spec.withId("approval-levels-save")).click();
        assertThat(view.levels.isInvalid()).isFalse();
        KaribuSpring.tearDown();
        KaribuSpring.signInAndOpen(context, "admin");
        UI.getCurrent().navigate("admin/approval-levels");
        assertThat(_get(ApprovalLevelsView.class).levels.getValue())
                .containsExactlyInAnyOrder(Division.Level.CITY, Division.Level.COUNTY);
    }
}
