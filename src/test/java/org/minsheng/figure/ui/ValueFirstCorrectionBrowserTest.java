package org.minsheng.figure.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.db.Tables.FIGURE;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.db.tables.records.FigureRecord;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trial's lost correction, replayed key for key: on a published month 芗城区's statistician
 * types the new value first, tabs on, reads why it was not saved, then gives the reason. The value
 * must survive that order and reach the database with its reason.
 */
class ValueFirstCorrectionBrowserTest extends BrowserTest {

    private static final String REASON = "区交通局复核后更正里程";

    @Autowired
    DSLContext db;

    private FigureRecord before;

    @BeforeEach
    void rememberThePublishedFigure() {
        before = figure();
        assertThat(before.getStatus().getLiteral()).isEqualTo("approved");
    }

    /** The shared database gets the published figure back exactly as it was. */
    @AfterEach
    void restoreThePublishedFigure() {
        var restore = before.copy();
        restore.changed(true);
        restore.changed(FIGURE.ID, false);
        db.update(FIGURE).set(restore).where(FIGURE.ID.eq(before.getId())).execute();
    }

    @Test
    void a_correction_typed_value_first_is_kept_until_its_reason_arrives_and_then_saved_with_it() {
        var corrected = before.getApprovedValue().add(BigDecimal.ONE);
        var page = signedIn("stat-xiangcheng", "/entry", 1440, 900);
        page.locator("#entry-period").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("2020年12月"))
                .click();
        assertThat(page.locator(".entry-correction-note")).isVisible();

        var value = field(page);
        value.fill(corrected.toPlainString());
        value.press("Tab");
        var messages = editor(page).locator(".cell-messages");
        assertThat(messages).hasText("本期已发布，数据已锁定：更正需填写修订原因");
        assertThat(page.getByText("更正需填写修订原因")).hasCount(1);
        assertThat(value).hasValue(corrected.toPlainString());
        assertThat(editor(page).locator("vaadin-text-field.cell-correction")).hasAttribute("invalid", "");
        Browser.screenshot(page, "correction-value-first-waiting");

        var reason = editor(page).locator("vaadin-text-field.cell-correction input");
        reason.fill(REASON);
        reason.press("Tab");
        // the refusal is gone; what may remain is the jump-from-last-year warning any value here triggers
        assertThat(messages).not().containsText("修订原因");
        assertThat(messages).not().hasAttribute("data-severity", "error");
        assertThat(editor(page)).hasAttribute("data-state", "draft");
        assertThat(figure().getValue()).isEqualByComparingTo(corrected);
        assertThat(figure().getCorrectionReason()).isEqualTo(REASON);

        // the new mileage is far above last year's: its warning needs an explanation before submitting, and
        // the keyboard is taken there (Tab had gone on past it, to be found when submitting was refused)
        var explanation = editor(page).locator("vaadin-text-field.cell-explanation input");
        assertThat(explanation).isFocused();
        explanation.fill("新建道路配套，已现场核实");
        explanation.press("Tab");
        page.waitForCondition(() -> "新建道路配套，已现场核实".equals(figure().getExplanation()));
        page.locator("#submit-350602").click();
        assertThat(Browser.notification(page, "已提交 1 项数据")).isVisible();
        // the address names the period chosen: the reload opens December again, not the first due month
        page.reload();
        assertThat(page.locator("#entry-period")).containsText("2020年12月");
        assertThat(page.locator(".entry-correction-note")).isVisible();
        assertThat(field(page)).hasValue(corrected.toPlainString());
        // the reason that will be published, shown again
        assertThat(editor(page).locator("vaadin-text-field.cell-correction input"))
                .hasValue(REASON);
        var stored = figure();
        assertThat(stored.getStatus().getLiteral()).isEqualTo("submitted");
        assertThat(stored.getValue()).isEqualByComparingTo(corrected);
        assertThat(stored.getCorrectionReason()).isEqualTo(REASON);
        assertThat(stored.getApprovedValue())
                .as("published value unchanged until a reviewer approves")
                .isEqualByComparingTo(before.getApprovedValue());
    }

    @Test
    void submitting_while_a_typed_value_waits_for_its_reason_names_the_cell_instead_of_submitting_nothing() {
        var page = signedIn("stat-xiangcheng", "/entry", 1440, 900);
        page.locator("#entry-period").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("2020年12月"))
                .click();
        assertThat(page.locator(".entry-correction-note")).isVisible();
        var value = field(page);
        value.fill(before.getApprovedValue().add(BigDecimal.TEN).toPlainString());
        value.press("Tab");
        page.locator("#submit-350602").click();
        assertThat(Browser.notification(page, "以下单元格的输入尚未保存")).isVisible();
        assertThat(figure().getStatus().getLiteral()).isEqualTo("approved");
        assertThat(figure().getValue()).isEqualByComparingTo(before.getValue());
    }

    /**
     * The stranger's flow a): the cell already has an explanation. Tab from the typed value went to
     * the explanation and selected it; the reason typed next replaced it and nothing was saved.
     */
    @Test
    void tab_from_a_corrected_value_goes_to_its_reason_even_when_the_cell_has_an_explanation() {
        db.update(FIGURE)
                .set(FIGURE.EXPLANATION, "新建道路配套")
                .where(FIGURE.ID.eq(before.getId()))
                .execute();
        var corrected = before.getApprovedValue().add(BigDecimal.ONE);
        var page = december(signedIn("stat-xiangcheng", "/entry", 1440, 900));
        var value = field(page);
        value.fill(corrected.toPlainString());
        value.press("Tab");
        var reason = editor(page).locator("vaadin-text-field.cell-correction input");
        assertThat(reason).isFocused();
        assertThat(editor(page).locator("vaadin-text-field.cell-correction"))
                .containsText("新值 " + corrected.toPlainString() + " 尚未保存");
        page.keyboard().type(REASON);
        page.keyboard().press("Tab");
        assertThat(editor(page)).hasAttribute("data-state", "draft");
        var stored = figure();
        assertThat(stored.getValue()).isEqualByComparingTo(corrected);
        assertThat(stored.getCorrectionReason()).isEqualTo(REASON);
        assertThat(stored.getExplanation()).isEqualTo("新建道路配套");
    }

    /**
     * The stranger's flow b): Enter on the typed value went to the next indicator, where the reason
     * typed next landed, and the value was lost on reload without a word.
     */
    @Test
    void enter_on_a_corrected_value_goes_to_its_reason_and_leaving_before_it_is_given_asks_first() {
        var corrected = before.getApprovedValue().add(BigDecimal.ONE);
        var page = december(signedIn("stat-xiangcheng", "/entry", 1440, 900));
        assertThat(unloadIsAsked(page)).as("nothing typed yet").isFalse();
        var value = field(page);
        value.fill(corrected.toPlainString());
        assertThat(unloadIsAsked(page)).as("typed, not yet sent").isTrue();
        value.press("Enter");
        var reason = editor(page).locator("vaadin-text-field.cell-correction input");
        assertThat(reason).isFocused();
        assertThat(editor(page).locator(".cell-messages")).hasAttribute("data-severity", "error");
        assertThat(unloadIsAsked(page)).as("waiting for its reason").isTrue();
        page.keyboard().type(REASON);
        page.keyboard().press("Enter");
        assertThat(editor(page)).hasAttribute("data-state", "draft");
        assertThat(unloadIsAsked(page)).as("saved").isFalse();
        var stored = figure();
        assertThat(stored.getValue()).isEqualByComparingTo(corrected);
        assertThat(stored.getCorrectionReason()).isEqualTo(REASON);
        // the next indicator got nothing of it
        assertThat(page.locator("vaadin-text-field[data-indicator=passing_bays] input"))
                .not()
                .hasValue(REASON);
    }

    /** What a reload or a closed tab triggers: true when the page asks the browser to ask the user. */
    private static boolean unloadIsAsked(Page page) {
        return (Boolean) page.evaluate("""
                () => {
                  const event = new Event('beforeunload', {cancelable: true});
                  window.dispatchEvent(event);
                  return event.defaultPrevented;
                }""");
    }

    private static Page december(Page page) {
        page.locator("#entry-period").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("2020年12月"))
                .click();
        assertThat(page.locator(".entry-correction-note")).isVisible();
        return page;
    }

    private FigureRecord figure() {
        return Catalogue.figure(db, "road_widening", "350602", 2020, 12);
    }

    private static Locator field(Page page) {
        return page.locator("vaadin-text-field[data-indicator=road_widening] input");
    }

    private static Locator editor(Page page) {
        return page.locator(".cell-editor:has(vaadin-text-field[data-indicator=road_widening])");
    }
}
