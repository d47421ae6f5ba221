package org.minsheng.figure;

import java.util.List;

/** Submitted cells, or the problems that stopped the submission (then nothing changed). */
public record SubmitResult(int submitted, List<Finding> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
