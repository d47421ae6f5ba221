package org.minsheng.figure;

import org.minsheng.base.RefusedException;

/**
 * Someone else changed the cell since this user read it. Carries the cell as it is now, so the user
 * can see the other value and choose: keep it, or enter theirs again on top of it.
 */
public class ConflictException extends RefusedException {

    private final transient Cell current;

    ConflictException(Cell current) {
        super(
                "figure.conflict",
                current.notApplicable()
                        ? "不适用 / N/A"
                        // the number itself, so the page writes it as its tables do (Numbers.asWritten)
                        : current.value() == null ? "—" : current.value());
        this.current = current;
    }

    public Cell current() {
        return current;
    }
}
