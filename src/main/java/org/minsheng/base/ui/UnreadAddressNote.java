package org.minsheng.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * Says which of a pasted address's choices a page could not read (year=abc, part=13) and that it shows
 * its default instead, where a fallback without a word looked like the view asked for.
 */
public class UnreadAddressNote extends Paragraph {

    public UnreadAddressNote(String id) {
        addClassName("page-note");
        setId(id);
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** The choices not read, as {@code name=value}; none hides the note. */
    public void show(List<String> unread) {
        setText(unread.isEmpty() ? "" : getTranslation("dashboard.unreadAddress", String.join(", ", unread)));
        setVisible(!unread.isEmpty());
    }
}
