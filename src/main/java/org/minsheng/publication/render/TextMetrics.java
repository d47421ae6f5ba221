package org.minsheng.publication.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/** Text widths from the font itself, independent of any screen, so PNG and SVG lay out alike. */
final class TextMetrics {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextMetrics() {}

    static double width(Font face, String text) {
        return face.getStringBounds(text, CONTEXT).getWidth();
    }
}
