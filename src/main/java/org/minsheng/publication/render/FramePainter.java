package org.minsheng.publication.render;

import java.awt.Color;
import java.util.stream.Stream;

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

    /**
     * The footer from {@code top} down: a rule, source left, as-of and revision right, the notes under
     * them (a typed note, a revised target's †, the demo's note). The more notes, the closer the lines,
     * so all fit above the image's edge; with three they are set at 14.
     */
    public static void footer(Canvas c, double margin, double width, double top, ChartFrame frame) {
        var notes = Stream.of(frame.note(), frame.revisedTarget(), frame.illustrative())
                .filter(n -> n != null && !n.isBlank())
                .toList();
        double line = switch (notes.size()) {
            case 0, 1 -> top + 34;
            case 2 -> top + 30;
            default -> top + 28;
        };
        c.line(margin, top, width - margin, top, RULE, 1.5, false);
        c.text(frame.source(), margin, line, 18, false, INK, Canvas.Anchor.START);
        c.text(frame.asOf(), width - margin, line, 18, false, INK, Canvas.Anchor.END);
        for (int i = 0; i < notes.size(); i++) {
            double size = notes.size() > 2 ? 14 : noteSize(c, notes.get(i), width - 2 * margin);
            double y = switch (notes.size()) {
                case 1 -> top + 68;
                case 2 -> top + 56 + i * 24;
                default -> top + 48 + i * 19;
            };
            c.text(
                    fit(c, notes.get(i), width - 2 * margin, size, false),
                    margin,
                    y,
                    size,
                    false,
                    MUTED,
                    Canvas.Anchor.START);
        }
    }

    /**
     * A note's type: 16, or 14 for one too long for a line at 16 (the demo's note in English runs past
     * it), so a disclaimer is not cut with 「…」 where a smaller size still reads.
     */
    private static double noteSize(Canvas c, String note, double room) {
        return c.textWidth(note, 16, false) <= room ? 16 : 14;
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
