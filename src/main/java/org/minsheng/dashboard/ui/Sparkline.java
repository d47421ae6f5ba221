package org.minsheng.dashboard.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.minsheng.base.HtmlText;
import org.minsheng.base.chart.Palette;

/**
 * A tiny monthly line drawn as inline SVG on the server: eight tiles with a Chart.js each would cost
 * eight canvases for a shape that needs no axes or interaction.
 */
final class Sparkline {

    private static final int WIDTH = 120;
    private static final int HEIGHT = 28;

    private Sparkline() {}

    /** {@code values} by month from January; nulls (no figure) are skipped. The SVG as markup, for a tile's HTML. */
    static String svg(List<BigDecimal> values, String label) {
        var present = values.stream().filter(Objects::nonNull).toList();
        var points = new StringBuilder();
        if (present.size() > 1) {
            var min = present.stream().min(BigDecimal::compareTo).orElseThrow();
            var max = present.stream().max(BigDecimal::compareTo).orElseThrow();
            var range = max.subtract(min).signum() == 0 ? BigDecimal.ONE : max.subtract(min);
            for (int m = 0; m < values.size(); m++) {
                if (values.get(m) != null) {
                    int x = 2 + m * (WIDTH - 4) / 11;
                    var y = BigDecimal.valueOf(HEIGHT - 3)
                            .subtract(values.get(m)
                                    .subtract(min)
                                    .multiply(BigDecimal.valueOf(HEIGHT - 6))
                                    .divide(range, 1, RoundingMode.HALF_UP));
                    points.append(x).append(',').append(y.toPlainString()).append(' ');
                }
            }
        }
        var safe = HtmlText.escape(label);
        return "<svg class=\"sparkline\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" role=\"img\" aria-label=\"" + safe + "\"><polyline fill=\"none\""
                + " stroke=\"" + Palette.SERIES.get(0) + "\" stroke-width=\"2\" points=\""
                + points.toString().strip() + "\"/></svg>";
    }
}
