package org.minsheng.publication;

import static org.minsheng.publication.FramePainter.INK;
import static org.minsheng.publication.FramePainter.MUTED;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.chart.ChartConfigs;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.YearCell;
import org.minsheng.indicator.TargetDirection;
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
    private static final Color ACCENT = Color.decode(ChartConfigs.PALETTE.get(0));
    private static final Color TILE = new Color(0xF3, 0xF6, 0xFA);

    private final CjkFont cjk;
    private final Translations translations;

    HeadlineCard(CjkFont cjk, Translations translations) {
        this.cjk = cjk;
        this.translations = translations;
    }

    /** A figure on the card: 11.8万 人 / 家庭医生签约覆盖; a reached zero reads 清零, a missing one 暂无数据. */
    record Figure(String number, String unit, String label) {
    }

    List<Figure> figures(CityYear data) {
        return data.indicators().stream().map(i -> {
            BigDecimal total = data.total(i).map(YearCell::value).orElse(null);
            if (total == null) {
                return new Figure(t("publication.card.gap"), "", i.shortNameZh());
            }
            if (i.direction() == TargetDirection.REACH_ZERO && total.signum() == 0) {
                return new Figure(t("publication.card.clearedToZero"), "", i.shortNameZh());
            }
            return new Figure(Numbers.headline(total, Translations.CHINESE), i.unitZh(), i.shortNameZh());
        }).toList();
    }

    static int height(int figures) {
        return (int) (BAND + 40 + Math.ceil(figures / 2.0) * ROW + 150);
    }

    byte[] png(CityYear data, ChartFrame frame) {
        var figures = figures(data);
        int height = height(figures.size());
        var canvas = new Java2dCanvas(WIDTH, height, WIDTH, cjk.awt());
        paint(canvas, data, figures, frame, height);
        return PngFiles.write(canvas.finish(), 144);
    }

    void paint(Canvas c, CityYear data, List<Figure> figures, ChartFrame frame, int height) {
        c.rect(0, 0, WIDTH, height, Color.WHITE);
        c.rect(0, 0, WIDTH, BAND, ACCENT);
        c.text(t("publication.card.title", String.valueOf(data.year())), MARGIN, 150, 96, true, Color.WHITE,
                Canvas.Anchor.START);
        c.text(FramePainter.fit(c, t("publication.card.subtitle", data.city().name()), WIDTH - 2 * MARGIN, 32, false),
                MARGIN, 222, 32, false, Color.WHITE, Canvas.Anchor.START);
        double tileWidth = (WIDTH - 2 * MARGIN - 24) / 2;
        for (int n = 0; n < figures.size(); n++) {
            var figure = figures.get(n);
            double x = MARGIN + (n % 2) * (tileWidth + 24);
            double y = BAND + 40 + (n / 2) * ROW;
            c.rect(x, y, tileWidth, ROW - 24, TILE);
            c.rect(x, y, 8, ROW - 24, ACCENT);
            double numberSize = c.textWidth(figure.number(), 80, true) > tileWidth - 120 ? 60 : 80;
            c.text(figure.number(), x + 36, y + 104, numberSize, true, ACCENT, Canvas.Anchor.START);
            if (!figure.unit().isEmpty()) {
                c.text(figure.unit(), x + 36 + c.textWidth(figure.number(), numberSize, true) + 8, y + 104, 34, false,
                        INK, Canvas.Anchor.START);
            }
            c.text(FramePainter.fit(c, figure.label(), tileWidth - 60, 30, false), x + 36, y + 160, 30, false, MUTED,
                    Canvas.Anchor.START);
        }
        double footer = BAND + 40 + Math.ceil(figures.size() / 2.0) * ROW + 20;
        c.line(MARGIN, footer, WIDTH - MARGIN, footer, FramePainter.RULE, 2, false);
        c.text(frame.source(), MARGIN, footer + 46, 26, false, INK, Canvas.Anchor.START);
        c.text(frame.asOf(), WIDTH - MARGIN, footer + 46, 26, false, INK, Canvas.Anchor.END);
        if (frame.note() != null) {
            c.text(FramePainter.fit(c, frame.note(), WIDTH - 2 * MARGIN, 22, false), MARGIN, footer + 90, 22, false,
                    MUTED, Canvas.Anchor.START);
        }
    }

    private String t(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.CHINESE, parameters);
    }
}
