package org.minsheng.publication.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Draws on a Java2D image; the logical figure is scaled to the image's pixel width. */
public final class Java2dCanvas implements Canvas {

    private static final float[] DASH = {9f, 6f};

    private final BufferedImage image;
    private final Graphics2D g;
    private final Font font;

    public Java2dCanvas(int pixelWidth, int pixelHeight, double logicalWidth, Font font) {
        this.font = font;
        image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double scale = pixelWidth / logicalWidth;
        g.scale(scale, scale);
    }

    public BufferedImage finish() {
        g.dispose();
        return image;
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width, boolean dashed) {
        g.setColor(stroke);
        g.setStroke(stroke(width, dashed));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color stroke, double width, boolean dashed) {
        g.setColor(stroke);
        g.setStroke(stroke(width, dashed));
        var path = new Path2D.Double();
        boolean pen = false;
        for (int n = 0; n < xs.length; n++) {
            if (Double.isNaN(ys[n])) {
                pen = false;
            } else if (pen) {
                path.lineTo(xs[n], ys[n]);
            } else {
                path.moveTo(xs[n], ys[n]);
                pen = true;
            }
        }
        g.draw(path);
    }

    @Override
    public void circle(double cx, double cy, double radius, Color fill) {
        g.setColor(fill);
        g.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void text(String text, double x, double y, double size, boolean bold, Color colour, Anchor anchor) {
        var face = face(size, bold);
        g.setFont(face);
        g.setColor(colour);
        double width = anchor == Anchor.START ? 0 : textWidth(text, size, bold);
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        g.drawString(text, (float) left, (float) y);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return TextMetrics.width(face(size, bold), text);
    }

    private Font face(double size, boolean bold) {
        return font.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size);
    }

    private static BasicStroke stroke(double width, boolean dashed) {
        return dashed
                ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f)
                : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
