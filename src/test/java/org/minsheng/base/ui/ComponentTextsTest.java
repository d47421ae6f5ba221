package org.minsheng.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Vaadin's components speak English until given texts; on a Chinese page the calendar, the menu and
 * the screen-reader announcements are Chinese, on an English page English.
 */
@IntegrationTest
class ComponentTextsTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void on_a_chinese_page_the_audit_calendars_and_the_menu_speak_chinese() {
        openAuditIn(Translations.CHINESE);
        assertThat(_find(DatePicker.class)).hasSize(2).allSatisfy(picker -> {
            assertThat(picker.getI18n()).as("calendar texts").isNotNull();
            assertThat(picker.getI18n().getMonthNames().getFirst()).isEqualTo("一月");
            assertThat(picker.getI18n().getToday()).isEqualTo("今天");
            assertThat(picker.getI18n().getCancel()).isEqualTo("取消");
            // the dates as the application shows them are what it takes back, and other input is told so
            assertThat(picker.getI18n().getDateFormats())
                    .startsWith("yyyy-MM-dd")
                    .contains("yyyy/M/d");
            assertThat(picker.getI18n().getBadInputErrorMessage()).isEqualTo("请按 2021-02-15 的格式输入日期");
        });
        var layout = layout();
        assertThat(layout.getI18n().getDrawer()).isEqualTo("导航栏");
        assertThat(_get(layout, SideNav.class).getI18n().getToggle()).isEqualTo("展开或收起子菜单");
        assertThat(ComponentTexts.multiSelect(new Span()).getTotal()).isEqualTo("已选择 {count} 项");
    }

    @Test
    void on_an_english_page_the_same_texts_are_english() {
        openAuditIn(Translations.ENGLISH);
        assertThat(_find(DatePicker.class)).hasSize(2).allSatisfy(picker -> {
            assertThat(picker.getI18n().getMonthNames().getFirst()).isEqualTo("January");
            assertThat(picker.getI18n().getToday()).isEqualTo("Today");
        });
        assertThat(layout().getI18n().getDrawer()).isEqualTo("Drawer");
        assertThat(ComponentTexts.multiSelect(new Span()).getTotal()).isEqualTo("Items selected: {count}");
    }

    /** The frame around every page, built as the router builds it (Karibu's routes leave layouts out). */
    private MainLayout layout() {
        return new MainLayout(
                context.getBean(AuthenticationContext.class),
                context.getBean(SignedInUser.class),
                context.getBean(MenuEntries.class));
    }

    private void openAuditIn(Locale locale) {
        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("audit");
    }
}
