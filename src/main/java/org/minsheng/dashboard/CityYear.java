package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;

/**
 * Everything the city dashboard shows for one year, read in one go so tiles, chart and table agree.
 *
 * @param month      the latest month with approved figures (the "as of" month), null when none
 * @param dataAsOf   when the newest figure shown was approved, null when nothing is shown
 * @param yearOver   the year is over ({@link Dashboard#yearOver}): a target not reached is missed, not in
 *                   progress
 */
public record CityYear(
        int year,
        Integer month,
        Division city,
        List<Division> counties,
        List<Indicator> indicators,
        Map<Integer, Target> targets,
        List<YearCell> cells,
        OffsetDateTime dataAsOf,
        boolean yearOver) {

    /** The level of the units listed: a city's districts, a province's cities, a county's towns. */
    public Division.Level rankedLevel() {
        return Division.Level.listedUnder(city, counties);
    }

    /** Corrections of published figures among those shown. */
    public int corrections() {
        return cells.stream()
                .filter(YearCell::isTotal)
                .mapToInt(YearCell::corrections)
                .sum();
    }

    /**
     * The edition of the data shown: 1 as first published, one more for each correction after
     * publication. Screens and exports state it beside "data as of".
     */
    public int revision() {
        return 1 + corrections();
    }

    public boolean revised() {
        return corrections() > 0;
    }

    public Optional<YearCell> total(Indicator indicator) {
        return cells.stream()
                .filter(c -> c.isTotal() && c.indicatorId() == indicator.id())
                .findFirst();
    }

    public Optional<YearCell> cell(Indicator indicator, Division county) {
        return cells.stream()
                .filter(c -> c.indicatorId() == indicator.id()
                        && Integer.valueOf(county.id()).equals(c.divisionId()))
                .findFirst();
    }

    public Optional<Target> target(Indicator indicator) {
        return Optional.ofNullable(targets.get(indicator.id()));
    }

    /** Met, missed, or unknown (no target or no figure) for the city total. */
    public Optional<Boolean> targetMet(Indicator indicator) {
        return target(indicator)
                .flatMap(t -> total(indicator).map(YearCell::value).map((BigDecimal v) -> t.isMetBy(v)));
    }

    /**
     * Whether the year's total of the indicator counts every unit listed: the unit's own figure (an indicator
     * it reports itself), or a figure or 不适用 of each unit below it, as a dashboard's total is complete
     * ({@link Dashboard#complete}).
     */
    public boolean everyUnitReported(Indicator indicator) {
        return indicator.reportedByCity() || ReportedUnits.every(cells, indicator, counties);
    }

    /** Indicators reported by the counties, the ones a district table or chart can show. */
    public List<Indicator> districtIndicators() {
        return indicators.stream().filter(i -> !i.reportedByCity()).toList();
    }
}
