package org.minsheng.publication;

import java.awt.Color;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.base.chart.Palette;
import org.minsheng.base.chart.Series;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.Completion;
import org.minsheng.dashboard.CompletionLegend;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;
import org.minsheng.publication.render.ChartFrame;
import org.minsheng.publication.render.ChartModel;
import org.minsheng.publication.render.ChartPainter;
import org.minsheng.publication.render.CjkFont;
import org.minsheng.publication.render.FramePainter;
import org.minsheng.publication.render.HeatGrid;
import org.minsheng.publication.render.Java2dCanvas;
import org.minsheng.publication.render.PngFiles;
import org.minsheng.publication.render.SvgCanvas;
import org.springframework.stereotype.Component;

/**
 * The publication charts: the content the dashboard draws ({@link ChartContents}, so print and screen
 * show the same series, targets and pace) or the completion heat-map, with a printed subtitle and the
 * publication frame, rendered as PNG or SVG. The words are Chinese, as published.
 */
@Component
class ChartImages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** a cell without a target or a figure: a faint grey, so the table still reads as a table */
    private static final Color NO_TARGET = Color.decode(Palette.COMPLETION_NONE);

    private final CjkFont cjk;
    private final Translations translations;
    private final DashboardService dashboards;
    /** Times are printed in the commission's zone, whatever the server's. */
    private final ZoneId zone;

    ChartImages(CjkFont cjk, Translations translations, Clock clock, DashboardService dashboards) {
        this.dashboards = dashboards;
        this.zone = clock.getZone();
        this.cjk = cjk;
        this.translations = translations;
    }

    /** {@code indicator} is null for the heat-map, which shows every indicator with district targets. */
    ChartModel model(Dashboard data, Indicator indicator, ChartKind kind, String note) {
        if (kind == ChartKind.HEAT_MAP) {
            return heatMap(data, note);
        }
        var content = contents().of(kind, data, indicator);
        var unit = t("dashboards.unit", content.unit());
        if (kind == ChartKind.YEAR_ON_YEAR) {
            // the total is no bar among the districts (ChartContents.yearOnYear): the line over the plot says
            // it, where the subtitle has no room left
            var line = unit;
            unit = contents()
                    .yearOnYearTotal(data, indicator)
                    .map(total -> line + " · " + total)
                    .orElse(line);
        }
        var words = new ChartModel.Words(
                content.title(),
                subtitle(kind, data, content),
                unit,
                t("publication.noData"),
                t("figure.notApplicable"));
        // a target revised after publication is marked as the dashboard's tile marks it: the image is passed
        // on without the tile, so its legend carries the † and its foot says what the † means
        var revised = revisedTargets(kind, data, indicator);
        var series = revised.isEmpty() ? content.series() : markTarget(content.series());
        var frame = frame(data, note);
        if (!revised.isEmpty()) {
            frame = new ChartFrame(
                    frame.source(), frame.asOf(), frame.note(), frame.illustrative(), revisedNote(kind, revised));
        }
        return new ChartModel(words, content.labels(), series, content.horizontal(), content.scale(), frame);
    }

    /**
     * The units whose drawn target was revised after publication, by name: a ranking's ticks are each
     * unit's own target, a trend's pace runs to the page's unit's. Other charts draw no target.
     */
    private static List<String> revisedTargets(ChartKind kind, Dashboard data, Indicator indicator) {
        return switch (kind) {
            case RANKING -> {
                var ranking = data.ranking(indicator).drawn();
                var names = new ArrayList<String>();
                for (int n = 0; n < ranking.districts().size(); n++) {
                    var unit = ranking.districts().get(n);
                    if (ranking.targets().get(n) != null
                            && data.target(indicator, unit.id())
                                    .map(Target::revised)
                                    .orElse(false)) {
                        names.add(unit.name());
                    }
                }
                yield names;
            }
            case TREND ->
                indicator.cumulative()
                                && data.target(indicator, data.focusId())
                                        .map(Target::revised)
                                        .orElse(false)
                        ? List.of(data.focus().name())
                        : List.of();
            default -> List.of();
        };
    }

    /** The series drawn from a target (a ranking's ticks, a trend's pace) named with the †. */
    private List<Series> markTarget(List<Series> series) {
        return series.stream()
                .map(s -> s.style() == Series.Style.MARKER || s.style() == Series.Style.DASHED_LINE
                        ? new Series(
                                t("publication.chart.targetRevised.legend", s.label()),
                                s.values(),
                                s.style(),
                                s.notApplicable())
                        : s)
                .toList();
    }

    /** 「† 目标值在发布后修订过」, in the dashboard's words; a ranking names the units whose target it is. */
    private String revisedNote(ChartKind kind, List<String> units) {
        return kind == ChartKind.RANKING
                ? t("publication.chart.targetRevised.units", t("dashboards.targetRevised"), String.join("、", units))
                : t("publication.chart.targetRevised", t("dashboards.targetRevised"));
    }

    ChartModel ranking(Dashboard data, Indicator indicator, String note) {
        return model(data, indicator, ChartKind.RANKING, note);
    }

    /** A chart for a browser to draw (Chart.js): the dashboard's content and the printed subtitle. */
    record Drawn(ChartContent content, String subtitle) {}

    Drawn drawn(Dashboard data, Indicator indicator) {
        return drawn(data, indicator, ChartKind.RANKING);
    }

    /** Any chart of one indicator ({@link ChartKind#ofOneIndicator}). */
    Drawn drawn(Dashboard data, Indicator indicator, ChartKind kind) {
        return drawn(data, indicator, kind, Translations.CHINESE);
    }

    /**
     * The same chart in a language: the public side's English page and embeds get the indicator's English
     * name and measure and English words around them; the numbers are the same.
     */
    Drawn drawn(Dashboard data, Indicator indicator, ChartKind kind, Locale locale) {
        var content = contents(locale).of(kind, data, indicator);
        var subtitle = subtitle(kind, data, content, locale);
        if (kind == ChartKind.YEAR_ON_YEAR) {
            // the public page's caption says the total its chart and table no longer list among the units
            var line = subtitle;
            subtitle = contents(locale)
                    .yearOnYearTotal(data, indicator)
                    .map(total -> line + " · " + total)
                    .orElse(line);
        }
        return new Drawn(content, subtitle);
    }

    /** The printed subtitle says what the chart compares, where the screen says how fresh the data is. */
    private String subtitle(ChartKind kind, Dashboard data, ChartContent content) {
        return subtitle(kind, data, content, Translations.CHINESE);
    }

    private String subtitle(ChartKind kind, Dashboard data, ChartContent content, Locale locale) {
        var window = contents(locale).window(data);
        return switch (kind) {
            // the units without a figure the bars leave out are named in the note, which an image passed on
            // without the page has to say itself
            case RANKING ->
                withNote(
                        t(
                                locale,
                                // the target's tick is named only where one is drawn
                                content.series().stream().anyMatch(s -> s.style() == Series.Style.MARKER)
                                        ? "publication.chart.subtitle.ranking"
                                        : "publication.chart.subtitle.rankingNoTarget",
                                data.city().name(),
                                t(locale, data.rankedLevel().eachKey())),
                        content);
            case TREND -> t(locale, "publication.chart.subtitle.trend", window);
            case YEAR_ON_YEAR ->
                withNote(
                        t(
                                locale,
                                "publication.chart.subtitle.yoy",
                                window,
                                String.valueOf(data.filter().year() - 1)),
                        content);
            case YEARS -> withNote(t(locale, "publication.chart.subtitle.years"), content);
            case HEAT_MAP -> heatMapSubtitle(locale, data);
        };
    }

    private static String withNote(String subtitle, ChartContent content) {
        return content.note() == null ? subtitle : subtitle + " · " + content.note();
    }

    /** Print is in Chinese, as published. */
    private ChartContents contents() {
        return contents(Translations.CHINESE);
    }

    private ChartContents contents(Locale locale) {
        return new ChartContents(locale, (key, parameters) -> t(locale, key, parameters));
    }

    /** 「福建省各市完成值÷本市目标值」: the units of the level the page ranks, not 区县 regardless. */
    private String heatMapSubtitle(Locale locale, Dashboard data) {
        return t(
                locale,
                "publication.chart.subtitle.heatmap",
                data.city().name(),
                t(locale, data.rankedLevel().eachKey()),
                t(locale, data.rankedLevel().headingKey()));
    }

    /** Completion of each district's own target, per indicator, shaded as the dashboard's table. */
    ChartModel heatMap(Dashboard data, String note) {
        var indicators = Completion.indicators(data);
        var cells = data.counties().stream()
                .map(county -> indicators.stream()
                        .map(i -> Completion.of(data, i, county.id())
                                .map(this::cell)
                                .orElseGet(() -> new HeatGrid.Cell("—", NO_TARGET, FramePainter.MUTED)))
                        .toList())
                .toList();
        var legend = Arrays.stream(CompletionLegend.values())
                .map(entry -> new HeatGrid.Swatch(
                        entry.shades().stream()
                                .map(shade -> over(Color.decode(shade.colour()), shade.opacity()))
                                .toList(),
                        t(entry.key())))
                .toList();
        // an indicator whose unit's target was revised after publication is marked as the dashboard's table
        // marks it, and the foot says whose target it is: the image is passed on without the page
        var revised = indicators.stream()
                .filter(i -> !Completion.revisedTargets(data, i).isEmpty())
                .toList();
        var grid = new HeatGrid(
                t(data.rankedLevel().headingKey()),
                data.counties().stream().map(Division::name).toList(),
                indicators.stream()
                        .map(i -> revised.contains(i)
                                ? t("publication.chart.targetRevised.legend", i.shortNameZh())
                                : i.shortNameZh())
                        .toList(),
                cells,
                legend);
        var words = new ChartModel.Words(
                t(
                        "dashboards.heatmap.title",
                        contents().window(data),
                        t(data.rankedLevel().eachKey())),
                heatMapSubtitle(Translations.CHINESE, data),
                t("publication.chart.unit.heatmap"),
                t(
                        "dashboards.heatmap.noTargets",
                        t(data.rankedLevel().headingKey()),
                        t(data.rankedLevel().eachKey())),
                null);
        var frame = frame(data, note);
        if (!revised.isEmpty()) {
            var whose = revised.stream()
                    .map(i -> t(
                            "publication.chart.heatmap.revised",
                            i.shortNameZh(),
                            String.join(
                                    "、",
                                    Completion.revisedTargets(data, i).stream()
                                            .map(Division::name)
                                            .toList())))
                    .toList();
            frame = new ChartFrame(
                    frame.source(),
                    frame.asOf(),
                    frame.note(),
                    frame.illustrative(),
                    t(
                            "publication.chart.targetRevised.units",
                            t("dashboards.targetRevised"),
                            String.join(t("publication.chart.heatmap.revisedSeparator"), whose)));
        }
        return ChartModel.grid(words, grid, frame);
    }

    private HeatGrid.Cell cell(Completion completion) {
        var text = contents().completion(completion);
        if (!completion.applicable()) {
            return new HeatGrid.Cell(text, NO_TARGET, FramePainter.MUTED);
        }
        if (completion.missed()) {
            return new HeatGrid.Cell(text, Color.decode(Palette.COMPLETION_MISSED), FramePainter.INK);
        }
        if (!completion.met()) {
            return new HeatGrid.Cell(text, Color.decode(Palette.COMPLETION_IN_PROGRESS), FramePainter.INK);
        }
        return new HeatGrid.Cell(
                text,
                over(Color.decode(Palette.COMPLETION_MET), completion.blueOpacity()),
                completion.lightText() ? Color.WHITE : FramePainter.INK);
    }

    /** The colour a translucent fill shows on white paper, as the browser composes the screen's rgba. */
    private static Color over(Color colour, double opacity) {
        return new Color(
                mix(colour.getRed(), opacity), mix(colour.getGreen(), opacity), mix(colour.getBlue(), opacity));
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
        return new ChartFrame(
                t(
                        "publication.chart.source",
                        t(data.city().level().issuerKey(), data.city().name())),
                asOf(data.dataAsOf(), data.edition()),
                note == null || note.isBlank() ? null : t("publication.chart.note", note.strip()),
                illustrative(data));
    }

    /**
     * The demo's note for the page's unit and year, worded as its page and the year-in-review PDF word it
     * (the dashboard's decision, not a second rule); null for figures an office entered. An image is
     * passed on without the page around it, so it carries the note itself.
     */
    String illustrative(Dashboard data) {
        return dashboards
                .illustrativeNote(data.filter().year(), data.focus())
                .map(note -> note.text(this::t))
                .orElse(null);
    }

    /** 数据截至 …（第n版）, or （未发布） for a year not yet out: an image passed on claims no edition. */
    String asOf(OffsetDateTime at, Dashboard.Edition edition) {
        return t(
                "publication.chart.asOf",
                at == null ? "—" : at.atZoneSameInstant(zone).format(DAY),
                edition.text(this::t));
    }

    private String t(String key, Object... parameters) {
        return t(Translations.CHINESE, key, parameters);
    }

    private String t(Locale locale, String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }
}
