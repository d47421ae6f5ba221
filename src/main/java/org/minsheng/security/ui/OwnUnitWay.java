package org.minsheng.security.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;
import java.util.function.Function;
import org.minsheng.security.ReadingScope;

/**
 * The way back offered beside a refusal of a unit outside the reader's scope: for a reader limited to a
 * unit, a link to the same page of their own unit. One for the dashboard, the tracker and the wall display,
 * so that no refusal leaves a scoped reader without it (the tracker's and the wall's did, a stranger's
 * tour).
 */
public final class OwnUnitWay {

    private OwnUnitWay() {}

    /**
     * The link, or empty for a reader of every unit (nothing to go back to).
     *
     * @param address the page's address for a unit's code
     * @param words   the link's words for the unit's name, in the reader's language
     */
    public static Optional<Anchor> of(
            ReadingScope scope, String id, Function<String, String> address, Function<String, String> words) {
        if (!scope.limited()) {
            return Optional.empty();
        }
        var home = new Anchor(address.apply(scope.home()), words.apply(scope.homeName()));
        home.setId(id);
        return Optional.of(home);
    }
}
