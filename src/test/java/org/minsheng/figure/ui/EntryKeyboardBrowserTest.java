package org.minsheng.figure.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Keyboard entry, pasting a block from Excel, and two people on one cell, as 漳浦县's statistician. */
class EntryKeyboardBrowserTest extends BrowserTest {

    @Autowired
    DSLContext db;

    /** The drafts made here would disturb other tests of the shared database. */
    @AfterEach
    void removeDrafts() {
        db.execute("delete from figure where division_id = (select id from division where code = '350623') "
                + "and period_id = (select id from period where year = 2021 and month = 1)");
    }

    @Test
    void enter_moves_to_the_next_indicator_and_a_pasted_excel_column_fills_the_cells_below() {
        var page = entryPage();
        var meals = field(page, "meal_schools");
        meals.fill("24");
        meals.press("Enter");
        assertThat(editor(page, "meal_schools")).hasAttribute("data-state", "draft");
        Object focused = page.evaluate("() => document.activeElement.closest('vaadin-text-field').dataset.indicator");
        assertThat(focused).isEqualTo("dropouts");

        page.evaluate("""
                () => {
                  const input = document.querySelector('vaadin-text-field[data-indicator=dropouts] input');
                  const data = new DataTransfer();
                  data.setData('text/plain', '0\\r\\n17000\\r\\n1.5\\r\\n3\\r\\n');
                  input.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
                }""");
        assertThat(page.locator(".cell-editor[data-state=draft]")).hasCount(5);
        assertThat(field(page, "family_doctor")).hasValue("17000");
        assertThat(field(page, "road_widening")).hasValue("1.5");
        assertThat(field(page, "passing_bays")).hasValue("3");
        Browser.screenshot(page, "entry-after-paste");
    }

    @Test
    void a_bad_value_is_refused_next_to_the_cell_and_not_saved() {
        var page = entryPage();
        var bays = field(page, "passing_bays");
        bays.fill("-2");
        bays.press("Tab");
        assertThat(editor(page, "passing_bays").locator(".cell-messages")).hasText("不能为负数");
        assertThat(editor(page, "passing_bays")).hasAttribute("data-state", "empty");
        assertThat(db.fetchCount(db.selectFrom("figure").where("value < 0"))).isZero();
    }

    /**
     * A warning takes the keyboard to its explanation, Enter there goes on to the next indicator, and a
     * warning that arrives while the user is already typing in another field leaves the keyboard where it
     * is: pulled back mid-number, a fast typist's 900 was saved as 9 and its 00 went into the explanation.
     */
    @Test
    void a_warning_asks_for_its_explanation_unless_the_user_is_typing_elsewhere_and_enter_moves_on_from_it() {
        var page = entryPage();
        var dropouts = field(page, "dropouts");
        dropouts.fill("1");
        dropouts.press("Tab");
        var explanation = editor(page, "dropouts").locator("vaadin-text-field.cell-explanation input");
        assertThat(explanation).isFocused();

        explanation.fill("学生随父母外出务工，已劝返");
        explanation.press("Enter");
        assertThat(field(page, "family_doctor")).isFocused();
        page.waitForCondition(() -> db.fetchExists(db.selectFrom("figure").where("explanation = '学生随父母外出务工，已劝返'")));

        // the next value is being typed when a late answer asks for an explanation again
        field(page, "family_doctor").pressSequentially("9");
        page.evaluate("""
                () => window.minsheng.askExplanation(document.querySelector(
                  '.cell-editor:has(vaadin-text-field[data-indicator=dropouts]) vaadin-text-field.cell-explanation'))""");
        assertThat(field(page, "family_doctor")).isFocused();
        assertThat(field(page, "family_doctor")).hasValue("9");
    }

    @Test
    void the_second_of_two_people_editing_one_cell_sees_the_other_value_and_chooses() {
        var first = entryPage();
        var second = entryPage();
        field(first, "meal_schools").fill("24");
        field(first, "meal_schools").press("Enter");
        assertThat(editor(first, "meal_schools")).hasAttribute("data-state", "draft");

        field(second, "meal_schools").fill("25");
        field(second, "meal_schools").press("Enter");
        var dialog = second.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog")
                .first();
        assertThat(dialog).containsText("24");
        Browser.screenshot(second, "entry-conflict");
        second.getByText("保留对方的值").click();
        assertThat(field(second, "meal_schools")).hasValue("24");
    }

    private Page entryPage() {
        var page = signedIn("stat-zhangpu", "/entry", 1280, 900);
        assertThat(page.locator(".entry-sheet")).containsText("漳浦县");
        return page;
    }

    private static Locator field(Page page, String indicator) {
        return page.locator("vaadin-text-field[data-indicator=" + indicator + "] input");
    }

    private static Locator editor(Page page, String indicator) {
        return page.locator(".cell-editor:has(vaadin-text-field[data-indicator=" + indicator + "])");
    }
}
