package org.minsheng.figure;

import java.util.List;

/**
 * The outcome of saving a cell: the cell as stored with its warnings, or the errors that kept it
 * from being stored (nothing was written then).
 */
public record SaveResult(Cell cell, List<Finding> errors) {

    public boolean saved() {
        return errors.isEmpty();
    }
}
