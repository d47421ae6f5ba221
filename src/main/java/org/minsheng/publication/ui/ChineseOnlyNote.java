package org.minsheng.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.minsheng.base.i18n.Translations;

/**
 * Says, on a screen in another language, that the year-in-review and its files are the Chinese
 * publication: an English session found the preview, the PDF, the card and the images in Chinese with
 * nothing saying why, where the public page says so (a stranger's trial).
 */
final class ChineseOnlyNote {

    private ChineseOnlyNote() {}

    /** The note, shown only when the screen's language ({@code locale}, the page's) is not Chinese. */
    static Paragraph of(Component in, Locale locale) {
        var note = new Paragraph(in.getTranslation("publication.chineseOnly"));
        note.setId("publication-chinese-only");
        note.addClassName("page-meta");
        note.addClassName("no-print");
        note.setVisible(!Translations.isChinese(locale));
        return note;
    }
}
