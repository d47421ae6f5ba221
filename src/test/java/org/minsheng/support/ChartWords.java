package org.minsheng.support;

import java.util.Locale;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartContents;

/** The charts' words in a language, translated as the running application translates them. */
public final class ChartWords {

    private ChartWords() {}

    /** The chart contents of the screen and of print, in the language. */
    public static ChartContents in(Translations translations, Locale locale) {
        return new ChartContents(locale, (key, parameters) -> translations.getTranslation(key, locale, parameters));
    }
}
