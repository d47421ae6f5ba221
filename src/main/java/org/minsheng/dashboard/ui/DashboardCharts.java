package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.dashboard.ChartDownloads;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.ui.Notifications;
import org.minsheng.base.ui.chart.ChartConfigs;
import org.minsheng.base.chart.Series;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.TrendPoint;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * The charts of one chosen indicator: districts ranked against their targets (city view only), the
 * monthly cumulative against the straight-line pace to the target, and this year against last.
 */
class DashboardCharts extends Div {

    private final Select<Indicator> indicator = new Select<>();
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
    /** True while the address's choice is put into the picker, which is not a user's new choice. */
    private boolean showing;

    /**
     * @param chooseChart told the indicator a user picked, so the choice goes into the address; the
     *                    view then calls {@link #show} again
     * @param mayExport   offer every chart as a print figure (the service checks again)
     */
    DashboardCharts(Consumer<Division> openDistrict, Consumer<String> chooseChart, ChartDownloads images,
                    boolean mayExport) {
        addClassName("charts");
        if (mayExport) {
            ranking.offer(download(images, ChartKind.RANKING, ImageFormat.PNG), download(images, ChartKind.RANKING, ImageFormat.SVG));
            trend.offer(download(images, ChartKind.TREND, ImageFormat.PNG), download(images, ChartKind.TREND, ImageFormat.SVG));
            yoy.offer(download(images, ChartKind.YEAR_ON_YEAR, ImageFormat.PNG),
                    download(images, ChartKind.YEAR_ON_YEAR, ImageFormat.SVG));
            years.offer(download(images, ChartKind.YEARS, ImageFormat.PNG), download(images, ChartKind.YEARS, ImageFormat.SVG));
        }
        indicator.setLabel(getTranslation("dashboard.chart.indicator"));
        indicator.setId("chart-indicator");
        indicator.setItemLabelGenerator(i -> i.shortName(getLocale()));
        indicator.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                chooseChart.accept(e.getValue().code());
            }
        });
        ranking.chart().addItemClickListener(index -> {
            if (index >= 0 && index < ranked.size()) {
                openDistrict.accept(ranked.get(index));
            } else {
                Notifications.error(getTranslation("dashboard.chart.noSuchItem"));
            }
        });
        var picker = new Div(indicator);
        picker.addClassName("charts-picker");
        add(picker, ranking, trend, yoy, years);
    }

    /** @param annualOnly the year was reported as year totals: the trend says so instead of drawing empty months */
    void show(Dashboard data, boolean annualOnly) {
        this.shown = data.filter();
        this.annualOnly = annualOnly;
        var choices = data.districtIndicators();
        var wanted = data.filter().chart();
        showing = true;
        try {
            indicator.setItems(choices);
            indicator.setValue(choices.stream().filter(i -> i.code().equals(wanted))
                    .findFirst().orElse(choices.isEmpty() ? null : choices.getFirst()));
        } finally {
            showing = false;
        }
        ranking.setVisible(data.cityWide());
        draw(data);
    }

    private void draw(Dashboard data) {
        var chosen = indicator.getValue();
        setVisible(data.hasData() && chosen != null);
        if (!isVisible()) {
            return;
        }
        var locale = getLocale();
        var unit = chosen.unit(locale);
        var asOf = Labels.asOf(this, data);
        var name = chosen.shortName(locale);
        var focus = data.focus().name();
        if (data.cityWide()) {
            drawRanking(data, chosen, unit, asOf, name);
        }
        drawTrend(data, chosen, unit, annualOnly ? getTranslation("dashboards.trend.annualOnly", asOf) : asOf, name,
                focus);
        drawYearOnYear(data, chosen, unit, asOf, name);
        drawYears(data, chosen, unit, asOf, name, focus);
    }

    private void drawRanking(Dashboard data, Indicator chosen, String unit, String asOf, String name) {
        var order = data.ranking(chosen);
        ranked = order.districts();
        var values = order.values();
        var targets = order.targets();
        var series = new ArrayList<Series>();
        series.add(new Series(getTranslation("dashboards.series.actual"), values, Series.Style.BAR));
        if (targets.stream().anyMatch(t -> t != null)) {
            series.add(new Series(getTranslation("dashboards.series.target"), targets, Series.Style.MARKER));
        }
        var title = getTranslation("dashboards.ranking.title", name, Labels.window(this, data));
        var names = ranked.stream().map(Division::name).toList();
        ranking.show(title, unitLine(unit, asOf), ChartConfigs.chart(title, asOf, unit, names, series, true),
                List.of(getTranslation("dashboard.table.district"), getTranslation("dashboards.series.actual"),
                        getTranslation("dashboards.series.target")),
                IntStream.range(0, ranked.size()).mapToObj(n -> List.of(names.get(n),
                        text(values.get(n), order.notApplicable().get(n), chosen),
                        text(targets.get(n), chosen))).toList());
    }

    private void drawTrend(Dashboard data, Indicator chosen, String unit, String asOf, String name, String focus) {
        var points = data.trend(chosen, data.focusId());
        var months = IntStream.rangeClosed(1, 12).boxed().toList();
        var actual = months.stream().map(m -> points.stream().filter(p -> p.month() == m)
                .map(TrendPoint::value).findFirst().orElse(null)).toList();
        var target = data.target(chosen, data.focusId());
        var series = new ArrayList<Series>();
        series.add(new Series(getTranslation("dashboards.series.cumulative"), actual, Series.Style.LINE));
        // The straight-line pace: where the figure would stand each month if it grew evenly to the target.
        List<BigDecimal> pace = target.map(t -> months.stream()
                .map(m -> t.value().multiply(BigDecimal.valueOf(m)).divide(BigDecimal.valueOf(12), 2,
                        java.math.RoundingMode.HALF_UP)).toList()).orElse(null);
        if (pace != null && chosen.cumulative()) {
            series.add(new Series(getTranslation("dashboards.series.pace"), pace, Series.Style.DASHED_LINE));
        }
        var labels = months.stream().map(m -> getTranslation("dashboards.month", m)).toList();
        var title = getTranslation("dashboards.trend.title", focus, name, String.valueOf(data.filter().year()));
        trend.show(title, unitLine(unit, asOf), ChartConfigs.chart(title, asOf, unit, labels, series, false),
                List.of(getTranslation("dashboards.monthColumn"), getTranslation("dashboards.series.cumulative"),
                        getTranslation("dashboards.series.pace")),
                IntStream.range(0, 12).mapToObj(n -> List.of(labels.get(n), text(actual.get(n), chosen),
                        pace == null ? "—" : text(pace.get(n), chosen))).toList());
    }

    private void drawYearOnYear(Dashboard data, Indicator chosen, String unit, String asOf, String name) {
        var compared = data.yearOnYear(chosen);
        var units = compared.units();
        var names = compared.names();
        var now = compared.thisYear();
        var before = compared.lastYear();
        int year = data.filter().year();
        var title = getTranslation("dashboards.yoy.title", name, Labels.window(this, data));
        var series = List.of(
                new Series(getTranslation("dashboard.yearOption", String.valueOf(year - 1)), before, Series.Style.BAR),
                new Series(getTranslation("dashboard.yearOption", String.valueOf(year)), now, Series.Style.BAR));
        yoy.show(title, unitLine(unit, asOf), ChartConfigs.chart(title, asOf, unit, names, series, true),
                List.of(getTranslation("dashboard.table.district"),
                        getTranslation("dashboard.yearOption", String.valueOf(year - 1)),
                        getTranslation("dashboard.yearOption", String.valueOf(year)), getTranslation("dashboards.change")),
                IntStream.range(0, units.size()).mapToObj(n -> List.of(names.get(n),
                        text(before.get(n), compared.lastYearNotApplicable().get(n), chosen),
                        text(now.get(n), compared.thisYearNotApplicable().get(n), chosen), data.change(chosen, units.get(n))
                                .map(c -> Labels.signed(this, c, chosen)).orElse("—"))).toList());
    }

    /** Year by year from the first year with a figure, following a renamed district into its successor. */
    private void drawYears(Dashboard data, Indicator chosen, String unit, String asOf, String name, String focus) {
        var yearly = data.yearSeries(chosen);
        int last = yearly.last();
        int first = yearly.first();
        var yearList = yearly.years();
        var values = yearly.values();
        var labels = yearList.stream().map(y -> getTranslation("dashboard.yearOption", String.valueOf(y))).toList();
        var title = getTranslation("dashboards.years.title", focus, name, String.valueOf(first), String.valueOf(last));
        var meta = unitLine(unit, asOf);
        if (!data.formerly().isEmpty()) {
            meta += " · " + getTranslation("dashboards.years.formerly", data.formerly().stream()
                    .map(d -> d.name() + "（" + d.code() + "）").collect(java.util.stream.Collectors.joining("、")));
        }
        years.show(title, meta, ChartConfigs.chart(title, asOf, unit, labels,
                        List.of(new Series(getTranslation("dashboards.series.actual"), values, Series.Style.BAR)), false),
                List.of(getTranslation("export.year"), getTranslation("dashboards.series.actual")),
                IntStream.range(0, yearList.size()).mapToObj(n -> List.of(labels.get(n), text(values.get(n), chosen)))
                        .toList());
    }

    /** The chart as shown (same filter, same indicator) as a 300 dpi print figure, built on the click. */
    private Anchor download(ChartDownloads images, ChartKind kind, ImageFormat format) {
        var anchor = new Anchor(DownloadLinks.handler(() -> images.chart(new ChartRequest(shown,
                        indicator.getValue().code(), kind, ImageSize.PRINT, format, null))),
                AttachmentType.DOWNLOAD, getTranslation("dashboards.download." + format.name().toLowerCase()));
        anchor.setId(kind.name().toLowerCase() + "-download-" + format.name().toLowerCase());
        return anchor;
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
