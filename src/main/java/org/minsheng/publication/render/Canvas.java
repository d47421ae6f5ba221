package org.minsheng.publication.render;

import java.awt.Color;

/**
 * What a publication figure is drawn with. The chart and card painters speak only to this, so the
 * PNG (Java2D) and the SVG come from one drawing code and show the same layout and numbers.
 * Coordinates are in the figure's logical units (1200 wide for a chart, 1080 for a card).
 */
public interface Canvas {

    enum Anchor {
        START,
        MIDDLE,
        END
    }

    void rect(double x, double y, double width, double height, Color fill);

    void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed);

    /** A broken line; a NaN y leaves a gap there (a month without a figure is not a zero). */
    void polyline(double[] xs, double[] ys, Color stroke, double width, boolean dashed);

    void circle(double cx, double cy, double radius, Color fill);

    /** Text on its baseline at y. */
    void text(String text, double x, double y, double size, boolean bold, Color colour, Anchor anchor);

    /** Width of the text in logical units, measured with the embedded Chinese font for both outputs. */
    double textWidth(String text, double size, boolean bold);
}
