package org.minsheng.figure.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._fireValueChange;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approved figure not yet published may be changed by its statistician, without a reason, and goes
 * back to draft for review: the form said nothing of the approval it lost (a tester's tour). It says so
 * before the change (above the sheet, and at the cell the keyboard or pointer reaches) and after it.
 */
@IntegrationTest
@Transactional
class ApprovedFigureChangeViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void xiangchengsJanuarySchoolsApprovedAt4() {
        Catalogue.approvedFigure(db, "meal_schools", "350602", 2021, 1, 4);
        open(Locale.CHINESE);
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void
            changing_an_approved_figure_says_before_and_after_saving_that_it_is_reviewed_again_and_the_approved_value_counts_until_then() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("entry-approved-note"))
                        .getText())
                .isEqualTo("已审核但尚未发布的数据仍可修改：保存后新值变为草稿，需重新提交并经审核；审核通过前，看板和统计仍使用原已审核的值。");
        var value = field("cell-value");
        assertThat(value.isReadOnly()).isFalse();
        assertThat(value.getTooltip().getText()).isEqualTo("该数据已审核、尚未发布：修改并保存后新值需重新提交并经审核，审核通过前看板仍使用原已审核的值");
        assertThat(_find(editor(), TextField.class, spec -> spec.withClasses("cell-correction")))
                .as("not a correction of a published figure: no reason asked")
                .isEmpty();

        type("cell-value", "5");
        assertThat(value.getValue()).as("what was typed is saved, not dropped").isEqualTo("5");
        assertThat(editor().getElement().getAttribute("data-state")).isEqualTo("draft");
        assertThat(messages()).isEqualTo("新值待重新提交审核：审核通过前看板仍使用原已审核的值（4）；清空数值可恢复该值");
        assertThat(value.getTooltip().getText())
                .as("a draft loses nothing more by saving")
                .isNullOrEmpty();

        open(Locale.CHINESE);
        assertThat(messages())
                .as("said again when the sheet is opened again")
                .isEqualTo("新值待重新提交审核：审核通过前看板仍使用原已审核的值（4）；清空数值可恢复该值");

        type("cell-value", "");
        assertThat(editor().getElement().getAttribute("data-state")).isEqualTo("approved");
        assertThat(field("cell-value").getValue()).isEqualTo("4");
        assertThat(messages()).isEmpty();
    }

    @Test
    void the_withdrawal_is_said_in_english_too() {
        open(Locale.ENGLISH);
        assertThat(field("cell-value").getTooltip().getText())
                .isEqualTo(
                        "Approved, not yet published: a saved change must be submitted and reviewed again; until then"
                                + " dashboards keep using the approved value");
        type("cell-value", "5");
        assertThat(messages())
                .isEqualTo("The new value awaits submission and review: until it is approved, dashboards keep using the"
                        + " approved value (4); clear the value to go back to it");
    }

    /**
     * The note stands apart from the year-totals hint above it: both sat in the sheet's area with no margin
     * and read as one paragraph (a tester's tour). They are one block now, which the stylesheet spaces.
     */
    @Test
    void the_notes_above_the_sheet_are_one_spaced_block() {
        var notes = _get(Div.class, spec -> spec.withClasses("entry-notes"));
        assertThat(notes.getChildren().map(c -> c.getId().orElse("")))
                .containsExactly("year-totals-hint", "entry-approved-note");
    }

    /** A sheet without an approved figure has no note about one. */
    @Test
    void a_sheet_without_an_approved_figure_has_no_such_note() {
        db.execute("delete from figure where status = 'approved' and period_id = ?", Catalogue.monthId(db, 2021, 1));
        open(Locale.CHINESE);
        _assertNone(Paragraph.class, spec -> spec.withId("entry-approved-note"));
    }

    private void open(Locale locale) {
        KaribuSpring.tearDown();
        KaribuSpring.signInAndOpen(context, "stat-xiangcheng");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("entry");
    }

    private static CellEditor editor() {
        return _find(CellEditor.class).stream()
                .filter(e -> e.cell().indicator().code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
    }

    private static TextField field(String name) {
        return _get(editor(), TextField.class, spec -> spec.withClasses(name));
    }

    private static String messages() {
        return _get(editor(), Div.class, spec -> spec.withClasses("cell-messages"))
                .getText();
    }

    /** Typed in the browser: the field holds the text, then its change reaches the server as the user's. */
    private static void type(String name, String text) {
        var input = field(name);
        input.setValue(text);
        _fireValueChange(input, true);
    }
}
