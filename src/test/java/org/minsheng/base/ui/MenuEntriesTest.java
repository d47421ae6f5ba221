package org.minsheng.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The menu kept per set of roles is, for every user, the one Vaadin's access control gives them. */
@IntegrationTest
class MenuEntriesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MenuEntries menu;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void each_user_gets_their_own_roles_menu_whoever_asked_before_them() {
        // a user of each role, one twice, so that a list kept for the wrong key would show
        var users = List.of(
                "leader",
                "admin",
                "stat-xiangcheng",
                "reviewer",
                "leader",
                "comms",
                "display",
                "stat-city",
                "leader-xiangcheng");
        for (var user : users) {
            KaribuSpring.signInAndOpen(context, user);
            for (var locale : List.of(Translations.CHINESE, Translations.ENGLISH)) {
                UI.getCurrent().setLocale(locale);
                var vaadins = MenuConfiguration.getMenuEntries();
                assertThat(menu.forSignedInUser(locale))
                        .as("%s in %s", user, locale)
                        .isNotEmpty()
                        .containsExactlyElementsOf(vaadins);
            }
            KaribuSpring.tearDown();
        }
    }

    @Test
    void a_leader_and_an_administrator_see_different_pages() {
        KaribuSpring.signInAndOpen(context, "leader");
        var leaders = paths(menu.forSignedInUser(Translations.CHINESE));
        KaribuSpring.tearDown();
        KaribuSpring.signInAndOpen(context, "admin");
        var administrators = paths(menu.forSignedInUser(Translations.CHINESE));

        assertThat(leaders).isNotEqualTo(administrators);
        assertThat(administrators).contains("/admin/users");
        assertThat(leaders).doesNotContain("/admin/users");
    }

    private static List<String> paths(List<MenuEntry> entries) {
        return entries.stream().map(MenuEntry::path).toList();
    }
}
