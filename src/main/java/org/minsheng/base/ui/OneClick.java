package org.minsheng.base.ui;

import com.vaadin.flow.component.button.Button;

/**
 * A button whose action must not run twice from one double-click: the browser disables it at the click, so
 * the second click never reaches the server, and it is enabled again once the action has run (a refusal
 * leaves the form open for another try). Double-clicks made a second year of periods, two publish
 * confirmations, and an error toast 「已被使用」 right after a user or target was saved (testers' tours).
 */
public final class OneClick {

    private OneClick() {}

    /** Runs {@code action} on a click, the button disabled from the click until the action has returned. */
    public static Button run(Button button, Runnable action) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            try {
                action.run();
            } finally {
                button.setEnabled(true);
            }
        });
        return button;
    }
}
