package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.minsheng.base.ui.SharedText;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import tools.jackson.databind.JsonNode;

/**
 * The pivot: districts down, indicators across grouped by category, each column sortable. The city
 * total row is the database's GROUPING SETS total, by each indicator's own rule (sum, max, min, a
 * recomputed ratio); city-reported indicators have no district column. After each category comes
 * its subtotal, the count of met targets, since a category's figures have different units.
 *
 * <p>A dozen rows need no lazy loading: the table goes to the browser as one static HTML string, as
 * the chart tables do, rather than a {@code Grid} (a state node per column, header and footer cell,
 * its data communicator and each row's JSON, all kept for as long as the page is open). Sorting and
 * the revised figures are real buttons in that HTML; their clicks reach the server through listeners
 * on the table filtered to them, and the server draws the table again.
 *
 * <p>The table's model and its HTML are {@link PivotHtml}'s, drawn once per page and language; this
 * component keeps what is a session's own: its listeners and the order it sorted by.
 */
class DistrictTable extends Div {

    /**
     * What a click on a column's sort button sends: the column key. The browser works out every listener's
     * data for every click on the table before any filter is read, so each expression must also hold for a
     * click meant for the other button: one that threw left every click unsent (hence {@code ?.}).
     */
    static final String SORT_KEY = "event.target.closest('button[data-sort]')?.dataset.sort";
    /** What a click on a revised figure (†) sends: the unit's id and the indicator's code. */
    static final String REVISED_UNIT = "event.target.closest('button[data-unit]')?.dataset.unit";

    static final String REVISED_INDICATOR = "event.target.closest('button[data-unit]')?.dataset.indicator";

    /** Which clicks reach the server: on a sort button, on a revised figure. */
    static final String SORT_CLICK = "event.target.closest('button[data-sort]') != null";

    static final String REVISED_CLICK = "event.target.closest('button[data-unit]') != null";

    /**
     * The address's name for the order chosen: 「sort=passing_bays」 up, 「sort=-passing_bays」 down. The order
     * outlives the table: a live update draws a new one, and the language switch reloads the page, which
     * both lost it (a stranger's trial).
     */
    static final String ORDER = "sort";

    /** Told the order a click chose, in the address's form, or null for the database's own. */
    interface Ordered {
        void chose(String order);
    }

    /** Opens the corrections behind a revised figure (†) of an indicator for a unit. */
    interface Revisions {
        void open(Indicator indicator, Division unit);
    }

    /** Which table of a page: the units of the focus or its towns, and the language. */
    private record Drawn(boolean towns, Locale locale) {}

    private final boolean towns;
    private final Revisions revisions;
    private final Ordered ordered;
    private PivotHtml.Table shown = PivotHtml.EMPTY;
    private String sortKey;
    private boolean descending;

    DistrictTable(Dashboard data, Revisions revisions) {
        this(data, revisions, null, order -> {});
    }

    /** @param order the order to start in, as {@link #ORDER} writes it (null, or one not in the table: none) */
    DistrictTable(Dashboard data, Revisions revisions, String order, Ordered ordered) {
        this(false, "district-table", revisions, ordered);
        setDashboard(data);
        startIn(order);
    }

    /** The towns of a district under their total. */
    static DistrictTable towns(Dashboard data) {
        return towns(data, null, order -> {});
    }

    static DistrictTable towns(Dashboard data, String order, Ordered ordered) {
        var table = new DistrictTable(true, "town-table", (indicator, unit) -> {}, ordered);
        table.setDashboard(data);
        table.startIn(order);
        return table;
    }

    private DistrictTable(boolean towns, String id, Revisions revisions, Ordered ordered) {
        this.towns = towns;
        this.revisions = revisions;
        this.ordered = ordered;
        setId(id);
        addClassName("pivot-wrap");
        getElement()
                .addEventListener("click", e -> sort(text(e.getEventData(), SORT_KEY)))
                .setFilter(SORT_CLICK)
                .addEventData(SORT_KEY);
        getElement()
                .addEventListener(
                        "click",
                        e -> openRevised(
                                text(e.getEventData(), REVISED_UNIT), text(e.getEventData(), REVISED_INDICATOR)))
                .setFilter(REVISED_CLICK)
                .addEventData(REVISED_UNIT)
                .addEventData(REVISED_INDICATOR);
    }

    /**
     * Shows the units of {@code data} (the city's districts, or the district's towns) in place, for a
     * page refreshed without a reload; a chosen sort order is kept.
     */
    void setDashboard(Dashboard data) {
        var locale = getLocale();
        shown = PageMemo.of(data, new Drawn(towns, locale), () -> PivotHtml.build(this, locale, data, towns));
        draw();
    }

    /** A click on a column's header: ascending, then descending, then as the database gave them, as the grid did. */
    private void sort(String key) {
        if (!sortable(key)) {
            return; // anyone can send any key; only the sortable columns have one
        }
        if (!key.equals(sortKey)) {
            sortKey = key;
            descending = false;
        } else if (!descending) {
            descending = true;
        } else {
            sortKey = null;
        }
        draw();
        ordered.chose(sortKey == null ? null : (descending ? "-" : "") + sortKey);
    }

    /** The order an address or the page before gave, when this table has its column; else none. */
    private void startIn(String order) {
        if (order == null) {
            return;
        }
        boolean down = order.startsWith("-");
        var key = down ? order.substring(1) : order;
        if (sortable(key)) {
            sortKey = key;
            descending = down;
            draw();
        }
    }

    private boolean sortable(String key) {
        return key != null && (key.equals(PivotHtml.NAME) || shown.indicators().containsKey(key));
    }

    private void openRevised(String unitId, String code) {
        var indicator = shown.indicators().get(code);
        shown.rows().stream()
                .filter(r -> String.valueOf(r.unit().id()).equals(unitId))
                .findFirst()
                .filter(r -> indicator != null && PivotHtml.revised(r.text(code)))
                .ifPresent(r -> revisions.open(indicator, r.unit()));
    }

    private void draw() {
        getElement()
                .setProperty(
                        "innerHTML",
                        sortKey == null
                                ? shown.html()
                                : SharedText.of(PivotHtml.html(this, shown, sortKey, descending)));
    }

    /** A string the browser sent, or null for anything else: the event data is anyone's to write. */
    private static String text(JsonNode data, String key) {
        var value = data == null ? null : data.get(key);
        return value != null && value.isString() ? value.asString() : null;
    }
}
