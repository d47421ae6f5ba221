package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.ui.ChoiceBar;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.base.ui.EmbedCodeDialog;
import org.minsheng.base.ui.Notifications;
import org.minsheng.base.ui.chart.ChartConfigs;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.ChartDownloads;
import org.minsheng.dashboard.ChartEmbeds;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.EmbedCode;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import tools.jackson.databind.node.ObjectNode;

/**
 * The charts of one chosen indicator: districts ranked against their targets (city view only), the
 * monthly cumulative against the straight-line pace to the target, and this year against last.
 */
class DashboardCharts extends Div {

    /**
     * Which chart of a page ({@link PageMemo}): its kind, the indicator, the trend's annual-only wording and
     * the language. Nothing else of the session goes into a chart.
     */
    private record Drawn(ChartKind kind, String indicator, boolean annualOnly, Locale locale) {}

    /** The ranking's card and the units in the order of its bars, which a click on a bar is read against. */
    private record Ranking(ChartCard.Drawn card, List<Division> units) {}

    /** The commission's time zone, for 数据截至. */
    private final ZoneId zone;

    /** A native select, as the filter bar's: a {@code Select} kept ~40 state nodes for its items. */
    private final ChoiceBar indicator = new ChoiceBar();

    private final ChartCard ranking = new ChartCard("ranking-chart");
    private final ChartCard trend = new ChartCard("trend-chart");
    private final ChartCard yoy = new ChartCard("yoy-chart");
    private final ChartCard years = new ChartCard("years-chart");
    private List<Division> ranked = List.of();
    /**
     * The filter drawn, for the downloads. Not the {@link Dashboard} itself: charts are drawn once per
     * address, and keeping the record would hold every cell, trend point and year for the session.
     */
    private DashboardFilter shown;
    /** The shown year was reported as year totals (the calendar's annual reporting only). */
    private boolean annualOnly;
    /** The code of the indicator drawn, for the downloads. */
    private String chosen;

    /**
     * @param chooseChart told the indicator a user picked, so the choice goes into the address; the
     *                    view then calls {@link #show} again
     * @param embeds      each chart's embed codes, offered with its downloads
     * @param mayExport   offer every chart as a print figure (the service checks again)
     */
    DashboardCharts(
            Consumer<Division> openDistrict,
            Consumer<String> chooseChart,
            ChartDownloads images,
            ChartEmbeds embeds,
            boolean mayExport,
            ZoneId zone) {
        this.zone = zone;
        addClassName("charts");
        if (mayExport) {
            ranking.offer(
                    download(images, ChartKind.RANKING, ImageFormat.PNG),
                    download(images, ChartKind.RANKING, ImageFormat.SVG),
                    embed(embeds, ChartKind.RANKING));
            trend.offer(
                    download(images, ChartKind.TREND, ImageFormat.PNG),
                    download(images, ChartKind.TREND, ImageFormat.SVG),
                    embed(embeds, ChartKind.TREND));
            yoy.offer(
                    download(images, ChartKind.YEAR_ON_YEAR, ImageFormat.PNG),
                    download(images, ChartKind.YEAR_ON_YEAR, ImageFormat.SVG),
                    embed(embeds, ChartKind.YEAR_ON_YEAR));
            years.offer(
                    download(images, ChartKind.YEARS, ImageFormat.PNG),
                    download(images, ChartKind.YEARS, ImageFormat.SVG),
                    embed(embeds, ChartKind.YEARS));
        }
        indicator.addChoiceListener((id, code) -> {
            if (code.equals(chosen)) {
                indicator.restore();
            } else {
                chooseChart.accept(code);
            }
        });
        ranking.chart().addItemClickListener(index -> {
            if (index >= 0 && index < ranked.size()) {
                openDistrict.accept(ranked.get(index));
            } else {
                Notifications.error(getTranslation("dashboard.chart.noSuchItem"));
            }
        });
        indicator.addClassName("charts-picker");
        add(indicator, ranking, trend, yoy, years);
    }

    /** @param annualOnly the year was reported as year totals: the trend says so instead of drawing empty months */
    void show(Dashboard data, boolean annualOnly) {
        this.shown = data.filter();
        this.annualOnly = annualOnly;
        var choices = data.districtIndicators();
        var wanted = data.filter().chart();
        var drawn = choices.stream()
                .filter(i -> i.code().equals(wanted))
                .findFirst()
                .orElse(choices.isEmpty() ? null : choices.getFirst());
        chosen = drawn == null ? null : drawn.code();
        indicator.show(List.of(new ChoiceBar.Choice(
                "chart-indicator",
                getTranslation("dashboard.chart.indicator"),
                choices.stream()
                        .map(i -> new ChoiceBar.Option(i.code(), i.shortName(getLocale())))
                        .toList(),
                chosen == null ? "" : chosen)));
        ranking.setVisible(data.ranksUnits());
        draw(data, drawn);
    }

    private void draw(Dashboard data, Indicator chosen) {
        setVisible(data.hasData() && chosen != null);
        if (!isVisible()) {
            return;
        }
        // the words and the 数据截至 line are made only by a chart not yet drawn for this page and language
        var locale = getLocale();
        if (data.ranksUnits()) {
            Ranking drawn = PageMemo.of(
                    data,
                    new Drawn(ChartKind.RANKING, chosen.code(), annualOnly, locale),
                    () -> drawRanking(data, chosen, contents(), Labels.asOf(this, data, zone)));
            ranked = drawn.units();
            ranking.show(drawn.card());
        }
        boolean annual = annualOnly;
        trend.show(PageMemo.of(data, new Drawn(ChartKind.TREND, chosen.code(), annual, locale), () -> {
            var asOf = Labels.asOf(this, data, zone);
            return drawTrend(
                    data, chosen, contents(), annual ? getTranslation("dashboards.trend.annualOnly", asOf) : asOf);
        }));
        yoy.show(PageMemo.of(
                data,
                new Drawn(ChartKind.YEAR_ON_YEAR, chosen.code(), annual, locale),
                () -> drawYearOnYear(data, chosen, contents(), Labels.asOf(this, data, zone))));
        years.show(PageMemo.of(
                data,
                new Drawn(ChartKind.YEARS, chosen.code(), annual, locale),
                () -> drawYears(data, chosen, contents(), Labels.asOf(this, data, zone))));
    }

    private ChartContents contents() {
        return new ChartContents(getLocale(), this::getTranslation);
    }

    private Ranking drawRanking(Dashboard data, Indicator chosen, ChartContents contents, String asOf) {
        var chart = contents.ranking(data, chosen);
        // the units in the order of the chart's bars: those without a figure it names in its note instead
        var order = data.ranking(chosen).drawn();
        var units = order.districts();
        var actual = chart.series().getFirst();
        var targets = order.targets();
        // the table under the chart has room for the long mark the chart's axis shortens
        var names = chart.labels();
        var meta = unitLine(chart.unit(), asOf);
        var card = ChartCard.draw(
                chart.title(),
                names.isEmpty() ? meta : withNote(meta, chart),
                config(chart, asOf),
                List.of(
                        getTranslation(data.rankedLevel().headingKey()),
                        getTranslation("dashboards.series.actual"),
                        getTranslation("dashboards.series.target")),
                IntStream.range(0, names.size())
                        .mapToObj(n -> List.of(
                                contents.unitLabel(data, units.get(n)),
                                text(actual.values().get(n), actual.notApplicable(n), chosen),
                                text(targets.get(n), chosen)))
                        .toList());
        return new Ranking(names.isEmpty() ? card.instead(chart.note()) : card, units);
    }

    /**
     * The table fills its pace column wherever the focus has a target, also for an indicator that is not
     * cumulative, whose chart draws no pace line.
     */
    private ChartCard.Drawn drawTrend(Dashboard data, Indicator chosen, ChartContents contents, String asOf) {
        var chart = contents.trend(data, chosen);
        var cumulative = chart.series().getFirst();
        var actual = cumulative.values();
        var pace = contents.pace(data, chosen).orElse(null);
        var labels = chart.labels();
        return ChartCard.draw(
                chart.title(),
                unitLine(chart.unit(), asOf),
                config(chart, asOf),
                List.of(
                        getTranslation("dashboards.monthColumn"),
                        getTranslation("dashboards.series.cumulative"),
                        getTranslation("dashboards.series.pace")),
                IntStream.range(0, 12)
                        .mapToObj(n -> List.of(
                                labels.get(n),
                                text(actual.get(n), cumulative.notApplicable(n), chosen),
                                pace == null ? "—" : text(pace.get(n), chosen)))
                        .toList());
    }

    /**
     * The chart has the districts only; the total, which would dwarf them as a bar, is said in the line
     * under the title and keeps its row at the foot of the table.
     */
    private ChartCard.Drawn drawYearOnYear(Dashboard data, Indicator chosen, ChartContents contents, String asOf) {
        var chart = contents.yearOnYear(data, chosen);
        var compared = data.yearOnYear(chosen).drawn();
        var units = compared.units();
        var names = compared.names();
        var meta = unitLine(chart.unit(), asOf);
        var total = contents.yearOnYearTotal(data, chosen);
        if (total.isPresent()) {
            meta += " · " + total.get();
        }
        // a root with no units below it lists itself alone: 区县 over 芗城区, not 乡镇（街道）
        var listed = data.ranksUnits() ? data.rankedLevel() : data.focus().level();
        var notYetFounded = contents.notYetFounded(data, units);
        var card = ChartCard.draw(
                chart.title(),
                chart.labels().isEmpty() ? meta : withNote(meta, chart),
                config(chart, asOf),
                List.of(
                        getTranslation(listed.headingKey()),
                        chart.series().get(0).label(),
                        chart.series().get(1).label(),
                        getTranslation("dashboards.change")),
                IntStream.range(0, units.size())
                        .mapToObj(n -> List.of(
                                names.get(n),
                                // the chart's word for a unit that did not exist last year, where 「—」 read as missing
                                Optional.ofNullable(notYetFounded.get(n))
                                        .orElseGet(() -> text(
                                                compared.lastYear().get(n),
                                                compared.lastYearNotApplicable().get(n),
                                                chosen)),
                                text(
                                        compared.thisYear().get(n),
                                        compared.thisYearNotApplicable().get(n),
                                        chosen),
                                data.change(chosen, units.get(n))
                                        .map(c -> Labels.signed(this, c, chosen))
                                        .orElse("—")))
                        .toList());
        // no unit below the total has a figure in either year: the line under the title says so and the total,
        // in place of an empty plot and a table of the total alone
        return chart.labels().isEmpty() ? card.instead(chart.note()) : card;
    }

    /** Year by year from the first year with a figure, following a renamed district into its successor. */
    private ChartCard.Drawn drawYears(Dashboard data, Indicator chosen, ChartContents contents, String asOf) {
        var chart = contents.years(data, chosen);
        var labels = chart.labels();
        var actual = chart.series().getFirst();
        return ChartCard.draw(
                chart.title(),
                withNote(unitLine(chart.unit(), asOf), chart),
                config(chart, asOf),
                List.of(getTranslation("export.year"), getTranslation("dashboards.series.actual")),
                IntStream.range(0, labels.size())
                        .mapToObj(n ->
                                List.of(labels.get(n), text(actual.values().get(n), actual.notApplicable(n), chosen)))
                        .toList());
    }

    /** The chart as shown (same filter, same indicator) as a 300 dpi print figure, built on the click. */
    private Anchor download(ChartDownloads images, ChartKind kind, ImageFormat format) {
        var anchor = new Anchor(
                DownloadLinks.handler(
                        () -> images.chart(new ChartRequest(shown, chosen, kind, ImageSize.PRINT, format, null))),
                AttachmentType.DOWNLOAD,
                getTranslation("dashboards.download." + format.name().toLowerCase()));
        anchor.setId(kind.name().toLowerCase() + "-download-" + format.name().toLowerCase());
        return anchor;
    }

    /**
     * The public side embeds the unit's published year, whatever period the dashboard shows: a month's
     * (quarter's, year to date's) view offers the year's chart, and the dialog says so first. Embeds of a
     * month would need the public side to draw and keep each month's charts per edition; it does not.
     */
    private Button embed(ChartEmbeds embeds, ChartKind kind) {
        var button = new Button(getTranslation("dashboards.embed"), e -> offerEmbed(embeds, kind));
        button.setId(kind.slug().replace('_', '-') + "-embed");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private void offerEmbed(ChartEmbeds embeds, ChartKind kind) {
        if (shown == null || chosen == null) {
            return;
        }
        // the codes show the chart in the session's language, under the title it has on screen
        var language = EmbedCode.query(getLocale());
        embeds.embedCode(shown.year(), shown.division(), chosen, kind, getLocale())
                .ifPresentOrElse(
                        code -> {
                            var origin = EmbedCodeDialog.origin();
                            EmbedCodeDialog.open(
                                    this,
                                    code.title(),
                                    wholeYearNote(shown),
                                    code.live(origin, language),
                                    code.pinned(origin, language),
                                    code.edition());
                        },
                        () -> Notifications.error(getTranslation("embed.unavailable", String.valueOf(shown.year()))));
    }

    /** Null for the year's view, which is what the codes show; else that they show the year, not the view. */
    private String wholeYearNote(DashboardFilter filter) {
        var year = String.valueOf(filter.year());
        var part = String.valueOf(filter.part());
        var viewed = switch (filter.period()) {
            case YEAR -> null;
            // a month goes as a number, which English names (「December 2020」, where 「month 12 of 2020」 was)
            case MONTH -> getTranslation("embed.dialog.month", year, filter.part());
            case QUARTER -> getTranslation("embed.dialog.quarter", year, part);
            case YEAR_TO_DATE -> getTranslation("embed.dialog.yearToDate", year, filter.part());
        };
        return viewed == null ? null : getTranslation("embed.dialog.wholeYear", year, viewed);
    }

    /** A chart's configuration, a bar without a value labelled 不适用 or 暂无数据 as the printed chart has it. */
    private ObjectNode config(ChartContent chart, String asOf) {
        return ChartConfigs.chart(chart, asOf, this::getTranslation);
    }

    /** The card's line under the title with the chart's note, if it has one. */
    private static String withNote(String meta, ChartContent chart) {
        return chart.note() == null ? meta : meta + " · " + chart.note();
    }

    private String unitLine(String unit, String asOf) {
        return getTranslation("dashboards.unit", unit) + " · " + asOf;
    }

    private String text(BigDecimal value, Indicator indicator) {
        return value == null ? "—" : Numbers.plain(value, indicator.scale(), getLocale());
    }

    /** A table's figure: 不适用 must not read as a missing one ("—"). */
    private String text(BigDecimal value, boolean notApplicable, Indicator indicator) {
        return notApplicable ? getTranslation("figure.notApplicable") : text(value, indicator);
    }
}
