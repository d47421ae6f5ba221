package org.minsheng.publication;

import java.awt.Color;
import org.minsheng.publication.render.SvgCanvas;
import org.minsheng.publication.render.PngFiles;
import org.minsheng.publication.render.Java2dCanvas;
import org.minsheng.publication.render.HeatGrid;
import org.minsheng.publication.render.FramePainter;
import org.minsheng.publication.render.CjkFont;
import org.minsheng.publication.render.ChartPainter;
import org.minsheng.publication.render.ChartModel;
import org.minsheng.publication.render.ChartFrame;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.base.chart.ImageFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.chart.Palette;
import org.minsheng.base.chart.Series;
import org.minsheng.dashboard.Completion;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.springframework.stereotype.Component;

/**
 * Builds the publication charts from the dashboard's read model, series for series as the dashboard
 * draws them (districts largest first with their targets; the monthly cumulative with the pace to
 * the target; this year against last; year by year; the completion heat-map), and renders them as
 * PNG or SVG. The words are Chinese, as published.
 */
@Component
class ChartImages {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** a cell without a target or a figure: a faint grey, so the table still reads as a table */
    private static final Color NO_TARGET = new Color(0xF3, 0xF5, 0xF7);

    private final CjkFont cjk;
    private final Translations translations;

    ChartImages(CjkFont cjk, Translations translations) {
        this.cjk = cjk;
        this.translations = translations;
    }

    /** {@code indicator} is null for the heat-map, which shows every indicator with district targets. */
    ChartModel model(Dashboard data, Indicator indicator, ChartKind kind, String note) {
        return switch (kind) {
            case RANKING -> ranking(data, indicator, note);
            case TREND -> trend(data, indicator, note);
            case YEAR_ON_YEAR -> yearOnYear(data, indicator, note);
            case YEARS -> years(data, indicator, note);
            case HEAT_MAP -> heatMap(data, note);
        };
    }

    ChartModel ranking(Dashboard data, Indicator indicator, String note) {
        var ranking = data.ranking(indicator);
        var ranked = ranking.districts();
        var series = new ArrayList<Series>();
        series.add(new Series(t("dashboards.series.actual"), ranking.values(), Series.Style.BAR,
                gaps(ranking.notApplicable())));
        if (ranking.targets().stream().anyMatch(v -> v != null)) {
            series.add(new Series(t("dashboards.series.target"), ranking.targets(), Series.Style.MARKER));
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

    /** Each district and the focus, last year's window beside this year's, as the dashboard's 同比 chart. */
    ChartModel yearOnYear(Dashboard data, Indicator indicator, String note) {
        var compared = data.yearOnYear(indicator);
        var names = compared.names();
        var now = compared.thisYear();
        var before = compared.lastYear();
        int year = data.filter().year();
        var series = List.of(
                new Series(t("dashboard.yearOption", String.valueOf(year - 1)), before, Series.Style.BAR,
                        gaps(compared.lastYearNotApplicable())),
                new Series(t("dashboard.yearOption", String.valueOf(year)), now, Series.Style.BAR,
                        gaps(compared.thisYearNotApplicable())));
        return new ChartModel(t("dashboards.yoy.title", indicator.shortNameZh(), window(data)),
                t("publication.chart.subtitle.yoy", window(data), String.valueOf(year - 1)),
                t("dashboards.unit", indicator.unitZh()), names, series, true, indicator.scale(), t("publication.noData"),
                frame(data, note));
    }

    /** The focus's whole-year values from its first year with a figure, following a renamed district. */
    ChartModel years(Dashboard data, Indicator indicator, String note) {
        var yearly = data.yearSeries(indicator);
        int last = yearly.last();
        int first = yearly.first();
        var yearList = yearly.years();
        var values = yearly.values();
        var subtitle = t("publication.chart.subtitle.years");
        if (!data.formerly().isEmpty()) {
            subtitle += " · " + t("dashboards.years.formerly", data.formerly().stream()
                    .map(d -> d.name() + "（" + d.code() + "）").collect(Collectors.joining("、")));
        }
        return new ChartModel(t("dashboards.years.title", data.focus().name(), indicator.shortNameZh(),
                String.valueOf(first), String.valueOf(last)), subtitle, t("dashboards.unit", indicator.unitZh()),
                yearList.stream().map(y -> t("dashboard.yearOption", String.valueOf(y))).toList(),
                List.of(new Series(t("dashboards.series.actual"), values, Series.Style.BAR)), false, indicator.scale(),
                t("publication.noData"), frame(data, note));
    }

    /** Completion of each district's own target, per indicator, shaded as the dashboard's table. */
    ChartModel heatMap(Dashboard data, String note) {
        var indicators = Completion.indicators(data);
        var cells = data.counties().stream().map(county -> indicators.stream()
                .map(i -> Completion.of(data, i, county.id()).map(this::cell)
                        .orElseGet(() -> new HeatGrid.Cell("—", NO_TARGET, FramePainter.MUTED)))
                .toList()).toList();
        var blue = Color.decode(Palette.COMPLETION_MET);
        var legend = List.of(
                new HeatGrid.Swatch(List.of(over(blue, 0.33), over(blue, 0.58), over(blue, 0.75)),
                        t("publication.chart.heatmap.met")),
                new HeatGrid.Swatch(List.of(Color.decode(Palette.COMPLETION_MISSED)), t("target.status.missed")),
                new HeatGrid.Swatch(List.of(NO_TARGET), t("publication.chart.heatmap.none")));
        var grid = new HeatGrid(t("dashboard.table.district"), data.counties().stream().map(Division::name).toList(),
                indicators.stream().map(Indicator::shortNameZh).toList(), cells, legend);
        return ChartModel.grid(t("dashboards.heatmap.title", window(data)),
                t("publication.chart.subtitle.heatmap", data.city().name()), t("publication.chart.unit.heatmap"), grid,
                t("dashboards.heatmap.noTargets"), frame(data, note));
    }

    /** 不适用 where a district reported the indicator as not applicable; the chart's "no data" elsewhere. */
    private List<String> gaps(List<Boolean> notApplicable) {
        var word = t("figure.notApplicable");
        return notApplicable.stream().map(na -> na ? word : null).toList();
    }

    private HeatGrid.Cell cell(Completion completion) {
        if (!completion.applicable()) {
            return new HeatGrid.Cell(t(completion.statusKey()), NO_TARGET, FramePainter.MUTED);
        }
        var text = completion.percent() == null ? t(completion.statusKey())
                : Numbers.plain(completion.percent(), 1, Translations.CHINESE) + "%";
        if (!completion.met()) {
            return new HeatGrid.Cell(text, Color.decode(Palette.COMPLETION_MISSED), FramePainter.INK);
        }
        return new HeatGrid.Cell(text, over(Color.decode(Palette.COMPLETION_MET), completion.blueOpacity()),
                completion.lightText() ? Color.WHITE : FramePainter.INK);
    }

    /** The colour a translucent fill shows on white paper, as the browser composes the screen's rgba. */
    private static Color over(Color colour, double opacity) {
        return new Color(mix(colour.getRed(), opacity), mix(colour.getGreen(), opacity), mix(colour.getBlue(), opacity));
    }

    private static int mix(int channel, double opacity) {
        return (int) Math.round(255 - opacity * (255 - channel));
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
