package org.minsheng.publication.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import org.minsheng.base.RefusedException;
import org.minsheng.base.format.Dates;
import org.minsheng.base.ui.WhileAttached;
import org.minsheng.base.ui.chart.ChartConfigs;
import org.minsheng.base.ui.chart.ChartJs;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.DashboardUpdates;
import org.minsheng.indicator.Indicator;
import org.minsheng.publication.PublicationService;
import org.minsheng.publication.YearInReview;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.minsheng.security.ui.OwnUnitWay;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.node.ObjectNode;

/**
 * The meeting room's wall display (数据大屏): a year's headline numbers as large tiles and one category's
 * rankings at a time, the categories taking turns every {@code minsheng.screen.rotate-seconds}, a clock,
 * and the data's date and edition; it redraws itself when a new edition is approved. Made for a
 * 1920×1080 screen read from across the room: dark, large type, nothing to scroll. The wall runs
 * signed in as a display account, which reads and does nothing else. /screen?year=2020[&unit=code].
 */
@Route(value = "screen", autoLayout = false)
@RolesAllowed({Role.Names.DISPLAY, Role.Names.LEADER, Role.Names.COMMUNICATIONS, Role.Names.ADMINISTRATOR})
class BigScreenView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Rankings per category on screen at once: two fit side by side at 1920 px. */
    private static final int CHARTS_PER_CATEGORY = 2;

    private final PublicationService publications;
    private final DashboardService dashboards;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int rotateSeconds;
    /** The year of the address (?year=), null for the default one. */
    private Integer askedYear;
    /** What of the address could not be read (year=abc), said instead of a default year shown silently. */
    private String unread;

    private int year;
    private String unit;
    private String title = "";

    BigScreenView(
            PublicationService publications,
            DashboardService dashboards,
            DashboardUpdates updates,
            CurrentUser currentUser,
            Clock clock,
            @Value("${minsheng.screen.rotate-seconds:15}") int rotateSeconds) {
        this.publications = publications;
        this.dashboards = dashboards;
        this.currentUser = currentUser;
        this.clock = clock;
        this.rotateSeconds = Math.max(3, rotateSeconds);
        addClassName("big-screen");
        setId("big-screen");
        // a new edition redraws the screen by itself: nobody stands at a wall display to reload it
        WhileAttached.follow(this, updates::subscribe, DashboardUpdates.Subscription::cancel, this::redraw);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var yearAsked = parameters.getSingleParameter("year");
        var unitAsked = parameters.getSingleParameter("unit");
        askedYear = yearAsked
                .filter(y -> y.matches("\\d{4}"))
                .map(Integer::parseInt)
                .orElse(null);
        var asked = unitAsked.filter(c -> c.matches("\\d{2,12}")).orElse(null);
        // typed by hand on the meeting-room PC: year=abc showed the default year without a word (a tester's tour)
        unread = yearAsked.isPresent() && askedYear == null
                ? "year=" + yearAsked.get()
                : unitAsked.isPresent() && asked == null ? "unit=" + unitAsked.get() : null;
        // no ?year=: the latest year published, not one a first approval has just begun (PublicationService)
        year = askedYear != null ? askedYear : publications.defaultYear(asked);
        // no ?unit=: a reader limited to a unit sees their own, as their dashboard opens on it; the rankings
        // read the root's page otherwise, which the scope refuses (the tiles already started at their unit)
        unit = DashboardFilter.year(year)
                .withDivision(asked)
                .startingFor(currentUser.readingScope())
                .division();
        draw();
    }

    /**
     * A new edition: without ?year= the default is asked again, so that a wall left running moves on to a
     * year once it is published, and not to one that a first approval has just begun.
     */
    private void redraw() {
        if (askedYear == null) {
            year = publications.defaultYear(unit);
        }
        draw();
    }

    private void draw() {
        removeAll();
        // the wall's language, for its type: an English measure is a long word the tiles set smaller
        getElement().setAttribute("lang", getLocale().toLanguageTag());
        // an address typed by hand on the meeting-room PC: say what is wrong, on the screen, in large type
        if (unread != null) {
            say(getTranslation("screen.unreadAddress", unread));
            return;
        }
        if (!dashboards.years().contains(year)) {
            say(getTranslation("screen.noYear", String.valueOf(year)));
            return;
        }
        YearInReview review;
        Dashboard page;
        try {
            review = publications.yearInReview(year, unit, getLocale());
            page = dashboards.dashboard(DashboardFilter.year(year).withDivision(unit));
        } catch (RefusedException refused) {
            say(getTranslation(refused.messageKey(), refused.parameters()));
            // the way to the reader's own unit's wall, as the dashboard's refusal offers its overview: the
            // wall has no navigation of its own to go back with
            OwnUnitWay.of(
                            currentUser.readingScope(),
                            "screen-home",
                            home -> "/screen?" + ownUnit(home).getQueryString(),
                            name -> getTranslation("screen.scope.home", name))
                    .ifPresent(home -> {
                        home.addClassName("screen-home");
                        add(home);
                    });
            return;
        }
        title = getTranslation("publication.title", String.valueOf(year), review.city());
        var clockText = new Span();
        clockText.setId("screen-clock");
        // the day in the dashboard's form for the session's language: Jan 23, 2021 on an English wall
        var asOf = review.dataAsOf() == null ? "—" : Dates.day(review.dataAsOf(), clock.getZone(), getLocale());
        // a signed-in wall shows a year before it is published too: it has no edition yet to name
        var meta = new Paragraph(
                review.edition().published()
                        ? getTranslation("screen.meta", asOf, review.revision())
                        : getTranslation("screen.metaUnpublished", asOf));
        meta.setId("screen-meta");
        // beside the date, set off: 「回眸2021」 of January alone was read as the whole year
        review.coverage(this::getTranslation).ifPresent(months -> {
            var coverage = new Span(months);
            coverage.setId("screen-coverage");
            meta.add(new Span(getTranslation("screen.meta.separator")), coverage);
        });
        var header = new Div(new H1(title), clockText, meta);
        header.addClassName("screen-header");
        var contents = new ChartContents(getLocale(), this::getTranslation);
        // the first district of a new year approved: the tiles add up that district alone, which the room
        // is told in the dashboard's words rather than left to read them as the city's
        contents.missingNote(page).ifPresent(text -> {
            var note = new Paragraph(text);
            note.setId("missing-note");
            note.addClassName("screen-note");
            header.add(note);
        });

        var tiles = new Div();
        tiles.addClassName("screen-tiles");
        review.sections()
                .forEach(section -> section.lines().forEach(line -> {
                    var value = new Span(line.value());
                    value.addClassName("screen-value");
                    // a long label is cut with an ellipsis; its † stays outside the cut part, in view
                    var text = new Span(line.label());
                    text.addClassName("screen-label-text");
                    var label = new Span(text);
                    label.addClassName("screen-label");
                    if (review.revised(line)) {
                        var mark = new Span("†");
                        mark.addClassName("screen-mark");
                        label.add(mark);
                    }
                    var tile = new Div(value, label);
                    tile.addClassName("screen-tile");
                    tiles.add(tile);
                }));

        var panels = new Div();
        panels.addClassName("screen-panels");
        var byCategory = new LinkedHashMap<String, List<Indicator>>();
        review.chartedIndicators()
                .forEach(i -> byCategory
                        .computeIfAbsent(i.category(getLocale()), k -> new java.util.ArrayList<>())
                        .add(i));
        int n = 0;
        for (var entry : byCategory.entrySet()) {
            var charts = new Div();
            charts.addClassName("screen-charts");
            entry.getValue().stream().limit(CHARTS_PER_CATEGORY).forEach(indicator -> {
                var content = contents.of(ChartKind.RANKING, page, indicator);
                if (content.labels().isEmpty()) {
                    // no unit has a figure: the room reads the chart's title and that line, not an empty plot
                    var title = new Paragraph(content.title());
                    title.addClassName("screen-chart-title");
                    var none = new Div(title, new Paragraph(content.note()));
                    none.addClassName("screen-chart");
                    none.addClassName("screen-chart-none");
                    charts.add(none);
                    return;
                }
                var chart = new ChartJs();
                chart.setConfig(large(ChartConfigs.chart(content, contents.window(page), this::getTranslation)));
                chart.addClassName("screen-chart");
                chart.setHeight("100%");
                charts.add(chart);
            });
            var panel = new Div(new H2(entry.getKey()), charts);
            panel.addClassName("screen-panel");
            if (n++ == 0) {
                panel.addClassName("active");
            }
            panels.add(panel);
        }
        add(header, tiles, panels);
    }

    /** Type a room can read from five metres: the chart's words several sizes up. */
    private static ObjectNode large(ObjectNode config) {
        var options = config.withObject("options");
        options.withObject("plugins").withObject("title").withObject("font").put("size", 30);
        options.withObject("plugins").withObject("subtitle").withObject("font").put("size", 20);
        options.withObject("plugins")
                .withObject("legend")
                .withObject("labels")
                .withObject("font")
                .put("size", 22);
        // a target's tick grows with the type: a 4 px line inside a bar is not seen from five metres
        for (var set : config.withObject("data").withArray("datasets")) {
            if (set instanceof ObjectNode marker
                    && "line".equals(marker.path("pointStyle").asString(""))) {
                marker.put("pointRadius", 18).put("pointBorderWidth", 6);
            }
        }
        // the names of the ranked units at most that size, smaller where the wall is short of room for all
        // of them (frontend/components/campaign-chart.js): at 1440 px eleven names ran over each other
        options.withObject("plugins").withObject("fitTicks").put("maxSize", 22).put("minSize", 12);
        // 暂无数据, 不适用 and a 0 written where a bar would be, in type a room reads too
        options.withObject("plugins").withObject("gapLabels").put("size", 18);
        for (var axis : new String[] {"x", "y"}) {
            options.withObject("scales")
                    .withObject(axis)
                    .withObject("ticks")
                    .withObject("font")
                    .put("size", 22);
        }
        return config;
    }

    /** The address of the same wall of another unit: the year asked stays, the default year is its own. */
    private QueryParameters ownUnit(String unit) {
        var parameters = new LinkedHashMap<String, String>();
        if (askedYear != null) {
            parameters.put("year", String.valueOf(askedYear));
        }
        parameters.put("unit", unit);
        return QueryParameters.simple(parameters);
    }

    private void say(String text) {
        var message = new H1(text);
        message.setId("screen-message");
        message.addClassName("screen-message");
        add(message);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // the rotation and the clock run in the browser: nothing to ask the server every few seconds
        getElement().executeJs("""
                const root = this;
                if (root._rotation) { clearInterval(root._rotation); clearInterval(root._clock); }
                root.dataset.shown = '0';
                root._rotation = setInterval(() => {
                  const panels = root.querySelectorAll('.screen-panel');
                  if (panels.length < 2) return;
                  const next = (Number(root.dataset.shown) + 1) % panels.length;
                  panels.forEach((p, i) => p.classList.toggle('active', i === next));
                  root.dataset.shown = String(next);
                }, $0 * 1000);
                const tick = () => {
                  const clock = root.querySelector('#screen-clock');
                  if (clock) clock.textContent = new Date().toLocaleTimeString('zh-CN', {hour12: false});
                };
                tick();
                root._clock = setInterval(tick, 1000);""", rotateSeconds);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("screen.title") : title;
    }
}
