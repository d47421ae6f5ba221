package org.minsheng.publication.render;

import java.awt.Color;

/** The heading and the footer every publication figure shares: title, subtitle, source, as-of, note. */
public final class FramePainter {

    public static final Color INK = new Color(0x1A, 0x1F, 0x2B);
    public static final Color MUTED = new Color(0x55, 0x5F, 0x6D);
    public static final Color RULE = new Color(0xD5, 0xDB, 0xE3);
    public static final Color GRID = new Color(0xE6, 0xEA, 0xEF);

    private FramePainter() {}

    public static void heading(Canvas c, double margin, double width, String title, String subtitle) {
        c.text(fit(c, title, width - 2 * margin, 36, true), margin, 80, 36, true, INK, Canvas.Anchor.START);
        if (subtitle != null) {
            c.text(fit(c, subtitle, width - 2 * margin, 21, false), margin, 120, 21, false, MUTED, Canvas.Anchor.START);
        }
    }

    /** The footer from {@code top} down: a rule, source left, as-of and revision right, the note under them. */
    public static void footer(Canvas c, double margin, double width, double top, ChartFrame frame) {
        c.line(margin, top, width - margin, top, RULE, 1.5, false);
        c.text(frame.source(), margin, top + 34, 18, false, INK, Canvas.Anchor.START);
        c.text(frame.asOf(), width - margin, top + 34, 18, false, INK, Canvas.Anchor.END);
        if (frame.note() != null && !frame.note().isBlank()) {
            c.text(
                    fit(c, frame.note(), width - 2 * margin, 16, false),
                    margin,
                    top + 68,
                    16,
                    false,
                    MUTED,
                    Canvas.Anchor.START);
        }
    }

    /** The text cut with an ellipsis where it would run past {@code room}: a figure never overflows its frame. */
    public static String fit(Canvas c, String text, double room, double size, boolean bold) {
        if (c.textWidth(text, size, bold) <= room) {
            return text;
        }
        var cut = text;
        while (cut.length() > 1 && c.textWidth(cut + "…", size, bold) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
