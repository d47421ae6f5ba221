package org.minsheng.publication.render;

import java.awt.Color;
import java.awt.Font;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.minsheng.base.HtmlText;

/**
 * Writes the same drawing as SVG: text stays text (selectable, searchable, editable by a designer),
 * laid out with the widths of the embedded Chinese font so it matches the PNG.
 */
public final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder();
    private final Font font;

    /** {@code physicalWidth}, e.g. "16cm", sizes a print figure; null keeps the pixel size. */
    public SvgCanvas(double width, double height, String physicalWidth, Font font) {
        this.font = font;
        var size = physicalWidth == null
                ? "width=\"%s\" height=\"%s\"".formatted(n(width), n(height))
                : "width=\"%s\" height=\"%s\"".formatted(physicalWidth, physicalHeight(physicalWidth, width, height));
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" ")
                .append(size)
                .append(" viewBox=\"0 0 ")
                .append(n(width))
                .append(' ')
                .append(n(height))
                .append("\"")
                .append(" font-family=\"'")
                .append(HtmlText.escape(font.getFamily()))
                .append("', 'WenQuanYi Zen Hei', ")
                .append("'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif\">\n");
    }

    public byte[] finish() {
        svg.append("</svg>\n");
        return svg.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill) {
        svg.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>\n"
                .formatted(n(x), n(y), n(width), n(height), hex(fill)));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed) {
        svg.append("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>\n"
                .formatted(n(x1), n(y1), n(x2), n(y2), hex(stroke), n(width), dash(dashed)));
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color stroke, double width, boolean dashed) {
        var d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(ys[i])) {
                pen = false;
                continue;
            }
            d.append(pen ? " L" : " M").append(n(xs[i])).append(' ').append(n(ys[i]));
            pen = true;
        }
        if (!d.isEmpty()) {
            svg.append("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" stroke-linejoin=\"round\"%s/>\n"
                    .formatted(d.toString().strip(), hex(stroke), n(width), dash(dashed)));
        }
    }

    @Override
    public void circle(double cx, double cy, double radius, Color fill) {
        svg.append(
                "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\"/>\n".formatted(n(cx), n(cy), n(radius), hex(fill)));
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Color colour, Anchor anchor) {
        var align = switch (anchor) {
            case START -> "";
            case MIDDLE -> " text-anchor=\"middle\"";
            case END -> " text-anchor=\"end\"";
        };
        // CJK fonts rarely ship a bold face and browsers do not always fake one; a thin outline in the
        // text's colour emboldens it as Java2D does for the PNG
        var weight = bold
                ? " font-weight=\"bold\" stroke=\"%s\" stroke-width=\"%s\"".formatted(hex(colour), n(size * 0.03))
                : "";
        svg.append("<text x=\"%s\" y=\"%s\" font-size=\"%s\"%s fill=\"%s\"%s>%s</text>\n"
                .formatted(n(x), n(y), n(size), weight, hex(colour), align, HtmlText.escape(text)));
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return TextMetrics.width(font.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size), text);
    }

    private static String physicalHeight(String physicalWidth, double width, double height) {
        var number = Double.parseDouble(physicalWidth.replaceAll("[a-z]+$", ""));
        return n(number * height / width) + physicalWidth.replaceAll("^[0-9.]+", "");
    }

    private static String dash(boolean dashed) {
        return dashed ? " stroke-dasharray=\"9 6\"" : "";
    }

    private static String hex(Color c) {
        return "#%02x%02x%02x".formatted(c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String n(double value) {
        var text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceAll("\\.?0+$", "");
    }
}
