package org.minsheng.dashboard;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.division.DivisionService;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.indicator.Target;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Approved figures rolled up for leaders: city totals against targets and each district. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final DashboardRepository dashboards;
    private final DivisionService divisions;
    private final IndicatorService indicators;
    private final CurrentUser currentUser;

    DashboardService(DashboardRepository dashboards, DivisionService divisions, IndicatorService indicators,
                     CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.divisions = divisions;
        this.indicators = indicators;
        this.currentUser = currentUser;
    }

    /**
     * The year as far as it has been approved. Any signed-in role may read approved figures; drafts
     * are not part of it.
     */
    public CityYear cityYear(int year) {
        currentUser.require(Role.values());
        var city = divisions.city();
        var month = dashboards.latestApprovedMonth(year);
        var cells = month == null ? List.<YearCell>of() : dashboards.yearCells(city.id(), year, month);
        var targets = indicators.targets(city.id(), year).stream()
                .collect(Collectors.toMap(Target::indicatorId, Function.identity()));
        var asOf = cells.stream().map(YearCell::approvedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new CityYear(year, month, city, divisions.countiesIn(year), indicators.activeIndicators(), targets,
                cells, asOf);
    }

    /** The default year to open: the latest one with approved figures. */
    public int latestYear() {
        currentUser.require(Role.values());
        return dashboards.latestApprovedYear().orElse(OffsetDateTime.now().getYear());
    }

    public List<Integer> years() {
        currentUser.require(Role.values());
        return dashboards.yearsWithApprovedFigures();
    }
}
