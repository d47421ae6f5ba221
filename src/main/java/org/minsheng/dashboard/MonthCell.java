package org.minsheng.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A rolled-up cell at the end of one month of the window: a row of the cells statement as RollupSql's city
 * roll-up and LevelSql's hierarchy both write it. A type of its own apart from {@link DashboardRepository},
 * which sends the statements, because the pages, the accepted totals and the equality tests all carry it,
 * and how a row reads and becomes a window's cells or a trend is the row's shape, whichever statement sent it.
 */
record MonthCell(YearCell cell, int month) {

    /** One row of the cells statement; its columns are in {@link LevelSql}'s and {@link RollupSql}'s order. */
    static MonthCell of(ResultSet row) throws SQLException {
        int indicator = row.getInt(1);
        int division = row.getInt(2);
        boolean total = row.getInt(3) == 1;
        int month = row.getInt(4);
        var value = row.getBigDecimal(5);
        boolean na = row.getBoolean(6);
        var approvedAt = row.getObject(7, OffsetDateTime.class);
        int revision = row.getInt(8);
        int corrections = row.getInt(9);
        return new MonthCell(
                new YearCell(indicator, total ? null : division, value, na, approvedAt, revision, corrections), month);
    }

    /** The cells of the rows, in their order. */
    static List<YearCell> cells(List<MonthCell> rows) {
        var cells = new ArrayList<YearCell>(rows.size());
        for (var row : rows) {
            cells.add(row.cell());
        }
        return cells;
    }

    /** The rows as trend points: each unit's value at each month's end. */
    static List<TrendPoint> trend(List<MonthCell> rows) {
        return rows.stream()
                .map(r -> new TrendPoint(
                        r.cell().indicatorId(),
                        r.cell().divisionId(),
                        r.month(),
                        r.cell().value()))
                .toList();
    }
}
