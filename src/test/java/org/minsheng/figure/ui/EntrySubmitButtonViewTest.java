package org.minsheng.figure.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._fireValueChange;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.period.Period;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submit button is enabled only while the unit has a draft or a returned cell: after a submit it
 * stayed enabled, and pressing it again only brought 「没有需要提交的数据」 (a tester's tour).
 */
@IntegrationTest
@Transactional
class EntrySubmitButtonViewTest {

    private static final String NOTHING = "芗城区：目前没有需要提交的数据；填写或修改数值并保存后即可提交";

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void signIn() {
        open();
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void after_a_submit_the_button_is_disabled_saying_why_and_a_saved_value_enables_it() {
        assertThat(submit().isEnabled())
                .as("an empty sheet has nothing to submit")
                .isFalse();
        assertThat(hint().getText()).isEqualTo(NOTHING);

        type("meal_schools", "cell-value", "4");
        assertThat(submit().isEnabled()).as("a saved draft").isTrue();
        _assertNone(Paragraph.class, spec -> spec.withId("entry-submit-hint"));
        type("dropouts", "cell-value", "0");
        type("family_doctor", "cell-value", "5000");
        type("family_doctor", "cell-explanation", "新增家庭医生签约团队，覆盖面扩大");
        type("road_widening", "cell-value", "0.3");
        type("passing_bays", "cell-value", "1");

        _click(submit());
        assertThat(KaribuSpring.notifications()).containsExactly("已提交 5 项数据，等待审核");
        assertThat(submit().isEnabled())
                .as("nothing is left to submit: pressing again only brought a refusal")
                .isFalse();
        assertThat(hint().getText())
                .as("the read-only cells await review; 「没有需要提交的数据」 read as if the submit was lost")
                .isEqualTo("芗城区：已提交 5 项，等待审核");
    }

    @Test
    void a_sheet_of_approved_figures_opens_with_submit_disabled_until_a_figure_is_changed() {
        Catalogue.approvedFigure(db, "meal_schools", "350602", 2021, 1, 4);
        Catalogue.approvedFigure(db, "dropouts", "350602", 2021, 1, 0);
        Catalogue.approvedFigure(db, "family_doctor", "350602", 2021, 1, 3000);
        Catalogue.approvedFigure(db, "road_widening", "350602", 2021, 1, 1);
        Catalogue.approvedFigure(db, "passing_bays", "350602", 2021, 1, 1);
        open();
        assertThat(submit().isEnabled()).isFalse();
        assertThat(hint().getText()).isEqualTo(NOTHING);

        type("passing_bays", "cell-value", "2");
        assertThat(submit().isEnabled())
                .as("the changed figure is a draft to submit")
                .isTrue();
        _assertNone(Paragraph.class, spec -> spec.withId("entry-submit-hint"));

        type("passing_bays", "cell-value", "");
        assertThat(submit().isEnabled()).as("cleared back to the approved 1").isFalse();
    }

    /**
     * A published month has nothing to submit until a correction is typed; typed without its reason, the
     * value waits in its field, and submit stays pressable to name the cell to finish, as it did before.
     */
    @Test
    void a_correction_waiting_for_its_reason_enables_submit_to_name_the_cell() {
        choose(2020, 12);
        assertThat(submit().isEnabled()).isFalse();

        type("road_widening", "cell-value", "9200");
        assertThat(submit().isEnabled()).isTrue();
        _click(submit());
        assertThat(KaribuSpring.notifications()).containsExactly("以下单元格的输入尚未保存，请先处理：农村公路单改双");
    }

    @Test
    void the_reason_reads_in_english_too() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("entry");
        assertThat(hint().getText())
                .isEqualTo("芗城区: nothing to submit now; enter or change a value and save it, and it can be submitted");
    }

    private void open() {
        KaribuSpring.tearDown();
        KaribuSpring.signInAndOpen(context, "stat-xiangcheng");
        UI.getCurrent().navigate("entry");
    }

    private static void choose(int year, int month) {
        @SuppressWarnings("unchecked")
        Select<Period> period = _get(Select.class, spec -> spec.withId("entry-period"));
        period.setValue(period.getListDataView()
                .getItems()
                .filter(p -> p.year() == year && Integer.valueOf(month).equals(p.month()))
                .findFirst()
                .orElseThrow());
    }

    private static Button submit() {
        return _get(Button.class, spec -> spec.withId("submit-350602"));
    }

    /** The line under the buttons saying why one is disabled; found only while visible. */
    private static Paragraph hint() {
        return _get(Paragraph.class, spec -> spec.withId("entry-submit-hint"));
    }

    /** Typed in the browser: the field holds the text, then its change reaches the server as the user's. */
    private static void type(String indicator, String field, String text) {
        var editor = _find(CellEditor.class).stream()
                .filter(e -> e.cell().indicator().code().equals(indicator))
                .findFirst()
                .orElseThrow();
        var input = _get(editor, TextField.class, spec -> spec.withClasses(field));
        input.setValue(text);
        _fireValueChange(input, true);
    }
}
