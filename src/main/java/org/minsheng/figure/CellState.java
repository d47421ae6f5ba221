package org.minsheng.figure;

/** What a statistician or reviewer sees of a cell; PUBLISHED follows from the period. */
public enum CellState {
    EMPTY,
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    PUBLISHED
}
