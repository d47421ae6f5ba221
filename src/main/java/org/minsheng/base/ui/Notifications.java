package org.minsheng.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
import org.minsheng.base.RefusedException;
import org.minsheng.base.format.Numbers;

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

    /** A number among the parameters is written as the tables write it (another's 19,000, not 19000). */
    public static void refused(RefusedException refused) {
        var ui = UI.getCurrent();
        error(ui.getTranslation(
                refused.messageKey(), Numbers.asWritten(Arrays.asList(refused.parameters()), ui.getLocale())));
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        var notification = Notification.show(text, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
