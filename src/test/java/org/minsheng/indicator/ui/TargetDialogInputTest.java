package org.minsheng.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.indicator.TargetRow;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator types as a target is read exactly as the entry sheet reads a figure, or refused
 * beside the field: never silently changed (a tester's 1e3 was saved as 13, and ４３００ left the field empty).
 */
@IntegrationTest
@Transactional
class TargetDialogInputTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void an_exponent_or_misplaced_separators_are_refused_beside_the_field_and_nothing_is_saved() {
        var view = newTarget();
        var dialog = _get(TargetDialog.class);
        dialog.value.setValue("1e3");
        _click(dialog.save);
        assertThat(dialog.value.isInvalid()).isTrue();
        assertThat(dialog.value.getErrorMessage()).isEqualTo("“1e3”不是有效的数字");
        dialog.value.setValue("4,30");
        _click(dialog.save);
        assertThat(dialog.value.isInvalid()).isTrue();
        assertThat(dialog.value.getErrorMessage()).startsWith("“4,30”的千位分隔符位置不对");
        // a full-width space alone passes the field's required check, and is still no number
        dialog.value.setValue("　");
        _click(dialog.save);
        assertThat(dialog.value.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(familyDoctorOfLonghai(view)).isEmpty();
    }

    @Test
    void an_absurd_target_is_refused_beside_the_field_with_the_range() {
        var view = newTarget();
        var dialog = _get(TargetDialog.class);
        dialog.value.setValue("99999999999999999999999");
        _click(dialog.save);
        assertThat(dialog.value.isInvalid()).isTrue();
        assertThat(dialog.value.getErrorMessage()).isEqualTo("目标值应在 0 到 999,999,999,999,999 之间");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(familyDoctorOfLonghai(view)).isEmpty();
    }

    @Test
    void full_width_digits_and_thousands_separators_are_read_as_the_entry_sheet_reads_them() {
        var view = newTarget();
        var dialog = _get(TargetDialog.class);
        dialog.value.setValue("４３００");
        _click(dialog.save);
        _assertNone(TargetDialog.class);
        assertThat(familyDoctorOfLonghai(view))
                .hasValueSatisfying(t -> assertThat(t.value()).isEqualByComparingTo("4300"));

        view.edit(familyDoctorOfLonghai(view).orElseThrow());
        var edit = _get(TargetDialog.class);
        assertThat(edit.value.getValue()).isEqualTo("4300");
        edit.value.setValue("１２，５００");
        _click(edit.save);
        _assertNone(TargetDialog.class);
        assertThat(familyDoctorOfLonghai(view))
                .hasValueSatisfying(t -> assertThat(t.value()).isEqualByComparingTo("12500"));
    }

    /** The 2021 page of 漳州市 with a new 家庭医生签约覆盖 target for 龙海区 in its dialog, its value left to type. */
    private TargetsView newTarget() {
        KaribuSpring.signInAndOpen(context, "admin");
        UI.getCurrent().navigate("admin/targets");
        var view = _get(TargetsView.class);
        view.year.setValue("2021");
        TargetDialogs.showUnit(view, "350600");
        _click(_get(Button.class, spec -> spec.withId("new-target")));
        var dialog = _get(TargetDialog.class);
        TargetDialogs.chooseIndicator(dialog, "family_doctor");
        TargetDialogs.chooseDivision(dialog, "350604");
        return view;
    }

    private static Optional<TargetRow> familyDoctorOfLonghai(TargetsView view) {
        return view.grid
                .getListDataView()
                .getItems()
                .filter(t ->
                        t.divisionCode().equals("350604") && t.indicatorZh().equals("家庭医生签约覆盖"))
                .findFirst();
    }
}
