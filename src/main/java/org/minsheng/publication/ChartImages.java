package org.minsheng.publication;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.chart.Series;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;
import org.springframework.stereotype.Component;

/**
 * Builds the publication charts from the dashboard's read model, series for series as the dashboard
 * draws them (districts largest first with their targets; the monthly cumulative with the pace to
 * the target), and renders them as PNG or SVG. The words are Chinese, as published.
 */
@Component
class ChartImages {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CjkFont cjk;
    private final Translations translations;

    ChartImages(CjkFont cjk, Translations translations) {
        this.cjk = cjk;
        this.translations = translations;
    }

    ChartModel model(Dashboard data, Indicator indicator, ChartKind kind, String note) {
        return kind == ChartKind.RANKING ? ranking(data, indicator, note) : trend(data, indicator, note);
    }

    ChartModel ranking(Dashboard data, Indicator indicator, String note) {
        // Largest first; districts without a figure go last rather than pretending to be zero.
        var ranked = data.counties().stream().sorted(Comparator.comparing(
                (Division c) -> data.value(indicator, c.id()).orElse(null),
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        var values = ranked.stream().map(c -> data.value(indicator, c.id()).orElse(null)).toList();
        var targets = ranked.stream().map(c -> data.target(indicator, c.id()).map(Target::value).orElse(null)).toList();
        var series = new ArrayList<Series>();
        series.add(new Series(t("dashboards.series.actual"), values, Series.Style.BAR));
        if (targets.stream().anyMatch(v -> v != null)) {
            series.add(new Series(t("dashboards.series.target"), targets, Series.Style.MARKER));
        }
        return new ChartModel(t("dashboards.ranking.title", indicator.shortNameZh(), window(data)),
                t("publication.chart.subtitle.ranking", data.city().name()), t("dashboards.unit", indicator.unitZh()),
                ranked.stream().map(Division::name).toList(), series, true, indicator.scale(), t("publication.noData"),
                frame(data, note));
    }

    ChartModel trend(Dashboard data, Indicator indicator, String note) {
        var points = data.trend(indicator, data.focusId());
        var months = IntStream.rangeClosed(1, 12).boxed().toList();
        var actual = months.stream().map(m -> points.stream().filter(p -> p.month() == m)
                .map(p -> p.value()).findFirst().orElse(null)).toList();
        var series = new ArrayList<Series>();
        series.add(new Series(t("dashboards.series.cumulative"), actual, Series.Style.LINE));
        var target = data.target(indicator, data.focusId());
        if (target.isPresent() && indicator.cumulative()) {
            // the straight-line pace, as on screen: where the figure would stand growing evenly to the target
            List<BigDecimal> pace = months.stream().map(m -> target.get().value().multiply(BigDecimal.valueOf(m))
                    .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP)).toList();
            series.add(new Series(t("dashboards.series.pace"), pace, Series.Style.DASHED_LINE));
        }
        return new ChartModel(t("dashboards.trend.title", data.focus().name(), indicator.shortNameZh(),
                String.valueOf(data.filter().year())), t("publication.chart.subtitle.trend", window(data)),
                t("dashboards.unit", indicator.unitZh()), months.stream().map(m -> t("dashboards.month", m)).toList(),
                series, false, indicator.scale(), t("publication.noData"), frame(data, note));
    }

    byte[] render(ChartModel model, ImageSize size, ImageFormat format) {
        var font = cjk.awt();
        if (format == ImageFormat.SVG) {
            var svg = new SvgCanvas(ChartPainter.WIDTH, ChartPainter.HEIGHT, size.physicalWidth, font);
            ChartPainter.paint(model, svg);
            return svg.finish();
        }
        var canvas = new Java2dCanvas(size.width, size.height, ChartPainter.WIDTH, font);
        ChartPainter.paint(model, canvas);
        return PngFiles.write(canvas.finish(), size.dpi);
    }

    ChartFrame frame(Dashboard data, String note) {
        return new ChartFrame(t("publication.chart.source", t("app.issuer")), asOf(data.dataAsOf(), data.revision()),
                note == null || note.isBlank() ? null : t("publication.chart.note", note.strip()));
    }

    String asOf(java.time.OffsetDateTime at, int revision) {
        return t("publication.chart.asOf", at == null ? "—" : at.atZoneSameInstant(CHINA).format(DAY), revision);
    }

    private String window(Dashboard data) {
        var year = String.valueOf(data.filter().year());
        return data.fromMonth() == data.toMonth() ? t("dashboards.window.month", year, data.toMonth())
                : t("dashboards.window.months", year, data.fromMonth(), data.toMonth());
    }

    private String t(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.CHINESE, parameters);
    }
}
