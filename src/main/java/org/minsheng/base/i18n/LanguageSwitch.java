package org.minsheng.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Chooses the UI language for the rest of the session and redraws the page in it. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Translations.LOCALES);
        setItemLabelGenerator(locale -> Translations.isChinese(locale) ? "中文" : "English");
        setValue(Translations.isChinese(UI.getCurrent().getLocale()) ? Translations.CHINESE : Translations.ENGLISH);
        setAriaLabel("语言 / Language");
        setWidth("7.5em");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(LocaleInitializer.CHOSEN, event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
