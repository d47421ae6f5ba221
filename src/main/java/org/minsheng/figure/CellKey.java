package org.minsheng.figure;

/** One cell of the reporting matrix: an indicator for a division in a period. */
public record CellKey(int indicatorId, int divisionId, int periodId) {}
