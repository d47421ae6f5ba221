package org.minsheng.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * Chooses the UI language for the rest of the session and redraws the page in it. Each language is
 * named in itself ("中文", "English"), marked with its language so a screen reader pronounces it right.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Translations.LOCALES);
        // a rendered item, not a label generator: the chosen value is shown as a copy of its item, lang and all
        setRenderer(new ComponentRenderer<>(locale -> {
            var name = new Span(ownName(locale));
            name.getElement().setAttribute("lang", locale.toLanguageTag());
            return name;
        }));
        setValue(Translations.isChinese(UI.getCurrent().getLocale()) ? Translations.CHINESE : Translations.ENGLISH);
        setAriaLabel(getTranslation("app.language"));
        setWidth("7.5em");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(LocaleInitializer.CHOSEN, event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    private static String ownName(Locale locale) {
        return Translations.isChinese(locale) ? "中文" : "English";
    }
}
