package org.minsheng.publication.render;

import static org.minsheng.publication.render.FramePainter.INK;
import static org.minsheng.publication.render.FramePainter.MUTED;
import static org.minsheng.publication.render.FramePainter.RULE;

import java.util.List;

/**
 * Draws a {@link HeatGrid} (the completion heat-map) inside the chart frame: row labels on the left,
 * column labels on top (wrapped onto two lines when a column is narrow), one filled cell per value
 * with its text written on it, and the colour legend where a chart's series legend goes.
 */
final class GridPainter {

    private static final double LEGEND_Y = 146;
    private static final double GAP = 2;

    private GridPainter() {}

    static void paint(HeatGrid grid, Canvas c, double left, double right, double top, double bottom) {
        legend(grid, c, left);
        double rowLabelWidth = grid.rows().stream()
                .mapToDouble(r -> c.textWidth(r, 18, false))
                .max()
                .orElse(0);
        rowLabelWidth = Math.max(rowLabelWidth, c.textWidth(grid.corner(), 16, true)) + 28;
        double columnWidth = (right - left - rowLabelWidth) / grid.columns().size();
        var headers =
                grid.columns().stream().map(h -> lines(c, h, columnWidth - 12)).toList();
        boolean twoLines = headers.stream().anyMatch(h -> h.size() > 1);
        double headerHeight = twoLines ? 54 : 36;
        double rowHeight = Math.min(
                44, (bottom - top - headerHeight) / Math.max(1, grid.rows().size()));
        double size = Math.min(18, rowHeight * 0.5);

        double headerBase = top + headerHeight - 12;
        c.text(grid.corner(), left + 4, headerBase, 16, true, MUTED, Canvas.Anchor.START);
        for (int col = 0; col < headers.size(); col++) {
            double centre = left + rowLabelWidth + columnWidth * (col + 0.5);
            var header = headers.get(col);
            for (int n = 0; n < header.size(); n++) {
                double y = headerBase - (header.size() - 1 - n) * 20;
                c.text(header.get(n), centre, y, 16, true, INK, Canvas.Anchor.MIDDLE);
            }
        }
        double gridTop = top + headerHeight;
        c.line(left, gridTop - 1, right, gridTop - 1, RULE, 1.5, false);
        for (int row = 0; row < grid.rows().size(); row++) {
            double y = gridTop + rowHeight * row;
            c.text(
                    grid.rows().get(row),
                    left + 4,
                    y + rowHeight / 2 + size * 0.36,
                    size,
                    false,
                    INK,
                    Canvas.Anchor.START);
            var cells = grid.cells().get(row);
            for (int col = 0; col < cells.size(); col++) {
                var cell = cells.get(col);
                double x = left + rowLabelWidth + columnWidth * col;
                c.rect(x + GAP / 2, y + GAP / 2, columnWidth - GAP, rowHeight - GAP, cell.fill());
                c.text(
                        FramePainter.fit(c, cell.text(), columnWidth - 10, size, false),
                        x + columnWidth / 2,
                        y + rowHeight / 2 + size * 0.36,
                        size,
                        false,
                        cell.ink(),
                        Canvas.Anchor.MIDDLE);
            }
        }
    }

    private static void legend(HeatGrid grid, Canvas c, double left) {
        double x = left;
        for (var swatch : grid.legend()) {
            for (var fill : swatch.fills()) {
                if (fill.getRed() + fill.getGreen() + fill.getBlue() > 3 * 235) {
                    // a near-white swatch gets an outline, or it vanishes on the page
                    c.rect(x - 1, LEGEND_Y - 1, 24, 18, RULE);
                }
                c.rect(x, LEGEND_Y, 22, 16, fill);
                x += 24;
            }
            c.text(swatch.label(), x + 8, LEGEND_Y + 15, 18, false, INK, Canvas.Anchor.START);
            x += 8 + c.textWidth(swatch.label(), 18, false) + 32;
        }
    }

    /** The label on one line, or split in two near its middle when it is wider than the column. */
    private static List<String> lines(Canvas c, String text, double room) {
        if (c.textWidth(text, 16, true) <= room || text.length() < 2) {
            return List.of(text);
        }
        int half = (text.length() + 1) / 2;
        return List.of(
                FramePainter.fit(c, text.substring(0, half), room, 16, true),
                FramePainter.fit(c, text.substring(half), room, 16, true));
    }
}
