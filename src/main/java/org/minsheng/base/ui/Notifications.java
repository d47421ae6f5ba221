package org.minsheng.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.minsheng.base.RefusedException;

/** Short messages in the corner, in the user's language; refusals never show a stack trace. */
public final class Notifications {

    private Notifications() {}

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    /** Neither success nor failure: something the reader should know, such as an action that had nothing to do. */
    public static void notice(String text) {
        show(text, NotificationVariant.LUMO_CONTRAST, 6000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 6000);
    }

    public static void refused(RefusedException refused) {
        error(UI.getCurrent().getTranslation(refused.messageKey(), refused.parameters()));
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        var notification = Notification.show(text, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
