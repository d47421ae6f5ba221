package org.minsheng.publication.render;

import static org.minsheng.publication.render.FramePainter.GRID;
import static org.minsheng.publication.render.FramePainter.INK;
import static org.minsheng.publication.render.FramePainter.MUTED;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import org.minsheng.base.chart.Palette;
import org.minsheng.base.chart.Series;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.Translations;

/**
 * Lays out and draws a chart in a 1200×800 logical frame on any {@link Canvas}. Colours follow the
 * screen's Chart.js configuration ({@link Palette}, a target marker in the palette's black), so the
 * printed figure and the dashboard look like the same chart.
 */
public final class ChartPainter {

    public static final double WIDTH = 1200;
    public static final double HEIGHT = 800;
    private static final double MARGIN = 64;
    private static final double PLOT_TOP = 214;
    private static final double PLOT_BOTTOM = 640;
    private static final double FOOTER = 700;

    private ChartPainter() {}

    public static void paint(ChartModel model, Canvas c) {
        c.rect(0, 0, WIDTH, HEIGHT, Color.WHITE);
        FramePainter.heading(c, MARGIN, WIDTH, model.title(), model.subtitle());
        legend(model, c);
        c.text(model.unitLine(), MARGIN, PLOT_TOP - 20, 17, false, MUTED, Canvas.Anchor.START);
        if (model.grid() != null && !model.grid().columns().isEmpty()) {
            GridPainter.paint(model.grid(), c, MARGIN, WIDTH - MARGIN, PLOT_TOP - 6, FOOTER - 30);
        } else if (!model.answered()) {
            c.text(model.noData(), WIDTH / 2, (PLOT_TOP + PLOT_BOTTOM) / 2, 24, false, MUTED, Canvas.Anchor.MIDDLE);
        } else if (model.horizontal()) {
            horizontal(model, c);
        } else {
            vertical(model, c);
        }
        FramePainter.footer(c, MARGIN, WIDTH, FOOTER, model.frame());
    }

    static Color colour(List<Series> series, int index) {
        return Color.decode(Palette.of(series, index));
    }

    private static void legend(ChartModel model, Canvas c) {
        if (model.series().size() < 2) {
            return;
        }
        double x = MARGIN;
        for (int n = 0; n < model.series().size(); n++) {
            var s = model.series().get(n);
            var colour = colour(model.series(), n);
            switch (s.style()) {
                case BAR -> c.rect(x, 146, 22, 16, colour);
                case LINE -> {
                    c.line(x, 154, x + 22, 154, colour, 3.5, false);
                    c.circle(x + 11, 154, 5, colour);
                }
                case DASHED_LINE -> c.line(x, 154, x + 26, 154, colour, 2.5, true);
                case MARKER -> c.line(x + 11, 144, x + 11, 164, colour, 3.5, false);
            }
            c.text(s.label(), x + 32, 161, 18, false, INK, Canvas.Anchor.START);
            x += 32 + c.textWidth(s.label(), 18, false) + 32;
        }
    }

    /** Bars along x, one band per label (districts ranked); several bar series share a band. */
    private static void horizontal(ChartModel model, Canvas c) {
        double labelRoom = model.labels().stream()
                        .mapToDouble(l -> c.textWidth(l, 18, false))
                        .max()
                        .orElse(0)
                + 18;
        double left = MARGIN + labelRoom;
        double right = WIDTH - MARGIN - 96;
        var axis = Axis.of(model.max(), model.scale());
        double band = (PLOT_BOTTOM - PLOT_TOP) / Math.max(1, model.labels().size());
        for (var tick : axis.ticks()) {
            double x = left + (right - left) * axis.fraction(tick);
            c.line(x, PLOT_TOP, x, PLOT_BOTTOM, GRID, 1, false);
            c.text(
                    Numbers.headline(tick, Translations.CHINESE),
                    x,
                    PLOT_BOTTOM + 26,
                    15,
                    false,
                    MUTED,
                    Canvas.Anchor.MIDDLE);
        }
        var bars = model.series().stream()
                .filter(s -> s.style() == Series.Style.BAR)
                .toList();
        // grouped bars (this year and last) take more of the band, so their labels stay readable in print
        double barHeight = band * (bars.size() > 1 ? 0.8 : 0.64) / Math.max(1, bars.size());
        for (int i = 0; i < model.labels().size(); i++) {
            double top = PLOT_TOP + band * i;
            double centre = top + band / 2;
            c.text(model.labels().get(i), left - 14, centre + 6.5, 18, false, INK, Canvas.Anchor.END);
            double y = centre - barHeight * bars.size() / 2;
            // a value label starts past the target tick, so the tick never strikes through the number
            double tick = left;
            for (var s : model.series()) {
                var target = s.values().get(i);
                if (s.style() == Series.Style.MARKER && target != null) {
                    tick = Math.max(tick, left + (right - left) * axis.fraction(target) + 4);
                }
            }
            for (int n = 0; n < model.series().size(); n++) {
                var s = model.series().get(n);
                var value = s.values().get(i);
                var colour = colour(model.series(), n);
                if (s.style() == Series.Style.MARKER) {
                    if (value != null) {
                        double x = left + (right - left) * axis.fraction(value);
                        c.line(x, centre - band * 0.42, x, centre + band * 0.42, colour, 3.5, false);
                    }
                    continue;
                }
                if (value == null) {
                    c.text(model.gap(s, i), left + 8, y + barHeight / 2 + 5.5, 15, false, MUTED, Canvas.Anchor.START);
                } else {
                    double length = (right - left) * axis.fraction(value);
                    c.rect(left, y, length, barHeight, colour);
                    double size = Math.max(12.5, Math.min(16, barHeight * 0.9));
                    c.text(
                            label(value, model),
                            Math.max(left + length, tick) + 8,
                            y + barHeight / 2 + size * 0.36,
                            size,
                            false,
                            INK,
                            Canvas.Anchor.START);
                }
                y += barHeight;
            }
        }
        c.line(left, PLOT_TOP, left, PLOT_BOTTOM, MUTED, 1.5, false);
    }

    /** Points or bars over the labels along x (the months), values up the y axis. */
    private static void vertical(ChartModel model, Canvas c) {
        var axis = Axis.of(model.max(), model.scale());
        double tickRoom = axis.ticks().stream()
                .mapToDouble(t -> c.textWidth(Numbers.headline(t, Translations.CHINESE), 15, false))
                .max()
                .orElse(0);
        double left = MARGIN + tickRoom + 14;
        double right = WIDTH - MARGIN;
        double band = (right - left) / Math.max(1, model.labels().size());
        for (var tick : axis.ticks()) {
            double y = PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * axis.fraction(tick);
            c.line(left, y, right, y, GRID, 1, false);
            c.text(Numbers.headline(tick, Translations.CHINESE), left - 12, y + 5, 15, false, MUTED, Canvas.Anchor.END);
        }
        for (int i = 0; i < model.labels().size(); i++) {
            c.text(
                    model.labels().get(i),
                    left + band * (i + 0.5),
                    PLOT_BOTTOM + 28,
                    17,
                    false,
                    INK,
                    Canvas.Anchor.MIDDLE);
        }
        c.line(left, PLOT_BOTTOM, right, PLOT_BOTTOM, MUTED, 1.5, false);
        var bars = model.series().stream()
                .filter(s -> s.style() == Series.Style.BAR)
                .toList();
        // bars of several series stand side by side in a label's band, at most 120 units wide each
        double barWidth = Math.min(120, band * 0.6 / Math.max(1, bars.size()));
        for (int n = 0; n < model.series().size(); n++) {
            var s = model.series().get(n);
            var colour = colour(model.series(), n);
            double[] xs = new double[s.values().size()];
            double[] ys = new double[s.values().size()];
            for (int i = 0; i < xs.length; i++) {
                var value = s.values().get(i);
                xs[i] = left + band * (i + 0.5);
                ys[i] = value == null ? Double.NaN : PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * axis.fraction(value);
            }
            switch (s.style()) {
                case BAR -> {
                    double offset = (bars.indexOf(s) - (bars.size() - 1) / 2.0) * barWidth;
                    double size = Math.max(12.5, Math.min(18, barWidth * 0.4));
                    for (int i = 0; i < xs.length; i++) {
                        double x = xs[i] + offset;
                        if (Double.isNaN(ys[i])) {
                            c.text(model.gap(s, i), x, PLOT_BOTTOM - 10, 14, false, MUTED, Canvas.Anchor.MIDDLE);
                            continue;
                        }
                        c.rect(x - barWidth / 2, ys[i], barWidth, PLOT_BOTTOM - ys[i], colour);
                        c.text(label(s.values().get(i), model), x, ys[i] - 10, size, false, INK, Canvas.Anchor.MIDDLE);
                    }
                }
                case DASHED_LINE -> c.polyline(xs, ys, colour, 2.5, true);
                case LINE, MARKER -> {
                    c.polyline(xs, ys, colour, 3.5, false);
                    int last = -1;
                    for (int i = 0; i < xs.length; i++) {
                        if (!Double.isNaN(ys[i])) {
                            c.circle(xs[i], ys[i], 5.5, colour);
                            last = i;
                        }
                    }
                    if (last >= 0) {
                        c.text(
                                label(s.values().get(last), model),
                                xs[last],
                                ys[last] - 16,
                                18,
                                true,
                                colour,
                                Canvas.Anchor.MIDDLE);
                    }
                }
            }
        }
    }

    private static String label(BigDecimal value, ChartModel model) {
        return Numbers.plain(value, model.scale(), Translations.CHINESE);
    }
}
