package org.minsheng.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
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
        show(unread, List.of());
    }

    /**
     * As {@link #show(List)}, and that the calendar's {@code yearWithoutFigures} (null for none) has nothing
     * approved to show yet: 2021 of the calendar was said to be 「无法识别」 like a typo.
     */
    public void show(List<String> unread, Integer yearWithoutFigures) {
        show(
                unread,
                yearWithoutFigures == null
                        ? List.of()
                        : List.of(getTranslation("address.yearWithoutFigures", String.valueOf(yearWithoutFigures))));
    }

    /**
     * As {@link #show(List)}, followed by the page's own sentences about its address (a unit this
     * installation does not hold), so one note says everything the page did not show as asked.
     */
    public void show(List<String> unread, List<String> sentencesAfter) {
        var sentences = new ArrayList<String>();
        if (!unread.isEmpty()) {
            sentences.add(getTranslation("dashboard.unreadAddress", String.join(", ", unread)));
        }
        sentences.addAll(sentencesAfter);
        setText(String.join(" ", sentences));
        setVisible(!sentences.isEmpty());
    }
}
