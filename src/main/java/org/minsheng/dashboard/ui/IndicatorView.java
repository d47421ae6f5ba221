package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.minsheng.base.RefusedException;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.base.chart.Series;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.ui.chart.ChartConfigs;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.TrendPoint;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;

/**
 * One indicator's page: what it counts (口径), who leads it, its unit and rule, and the unit's children
 * by month (by year for a yearly indicator), or the unit's own figure for an indicator it reports itself.
 */
@Route("indicator")
@RolesAllowed({
    Role.Names.LEADER,
    Role.Names.REVIEWER,
    Role.Names.COMMUNICATIONS,
    Role.Names.ADMINISTRATOR,
    Role.Names.STATISTICIAN
})
class IndicatorView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    /** The commission's time zone, for 数据截至. */
    private final ZoneId zone;

    private final DashboardService dashboards;
    private final CurrentUser user;
    private final H2 heading = new H2();
    private final Div about = new Div();
    private final ChartCard chart = new ChartCard("indicator-chart");
    /** Said instead of the page when the address asks for a unit outside the reader's scope, as on the dashboard. */
    private final ScopeRefusal refused = new ScopeRefusal();

    private String title = "";

    IndicatorView(DashboardService dashboards, CurrentUser user, Clock clock) {
        this.zone = clock.getZone();
        this.dashboards = dashboards;
        this.user = user;
        addClassName("page");
        about.addClassName("card");
        about.setId("indicator-about");
        add(heading, refused, about, chart);
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        var asked = DashboardFilter.parse(
                event.getLocation().getQueryParameters().getParameters(),
                dashboards.latestYear(),
                dashboards::latestMonth);
        // the unit of the address as the dashboard reads it (a scoped leader's own without one), refused by
        // the service as the dashboard is: the page ignored it, showing the root's units or the reader's own
        var scope = user.readingScope();
        var filter = new DashboardFilter(asked.year(), asked.period(), asked.part(), null, asked.division())
                .startingFor(scope);
        about.removeAll();
        Dashboard data;
        try {
            data = dashboards.dashboard(filter);
        } catch (RefusedException refusal) {
            title = getTranslation("dashboard.pageTitle");
            heading.setText(title);
            about.setVisible(false);
            chart.setVisible(false);
            refused.show(refusal, scope, filter);
            return;
        }
        refused.setVisible(false);
        about.setVisible(true);
        var indicator =
                data.indicators().stream().filter(i -> i.code().equals(code)).findFirst();
        if (indicator.isEmpty()) {
            heading.setText(getTranslation("dashboards.indicator.unknown", code));
            chart.setVisible(false);
            return;
        }
        var shown = indicator.get();
        var locale = getLocale();
        title = shown.name(locale);
        heading.setText(title);
        var profile = dashboards.profile(code).orElseThrow();
        about.add(
                line("dashboards.indicator.definition", profile.definition(locale)),
                line("dashboards.indicator.department", profile.leadDepartment(locale)),
                line("dashboards.indicator.unit", shown.unit(locale)),
                line(
                        "dashboards.indicator.rule",
                        // the rule rolls up the units this page ranks: 各市 on a province's page
                        getTranslation(
                                "dashboards.rule." + shown.aggregation().name().toLowerCase(),
                                getTranslation(data.rankedLevel().eachKey()))),
                line("dashboards.indicator.category", shown.category(locale)),
                new Anchor("/?" + data.filter().unitWindowQuery(), getTranslation("dashboards.backToDashboard")));
        drawChart(data, shown);
    }

    private Paragraph line(String key, String value) {
        return new Paragraph(getTranslation(
                "dashboards.indicator.line", getTranslation(key), value == null || value.isBlank() ? "—" : value));
    }

    private void drawChart(Dashboard data, Indicator indicator) {
        // an indicator the focus reports itself (a city's 牵头市直部门, aggregation NONE) has no children's
        // figures to break down: the page drew its districts, all 「—」, and never the city's own 17
        boolean own = indicator.reportedByCity() && data.focus().level() == Division.Level.CITY;
        var months =
                IntStream.rangeClosed(1, Math.max(1, data.toMonth())).boxed().toList();
        // a yearly figure is a cell of the window, never a point of the (monthly) trend: one column, the year
        var labels = indicator.monthly()
                ? months.stream()
                        .map(m -> getTranslation("dashboards.month", m))
                        .toList()
                : List.of(getTranslation(
                        "dashboard.yearOption", String.valueOf(data.filter().year())));
        var series = new ArrayList<Series>();
        var header = new ArrayList<String>();
        header.add(getTranslation((own ? data.focus().level() : data.rankedLevel()).headingKey()));
        header.addAll(labels);
        var rows = new ArrayList<List<String>>();
        var units = new ArrayList<Integer>();
        units.add(data.focusId());
        if (data.cityWide() && !own) {
            data.counties().forEach(c -> units.add(c.id()));
        }
        var words = new ChartContents(getLocale(), this::getTranslation);
        for (Integer unit : units) {
            List<BigDecimal> values;
            List<Boolean> notApplicable;
            if (indicator.monthly()) {
                var points = data.trend(indicator, unit);
                values = TrendPoint.values(points, months);
                notApplicable = TrendPoint.notApplicable(points, months);
            } else {
                var cell = data.cell(indicator, unit);
                values = Collections.singletonList(cell.map(YearCell::value).orElse(null));
                notApplicable = List.of(cell.map(YearCell::notApplicable).orElse(false));
            }
            var name = Objects.equals(unit, data.focusId())
                    ? data.focus().name()
                    : data.counties().stream()
                            .filter(c -> c.id() == unit)
                            .findFirst()
                            // a unit outside the focus's totals says so here too (待省级确认)
                            .map(c -> words.unitLabel(data, c))
                            .orElseThrow();
            // the total is charted beside its units only when it is the focus's own figure, or when there
            // are no units below it (a county installation without towns): its title named it over an empty axis
            if (unit != null || own || units.size() == 1) {
                // a year is one value per unit: as a line it was a lone dot on the axis's edge
                series.add(new Series(name, values, indicator.monthly() ? Series.Style.LINE : Series.Style.BAR));
            }
            var row = new ArrayList<String>();
            row.add(name);
            for (int m = 0; m < labels.size(); m++) {
                var value = values.get(m);
                // 不适用 is an answer, 「—」 the lack of one
                row.add(
                        value != null
                                ? Numbers.plain(value, indicator.scale(), getLocale())
                                : notApplicable.get(m) ? getTranslation("figure.notApplicable") : "—");
            }
            rows.add(row);
        }
        var unitText = indicator.unit(getLocale());
        var asOf = Labels.asOf(this, data, zone);
        var chartTitle = getTranslation(
                own
                        ? "dashboards.indicator.chartOwn"
                        : indicator.monthly() ? "dashboards.indicator.chart" : "dashboards.indicator.chartYear",
                indicator.shortName(getLocale()),
                String.valueOf(data.filter().year()),
                // the units charted: 各市 on a province's page, not 各区县; the focus itself for its own figure
                // and a unit without units below it (龙文区) is the one charted: the title said 各区县 above its line
                own || units.size() == 1
                        ? data.focus().name()
                        : getTranslation(data.rankedLevel().eachKey()));
        chart.setVisible(true);
        chart.show(ChartCard.draw(
                chartTitle,
                getTranslation("dashboards.unit", unitText) + " · " + asOf,
                // a yearly indicator's bars name a unit without a value, as the dashboard's do
                ChartConfigs.chart(
                        new ChartContent(chartTitle, unitText, labels, series, false, indicator.scale(), null),
                        asOf,
                        this::getTranslation),
                header,
                rows));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
