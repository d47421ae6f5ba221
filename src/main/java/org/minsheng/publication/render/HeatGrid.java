package org.minsheng.publication.render;

import java.awt.Color;
import java.util.List;

/**
 * A table of coloured cells with row and column labels, as the completion heat-map: every cell
 * writes its figure or word, so colour is never the only signal.
 *
 * @param legend swatches explaining the colours, in order
 */
public record HeatGrid(
        String corner, List<String> rows, List<String> columns, List<List<Cell>> cells, List<Swatch> legend) {

    /** One cell: what it says, its fill and the colour of its text. */
    public record Cell(String text, Color fill, Color ink) {}

    /** A legend entry: one or more fills (a scale from light to deep) and what they mean. */
    public record Swatch(List<Color> fills, String label) {}
}
