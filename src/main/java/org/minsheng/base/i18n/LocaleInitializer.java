package org.minsheng.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Chinese unless the user chose English in this session: the browser's language is not asked,
 * because the commission's staff work in Chinese whatever their browser says.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String CHOSEN = LocaleInitializer.class.getName() + ".chosen";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            var session = VaadinSession.getCurrent();
            var chosen = session.getAttribute(CHOSEN);
            ui.getUI().setLocale(chosen instanceof Locale l ? l : Translations.CHINESE);
        });
    }
}
