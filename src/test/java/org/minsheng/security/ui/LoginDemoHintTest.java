package org.minsheng.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.db.DemoData;
import org.minsheng.base.i18n.Translations;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in page names the demo's accounts only where the demo's data is loaded (a server on its own
 * database offered 「leader … 密码均为 demo」), and every account it names signs in to this demo.
 */
@IntegrationTest
class LoginDemoHintTest {

    @Autowired
    Translations translations;

    @Autowired
    DSLContext db;

    @Test
    void the_hint_is_the_demos_and_only_where_its_data_is_loaded() {
        assertThat(LoginView.demoHint(Optional.empty())).isEmpty();
        assertThat(LoginView.demoHint(Optional.of(DemoData.Demo.CITY))).contains("login.demoHint");
        assertThat(LoginView.demoHint(Optional.of(DemoData.Demo.PROVINCE))).contains("login.demoHint.province");
        assertThat(LoginView.demoHint(Optional.of(DemoData.Demo.COUNTRY))).contains("login.demoHint.country");
    }

    @Test
    void every_account_the_city_demos_hint_names_exists() {
        assertThat(unknownAccounts(translations, db, "login.demoHint")).isEmpty();
    }

    /** The accounts a hint names (its Latin words but the password) that this database has no user of. */
    static List<String> unknownAccounts(Translations translations, DSLContext db, String key) {
        var named = Pattern.compile("[a-z]+(-[a-z]+)*")
                .matcher(translations.getTranslation(key, Translations.CHINESE))
                .results()
                .map(m -> m.group())
                .filter(word -> !word.equals("demo"))
                .toList();
        assertThat(named).isNotEmpty();
        var known = db.fetch("select username from app_user").getValues(0, String.class);
        return named.stream().filter(name -> !known.contains(name)).toList();
    }
}
