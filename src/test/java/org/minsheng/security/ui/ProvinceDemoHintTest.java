package org.minsheng.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.support.ProvinceDemo;
import org.springframework.beans.factory.annotation.Autowired;

/** The province demo's sign-in page names its own accounts, each of which it has: it listed the city's. */
@IntegrationTest
@ProvinceDemo
class ProvinceDemoHintTest {

    @Autowired
    Translations translations;

    @Autowired
    DSLContext db;

    @Test
    void every_account_the_province_demos_hint_names_exists() {
        assertThat(LoginDemoHintTest.unknownAccounts(translations, db, "login.demoHint.province"))
                .isEmpty();
    }
}
