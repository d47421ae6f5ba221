package org.minsheng.base.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.support.Browser;
import org.minsheng.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page of every role, in English, holds no Chinese but the data: the names of districts and
 * indicators, people's names and what people typed, read from the database rather than listed by
 * hand, and the Chinese publication itself, which the page marks {@code lang="zh-CN"}. Text inside
 * Vaadin's components (their shadow DOM) and the labels read to screen readers count too.
 */
class EnglishPagesBrowserTest extends BrowserTest {

    private static final Pattern CJK =
            Pattern.compile("[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]");

    /** One demo account per role. */
    private static final List<String> USERS = List.of("leader", "reviewer", "comms", "admin", "stat-xiangcheng");

    /** Pages the menu does not list: an indicator, a district, the phrase editor (or the refusal). */
    private static final List<String> BEYOND_THE_MENU =
            List.of("indicator/meal_schools?year=2020", "?year=2020&division=350623", "publication/phrases");

    /** Every text node and read-aloud label holding CJK, through shadow roots, outside {@code lang="zh…"}. */
    private static final String CHINESE_ON_PAGE = """
            () => {
              const cjk = /[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]/;
              const found = [];
              const visit = node => {
                if (node.nodeType === Node.TEXT_NODE) {
                  if (cjk.test(node.data)) found.push(node.data.trim());
                  return;
                }
                if (node.nodeType === Node.ELEMENT_NODE) {
                  if (['script', 'style', 'template'].includes(node.localName)) return;
                  if (node !== document.documentElement && (node.getAttribute('lang') || '').startsWith('zh')) return;
                  for (const name of ['aria-label', 'title', 'placeholder', 'label', 'alt']) {
                    const value = node.getAttribute(name);
                    if (value && cjk.test(value)) found.push(value.trim());
                  }
                  if (node.shadowRoot) visit(node.shadowRoot);
                }
                node.childNodes.forEach(visit);
              };
              visit(document.documentElement);
              if (cjk.test(document.title)) found.push(document.title);
              return found;
            }""";

    @Autowired
    DSLContext db;

    @Test
    void in_english_no_page_of_any_role_shows_chinese_but_the_data() {
        var data = chineseData();
        Map<String, Object> untranslated = new TreeMap<>();
        for (var user : USERS) {
            var page = browser.newPage(1440, 1000);
            page.navigate(base() + "/login");
            page.locator("vaadin-select").first().click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English"))
                    .click();
            assertThat(page.locator("h1")).hasText("Livelihood Campaign Results");
            collect(page, user + " /login", data, untranslated);
            Browser.signIn(page, base(), user);
            collect(page, user + " /", data, untranslated);
            var paths = new LinkedHashSet<String>();
            for (var path : (List<?>) page.locator("vaadin-side-nav-item")
                    .evaluateAll("items => items.map(i => i.getAttribute('path'))")) {
                paths.add(path.toString());
            }
            paths.addAll(BEYOND_THE_MENU);
            assertThat(paths).as("the menu of " + user).hasSizeGreaterThan(BEYOND_THE_MENU.size() + 1);
            for (var path : paths) {
                page.navigate(base() + "/" + path);
                collect(page, user + " /" + path, data, untranslated);
            }
            page.context().close();
        }
        assertThat(untranslated)
                .as("Chinese that is not data, on English pages")
                .isEmpty();
    }

    private static void collect(Page page, String where, List<String> data, Map<String, Object> untranslated) {
        assertThat(page.locator("vaadin-app-layout, .login-page").first()).isVisible();
        page.waitForFunction(
                "() => window.Vaadin && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        var texts = new TreeSet<String>();
        for (var text : (List<?>) page.evaluate(CHINESE_ON_PAGE)) {
            var rest = text.toString();
            for (var datum : data) {
                rest = rest.replace(datum, "");
            }
            if (CJK.matcher(rest).find()) {
                texts.add(text.toString());
            }
        }
        if (!texts.isEmpty()) {
            untranslated.put(where, texts);
            System.out.println("Chinese on the English page " + where + ": " + texts);
            Browser.screenshot(page, "english-" + where.replaceAll("[^a-z0-9-]+", "-"));
        }
    }

    /**
     * Chinese that is data: names of districts, indicators and people, what people entered, and the
     * names of files already exported.
     */
    private List<String> chineseData() {
        var data = new ArrayList<String>();
        for (var sql : List.of(
                "select name from division",
                "select name_zh from indicator",
                "select short_name_zh from indicator",
                "select display_name from app_user",
                "select explanation from figure where explanation is not null",
                "select return_reason from figure where return_reason is not null",
                "select reason from figure_revision where reason is not null",
                "select reason from audit_entry where reason is not null",
                // what people typed, as the audit trail keeps it after the figure itself moved on
                "select distinct v from audit_entry, lateral (values (old_value->>'explanation'), "
                        + "(new_value->>'explanation'), (old_value->>'correctionReason'), "
                        + "(new_value->>'correctionReason'), (old_value->>'returnReason'), "
                        + "(new_value->>'returnReason')) as t(v) where v is not null",
                // a lead department without an English name is shown in Chinese on English pages too
                "select lead_department from indicator where lead_department_en is null",
                // the export log lists files as they were named when taken, in the language of that session
                "select file_name from export_record")) {
            data.addAll(db.fetch(sql).getValues(0, String.class));
        }
        data.sort(Comparator.comparingInt(String::length).reversed());
        return data;
    }
}
