package org.minsheng.figure;

import java.util.List;
import org.minsheng.division.Division;

/**
 * A district's period as a period-wide submission sees it: how many of its cells would go to review,
 * and what stops it (missing figures, errors, warnings without explanation).
 *
 * @param toSubmit drafts and returned cells
 */
public record DistrictReadiness(Division division, int toSubmit, List<Finding> blocking) {

    public boolean ready() {
        return toSubmit > 0 && blocking.isEmpty();
    }
}
