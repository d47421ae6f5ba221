package org.minsheng.publication;

import static org.minsheng.publication.render.FramePainter.INK;
import static org.minsheng.publication.render.FramePainter.MUTED;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.base.chart.Palette;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.YearCell;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.publication.render.Canvas;
import org.minsheng.publication.render.ChartFrame;
import org.minsheng.publication.render.CjkFont;
import org.minsheng.publication.render.FramePainter;
import org.minsheng.publication.render.Java2dCanvas;
import org.minsheng.publication.render.PngFiles;
import org.springframework.stereotype.Component;

/**
 * The year's headline figures as one image for the commission's WeChat account: 1080 pixels wide
 * (what WeChat shows without scaling), a title band "回眸2020", then big numbers with their units
 * and one-line labels, and the source with the data's edition at the foot.
 */
@Component
class HeadlineCard {

    static final int WIDTH = 1080;
    private static final double MARGIN = 72;
    private static final double BAND = 300;
    private static final double ROW = 220;
    private static final double GAP = 24;
    private static final Color ACCENT = Color.decode(Palette.SERIES.get(0));
    private static final Color TILE = new Color(0xF3, 0xF6, 0xFA);
    private static final double NOTE_SIZE = 22;
    private static final double NOTE_LEADING = 32;
    static final int NOTE_LINES = 4;
    /**
     * The revisions the foot states in full; past these it says how many more and where they stand, so a
     * year corrected many times still fits a phone's screen.
     */
    static final int REVISIONS_STATED = 3;

    private final CjkFont cjk;
    private final Translations translations;

    HeadlineCard(CjkFont cjk, Translations translations) {
        this.cjk = cjk;
        this.translations = translations;
    }

    /**
     * A figure on the card: 11.8万 人 / 家庭医生签约覆盖; a reached zero reads 清零. {@code revised}: the figure
     * changed through a revision of the edition shown, and its label carries the publication's †.
     */
    record Figure(String number, String unit, String label, boolean revised) {}

    /**
     * The indicators with a figure for the year, each marked where {@code edition} revised it, as the
     * year-in-review marks its line. One without a figure is left out rather than shown as a gap: the card
     * is a share of results, and 暂无数据 in headline type reads as a failure, not as "not reported yet"
     * (the dashboard and the PDF are where gaps are accounted for).
     */
    List<Figure> figures(CityYear data, Edition edition) {
        return figures(data, edition, false);
    }

    /**
     * As above; of totals that leave units out ({@code partial}), a zero is printed as the number it is:
     * 清零 in headline type claims every unit, and was printed from one district of eleven.
     */
    List<Figure> figures(CityYear data, Edition edition, boolean partial) {
        return data.indicators().stream()
                .flatMap(i -> data.total(i).map(YearCell::value).stream().map(total -> {
                    boolean revised = edition.marks(i, data);
                    return !partial && i.direction() == TargetDirection.REACH_ZERO && total.signum() == 0
                            ? new Figure(t("publication.card.clearedToZero"), "", i.shortNameZh(), revised)
                            : new Figure(
                                    Numbers.headline(total, Translations.CHINESE),
                                    i.unitZh(),
                                    i.shortNameZh(),
                                    revised);
                }))
                .toList();
    }

    /**
     * What the † of the card's figures means, in the publication's words: 修订说明（第2版） and the revisions
     * behind the marked figures as 修订说明 states them, the first {@link #REVISIONS_STATED} in full, the
     * rest counted. Empty when no figure is marked (a revised target changes no figure on the card).
     */
    List<String> revisions(CityYear data, Edition edition) {
        var behind = data.indicators().stream()
                .filter(i -> data.total(i).map(YearCell::value).isPresent() && edition.marks(i, data))
                .flatMap(i -> edition.of(i).stream())
                .map(Edition.Revision::text)
                .toList();
        if (behind.isEmpty()) {
            return List.of();
        }
        var notes = new ArrayList<String>();
        notes.add(t("publication.revisions.heading", edition.shown().text(this::t)));
        notes.addAll(behind.subList(0, Math.min(REVISIONS_STATED, behind.size())));
        if (behind.size() > REVISIONS_STATED) {
            notes.add(t("publication.card.moreRevisions", behind.size() - REVISIONS_STATED));
        }
        return notes;
    }

    static int height(int figures) {
        return height(figures, 1);
    }

    /** The card's height with a note of so many lines under the source (one line fits the foot's room). */
    static int height(int figures, int noteLines) {
        return (int) (BAND + 40 + Math.ceil(figures / 2.0) * ROW + 150 + Math.max(0, noteLines - 1) * NOTE_LEADING);
    }

    /**
     * The note's lines across the card: a coverage note names the units not counted, longer than one line,
     * and a card cut at 「…」 would hide which ones. Chinese breaks between any two characters; past
     * {@link #NOTE_LINES} the last line ends in 「…」.
     */
    static List<String> noteLines(Canvas c, String note) {
        if (note == null) {
            return List.of();
        }
        double room = WIDTH - 2 * MARGIN;
        var lines = new ArrayList<String>();
        int start = 0;
        while (start < note.length() && lines.size() < NOTE_LINES) {
            int end = start + 1;
            while (end < note.length() && c.textWidth(note.substring(start, end + 1), NOTE_SIZE, false) <= room) {
                end++;
            }
            lines.add(note.substring(start, end));
            start = end;
        }
        if (start < note.length()) {
            lines.set(
                    lines.size() - 1,
                    FramePainter.fit(c, lines.getLast() + note.substring(start), room, NOTE_SIZE, false));
        }
        return lines;
    }

    /**
     * The foot's lines: the coverage note's, then what the † means ({@link #revisions}), then the demo's
     * note's (a card of the demo's figures says so, as the page and the PDF do), each wrapped across the
     * card rather than cut.
     */
    static List<String> footLines(Canvas c, ChartFrame frame, List<String> revisions) {
        var lines = new ArrayList<>(noteLines(c, frame.note()));
        revisions.forEach(revision -> lines.addAll(noteLines(c, revision)));
        lines.addAll(noteLines(c, frame.illustrative()));
        return lines;
    }

    /** Where a tile goes: two a row, and the last of an odd number across the whole row, so the grid ends square. */
    record Tile(double x, double y, double width) {}

    static Tile tile(int n, int figures) {
        double half = (WIDTH - 2 * MARGIN - GAP) / 2;
        double y = BAND + 40 + (n / 2) * ROW;
        if (n == figures - 1 && figures % 2 == 1) {
            return new Tile(MARGIN, y, WIDTH - 2 * MARGIN);
        }
        return new Tile(MARGIN + (n % 2) * (half + GAP), y, half);
    }

    /**
     * The card; a frame with a note is of totals that leave units out (the coverage note), which the demo's
     * note ({@link ChartFrame#illustrative}) does not say.
     */
    byte[] png(CityYear data, Edition edition, ChartFrame frame) {
        var figures = figures(data, edition, frame.note() != null);
        var revisions = revisions(data, edition);
        // the note's lines decide the height, so they are measured first, on a canvas of the same font
        int lines = Math.max(
                1,
                footLines(new Java2dCanvas(1, 1, 1, cjk.awt()), frame, revisions)
                        .size());
        int height = height(figures.size(), lines);
        var canvas = new Java2dCanvas(WIDTH, height, WIDTH, cjk.awt());
        paint(canvas, data, figures, revisions, frame, height);
        return PngFiles.write(canvas.finish(), 144);
    }

    void paint(Canvas c, CityYear data, List<Figure> figures, List<String> revisions, ChartFrame frame, int height) {
        c.rect(0, 0, WIDTH, height, Color.WHITE);
        c.rect(0, 0, WIDTH, BAND, ACCENT);
        c.text(
                t("publication.card.title", String.valueOf(data.year())),
                MARGIN,
                150,
                96,
                true,
                Color.WHITE,
                Canvas.Anchor.START);
        c.text(
                FramePainter.fit(c, t("publication.card.subtitle", data.city().name()), WIDTH - 2 * MARGIN, 32, false),
                MARGIN,
                222,
                32,
                false,
                Color.WHITE,
                Canvas.Anchor.START);
        // in the band, under the year it names: 「回眸2021」 of January alone was read as the whole year
        YearInReview.coverage(data, this::t)
                .ifPresent(months -> c.text(
                        FramePainter.fit(c, months, WIDTH - 2 * MARGIN, 28, true),
                        MARGIN,
                        272,
                        28,
                        true,
                        Color.WHITE,
                        Canvas.Anchor.START));
        for (int n = 0; n < figures.size(); n++) {
            var figure = figures.get(n);
            var tile = tile(n, figures.size());
            double x = tile.x();
            double y = tile.y();
            c.rect(x, y, tile.width(), ROW - 24, TILE);
            c.rect(x, y, 8, ROW - 24, ACCENT);
            double numberSize = c.textWidth(figure.number(), 80, true) > tile.width() - 120 ? 60 : 80;
            double numberWidth = c.textWidth(figure.number(), numberSize, true);
            double unitWidth = figure.unit().isEmpty() ? 0 : 8 + c.textWidth(figure.unit(), 34, false);
            // a long label is cut with 「…」; the † stays after the cut part, in view, as on the wall
            var mark = figure.revised() ? "†" : "";
            var label = FramePainter.fit(c, figure.label(), tile.width() - 60 - c.textWidth(mark, 30, false), 30, false)
                    + mark;
            // a tile across the whole row centres its figure, as the rows above centre theirs in pairs
            double left = tile.width() > WIDTH / 2.0
                    ? x + (tile.width() - Math.max(numberWidth + unitWidth, c.textWidth(label, 30, false))) / 2
                    : x + 36;
            c.text(figure.number(), left, y + 104, numberSize, true, ACCENT, Canvas.Anchor.START);
            if (!figure.unit().isEmpty()) {
                c.text(figure.unit(), left + numberWidth + 8, y + 104, 34, false, INK, Canvas.Anchor.START);
            }
            c.text(label, left, y + 160, 30, false, MUTED, Canvas.Anchor.START);
        }
        double footer = BAND + 40 + Math.ceil(figures.size() / 2.0) * ROW + 20;
        c.line(MARGIN, footer, WIDTH - MARGIN, footer, FramePainter.RULE, 2, false);
        c.text(frame.source(), MARGIN, footer + 46, 26, false, INK, Canvas.Anchor.START);
        c.text(frame.asOf(), WIDTH - MARGIN, footer + 46, 26, false, INK, Canvas.Anchor.END);
        var lines = footLines(c, frame, revisions);
        for (int i = 0; i < lines.size(); i++) {
            c.text(lines.get(i), MARGIN, footer + 90 + i * NOTE_LEADING, NOTE_SIZE, false, MUTED, Canvas.Anchor.START);
        }
    }

    private String t(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.CHINESE, parameters);
    }
}
