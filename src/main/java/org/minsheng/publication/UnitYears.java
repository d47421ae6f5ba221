package org.minsheng.publication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import java.util.stream.Stream;
import org.minsheng.base.UnknownException;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.PeriodChoice;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.DivisionService;
import org.minsheng.indicator.Target;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Component;

/**
 * A unit's year as its dashboard page gives it, in the shape the year-in-review reads: the unit's own
 * value of each indicator as the total, its children as the units it lists. The numbers are the
 * page's, read by the dashboard's own per-unit reads (and its scope rules), never rolled up again here,
 * so whatever the page counts for a unit, its publication counts.
 */
@Component
class UnitYears {

    /** The unit's page and its year as the publication reads it. */
    record UnitYear(Dashboard page, CityYear data) {}

    private final DashboardService dashboards;
    private final DivisionService divisions;
    private final CurrentUser currentUser;
    private final UnitPublicationRepository publications;

    UnitYears(
            DashboardService dashboards,
            DivisionService divisions,
            CurrentUser currentUser,
            UnitPublicationRepository publications) {
        this.publications = publications;
        this.dashboards = dashboards;
        this.divisions = divisions;
        this.currentUser = currentUser;
    }

    /**
     * The year of the unit of {@code code}; null is the root, or a scoped reader's own unit. A unit
     * outside the reader's scope is refused by the dashboard; an unknown code is refused here rather than
     * answered with the root's year, which a file named after the code would misstate.
     */
    UnitYear read(int year, String code) {
        return read(DashboardFilter.year(year), code);
    }

    /**
     * One month of the unit's year as its page shows that month (PeriodChoice.MONTH): a cumulative
     * indicator's figure as at the month's end, a per-period one's of the month alone, no yearly
     * indicator's figure; the unit is found as {@link #read(int, String)} finds it.
     */
    UnitYear month(int year, String code, int month) {
        return read(new DashboardFilter(year, PeriodChoice.MONTH, month, null, null), code);
    }

    private UnitYear read(DashboardFilter window, String code) {
        var filter = window.withDivision(unitCode(code));
        if (filter.division() != null && unitId(filter.division()).isEmpty()) {
            throw new UnknownException("publication.error.unknownUnit", filter.division());
        }
        var page = dashboards.dashboard(filter);
        return new UnitYear(page, page.cityWide() ? unitPage(page) : districtPage(page));
    }

    /**
     * The id of the unit of {@code code} (null: the root) when it is a unit of the installation: the root
     * or a unit below it. Empty for a code no unit has and for the root's parents (福建省 and 全国 above
     * 漳州市), which the dashboard answers with the root's page: under their code that page would call the
     * root's year theirs. The public pages, their data and the read API find their unit here.
     */
    Optional<Integer> unitId(String code) {
        var root = divisions.city();
        return code == null ? Optional.of(root.id()) : publications.unitUnder(root.id(), code);
    }

    /**
     * The code a call stands for: the one asked, else a scoped reader's own unit, else a scoped reviewer's
     * unit (the one whose year they publish), else null (the root).
     */
    String unitCode(String code) {
        if (code != null) {
            return code;
        }
        var scope = currentUser.readingScope();
        if (scope.limited()) {
            return scope.home();
        }
        var user = currentUser.get();
        return user.has(Role.REVIEWER) && !user.scope().isEmpty()
                ? publications.highestCode(user.scope()).orElse(null)
                : null;
    }

    /** A page of its own (the root; any unit of a province): its total and the children it ranks. */
    private static CityYear unitPage(Dashboard page) {
        var targets = new HashMap<Integer, Target>();
        page.indicators().forEach(i -> page.target(i, null).ifPresent(t -> targets.put(i.id(), t)));
        return new CityYear(
                page.filter().year(),
                page.toMonth() == 0 ? null : page.toMonth(),
                page.focus(),
                page.counties(),
                page.indicators(),
                targets,
                page.cells(),
                page.dataAsOf(),
                page.yearOver());
    }

    /**
     * A district's page within a city installation ranks the city's districts; the district's own year
     * is its value (as the total) and its towns (when any reported), as the page's town table shows them.
     */
    private static CityYear districtPage(Dashboard page) {
        int focus = page.focus().id();
        var targets = new HashMap<Integer, Target>();
        page.indicators().forEach(i -> page.target(i, focus).ifPresent(t -> targets.put(i.id(), t)));
        var cells = new ArrayList<YearCell>();
        Stream.concat(
                        page.cells().stream()
                                .filter(c -> Integer.valueOf(focus).equals(c.divisionId()))
                                .map(c -> new YearCell(
                                        c.indicatorId(),
                                        null,
                                        c.value(),
                                        c.notApplicable(),
                                        c.approvedAt(),
                                        c.revision(),
                                        c.corrections())),
                        page.townCells().stream().filter(c -> !c.isTotal()))
                .forEach(cells::add);
        return new CityYear(
                page.filter().year(),
                page.toMonth() == 0 ? null : page.toMonth(),
                page.focus(),
                page.towns(),
                page.indicators(),
                targets,
                cells,
                // the page's own date, of every month it shows (a corrected July is a new edition, dated by
                // its correction): the year's cells alone dated 第2版 as 第1版 was
                page.dataAsOf(),
                page.yearOver());
    }
}
