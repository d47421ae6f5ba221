package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.Translations;
import org.minsheng.figure.Finding;

/** Validation findings in the user's language. */
final class Findings {

    private Findings() {}

    /**
     * A number a finding names reads as the sheet's numbers do, with the decimals it carries (a value in
     * its indicator's scale: 1.0, not MessageFormat's 1) and the reader's grouping: {@link Numbers#asWritten},
     * as the import's report writes them.
     */
    static String text(Component in, Finding finding) {
        // the component may not be attached yet (a cell editor shown before it is added): the current UI's
        var locale = in.getUI()
                .or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale)
                .orElse(Translations.CHINESE);
        return in.getTranslation(finding.messageKey(), Numbers.asWritten(finding.parameters(), locale));
    }

    static String text(Component in, List<Finding> findings) {
        return findings.stream().map(f -> text(in, f)).collect(Collectors.joining(separator(in)));
    }

    /** Between two messages of a cell: 「；」 in Chinese, "; " in English (the English pages had 「；」). */
    static String separator(Component in) {
        return in.getTranslation("entry.messages.separator");
    }
}
