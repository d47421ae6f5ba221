package org.minsheng.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.security.Role;

class TranslationsTest {

    /**
     * English messages that are Chinese on purpose, each with its reason. Any other English message
     * holding Chinese characters is a translation someone forgot.
     */
    private static final Map<String, String> INTENTIONALLY_CHINESE = Map.of(
            "publication.title",
            "the title of the Chinese year-in-review, which is published in Chinese only",
            "public.language.other",
            "the public page's link to its Chinese version, named in Chinese as language switches are");

    private static final Pattern CJK =
            Pattern.compile("[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]");

    private static final Pattern KEY_IN_SOURCE = Pattern.compile(
            "(?:getTranslation\\(|title = |new RefusedException\\()\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\"\\s*[,)]");

    @Test
    void every_message_exists_in_chinese_and_english() {
        var chinese = Translations.bundle(Translations.CHINESE).keySet();
        var english = Translations.bundle(Translations.ENGLISH).keySet();
        assertThat(new TreeSet<>(english)).containsExactlyElementsOf(new TreeSet<>(chinese));
    }

    @Test
    void no_english_message_is_still_chinese_unless_it_is_meant_to_be() {
        var english = Translations.bundle(Translations.ENGLISH);
        var stillChinese = new TreeSet<String>();
        for (var key : english.keySet()) {
            if (CJK.matcher(english.getString(key)).find() && !INTENTIONALLY_CHINESE.containsKey(key)) {
                stillChinese.add(key + "=" + english.getString(key));
            }
        }
        assertThat(stillChinese).isEmpty();
        assertThat(INTENTIONALLY_CHINESE.keySet())
                .as("keys meant to stay Chinese exist")
                .allSatisfy(key -> assertThat(english.containsKey(key)).isTrue());
    }

    /**
     * Keys written as literals in the sources. Keys built at run time or passed through helpers are
     * checked as the tests look them up (support/RecordedTranslations); this catches the literal ones
     * on paths no test takes.
     */
    /**
     * A message with placeholders goes through MessageFormat, where a lone apostrophe starts a quotation:
     * "each {1}'s actual value" printed "each districts actual value" and dropped the rest's formatting.
     */
    @Test
    void an_apostrophe_in_a_message_with_placeholders_is_doubled() {
        for (var locale : java.util.List.of(Translations.CHINESE, Translations.ENGLISH)) {
            var bundle = Translations.bundle(locale);
            assertThat(bundle.keySet().stream()
                            .filter(key -> bundle.getString(key).matches("(?s).*\\{\\d.*"))
                            .filter(key -> bundle.getString(key).matches("(?s).*(?<!')'(?!').*")))
                    .as(locale + ": write '' for an apostrophe in these")
                    .isEmpty();
        }
    }

    /**
     * A message without placeholders is printed as written, so its apostrophe is written once: the close-month
     * question read 「the statisticians'' list」 and the province demo's sign-in page 「the province''s leader」.
     */
    @Test
    void an_apostrophe_in_a_message_without_placeholders_is_written_once() {
        for (var locale : java.util.List.of(Translations.CHINESE, Translations.ENGLISH)) {
            var bundle = Translations.bundle(locale);
            assertThat(bundle.keySet().stream()
                            .filter(key -> !bundle.getString(key).matches("(?s).*\\{\\d.*"))
                            .filter(key -> bundle.getString(key).contains("''")))
                    .as(locale + ": write ' for an apostrophe in these")
                    .isEmpty();
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        var keys = Translations.bundle(Translations.CHINESE).keySet();
        assertThat(keysUsedInSources())
                .isNotEmpty()
                .allSatisfy(key -> assertThat(keys).contains(key));
        for (var role : Role.values()) {
            assertThat(keys).contains("users.role." + role.name().toLowerCase());
        }
        for (var direction : TargetDirection.values()) {
            if (direction != TargetDirection.REACH_ZERO) {
                assertThat(keys).contains("target." + direction.name().toLowerCase());
            }
        }
    }

    @Test
    void chinese_is_the_default_and_english_is_chosen_for_any_english_locale() {
        var translations = new Translations();
        assertThat(translations.getTranslation("app.title", Locale.GERMAN)).isEqualTo("民生领域集中整治成果统计");
        assertThat(translations.getTranslation("app.title", Locale.US)).isEqualTo("Livelihood Campaign Results");
        assertThat(translations.getTranslation("dashboard.yearOption", Translations.CHINESE, "2020"))
                .isEqualTo("2020年");
        assertThat(translations.getTranslation("no.such.key", Translations.CHINESE))
                .isEqualTo("!no.such.key!");
    }

    private static Set<String> keysUsedInSources() throws IOException {
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_SOURCE.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
