package org.minsheng.period;

/**
 * What closing a period for entry leaves behind, in cells and in the units they belong to: figures not yet
 * submitted (drafts, and returned ones not yet corrected), which the statisticians can no longer submit
 * once it is closed, and figures submitted but not yet reviewed.
 */
public record LeftOpen(int unsubmittedCells, int unsubmittedUnits, int unreviewedCells, int unreviewedUnits) {

    public boolean nothing() {
        return unsubmittedCells == 0 && unreviewedCells == 0;
    }
}
