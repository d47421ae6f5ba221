package org.minsheng.support;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.minsheng.base.i18n.Translations;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Every message key the application looks up while the integration tests run, from views, services,
 * exports and the browser alike, checked against both languages. A key built at run time
 * ({@code "cell.state." + state}) or passed through a helper ({@code t(locale, key)}) is invisible to
 * a search of the sources; here it is checked as soon as a test takes the path that asks for it, and
 * that test fails, naming the key and the language that lacks it.
 */
public final class RecordedTranslations extends Translations {

    private static final Set<String> LOOKED_UP = new ConcurrentSkipListSet<>();
    private static final Set<String> MISSING = new ConcurrentSkipListSet<>();

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        LOOKED_UP.add(key);
        for (var language : LOCALES) {
            if (!bundle(language).containsKey(key)) {
                MISSING.add(key + " (" + language.getDisplayLanguage(Locale.ENGLISH) + ")");
            }
        }
        return super.getTranslation(key, locale, params);
    }

    /** The keys looked up so far in this test JVM. */
    public static Set<String> lookedUp() {
        return new TreeSet<>(LOOKED_UP);
    }

    /** Puts the recording provider in place of the application's, for every integration test's context. */
    public static class Install implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof Translations && !(bean instanceof RecordedTranslations)
                    ? new RecordedTranslations()
                    : bean;
        }
    }

    /** Fails the test during which a missing key was looked up. */
    public static class Check implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            if (!MISSING.isEmpty()) {
                var missing = new TreeSet<>(MISSING);
                MISSING.removeAll(missing);
                throw new AssertionFailedError("Message keys looked up but missing from a bundle: " + missing);
            }
        }
    }
}
