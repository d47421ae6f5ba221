package org.minsheng.dashboard;

import java.util.List;
import org.minsheng.base.chart.Palette;

/**
 * What the completion heat map's shades mean, in the order its key lists them: one model for the
 * dashboard's table and for its exported image, so neither names a shade the other leaves out. The
 * screen had no key, and its grey 进行中 cells were explained only in the export.
 */
public enum CompletionLegend {
    /** Blue, deeper with completion: three steps of it show the scale. */
    MET(
            "publication.chart.heatmap.met",
            List.of(
                    new Shade(Palette.COMPLETION_MET, 0.33),
                    new Shade(Palette.COMPLETION_MET, 0.58),
                    new Shade(Palette.COMPLETION_MET, 0.75))),
    MISSED("publication.chart.heatmap.missed", List.of(new Shade(Palette.COMPLETION_MISSED, 1))),
    IN_PROGRESS("publication.chart.heatmap.inProgress", List.of(new Shade(Palette.COMPLETION_IN_PROGRESS, 1))),
    NONE("publication.chart.heatmap.none", List.of(new Shade(Palette.COMPLETION_NONE, 1)));

    /** A colour as a cell is filled with it, translucent over the page for the blue of a met target. */
    public record Shade(String colour, double opacity) {}

    private final String key;
    private final List<Shade> shades;

    CompletionLegend(String key, List<Shade> shades) {
        this.key = key;
        this.shades = shades;
    }

    /** The message naming what the shade means. */
    public String key() {
        return key;
    }

    public List<Shade> shades() {
        return shades;
    }
}
