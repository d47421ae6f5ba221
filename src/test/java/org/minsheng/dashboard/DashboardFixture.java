package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;
import org.minsheng.indicator.TargetDirection;

/**
 * Dashboards built in memory from the demo's city, districts and indicators, for the rules the Java
 * side of the dashboard decides (targets, 同比 across a rename, the data edition) without a database.
 * The record is built by position in exactly one place, here.
 */
final class DashboardFixture {

    static final Division CITY = new Division(1, "350600", "漳州市", Division.Level.CITY, null);
    static final Division XIANGCHENG = new Division(2, "350602", "芗城区", Division.Level.COUNTY, 1);
    static final Division ZHANGPU = new Division(4, "350623", "漳浦县", Division.Level.COUNTY, 1);
    /** 龙海市 became 龙海区 in 2021 with a new code and a new id. */
    static final Division LONGHAI_SHI = new Division(5, "350681", "龙海市", Division.Level.COUNTY, 1);

    static final Division LONGHAI_QU = new Division(6, "350604", "龙海区", Division.Level.COUNTY, 1);

    static final Indicator ROADS = indicator(
            1,
            "road_widening",
            "农村公路拓宽",
            "公里",
            Indicator.ValueType.DECIMAL,
            1,
            TargetDirection.INCREASE_TO,
            false,
            true,
            "rural_infrastructure");
    static final Indicator BAYS = indicator(
            2,
            "passing_bays",
            "增设错车道",
            "个",
            Indicator.ValueType.INTEGER,
            0,
            TargetDirection.INCREASE_TO,
            false,
            true,
            "rural_infrastructure");
    static final Indicator DROPOUTS = indicator(
            3,
            "dropouts",
            "辍学学生",
            "人",
            Indicator.ValueType.INTEGER,
            0,
            TargetDirection.REACH_ZERO,
            false,
            true,
            "education");
    static final Indicator LEAD_DEPARTMENTS = indicator(
            4,
            "lead_departments",
            "牵头部门",
            "个",
            Indicator.ValueType.INTEGER,
            0,
            TargetDirection.INCREASE_TO,
            true,
            false,
            "supervision");

    private DashboardFixture() {}

    static Indicator indicator(
            int id,
            String code,
            String name,
            String unit,
            Indicator.ValueType type,
            int scale,
            TargetDirection direction,
            boolean reportedByCity,
            boolean monthly,
            String category) {
        return new Indicator(
                id,
                code,
                new Indicator.Names(name, code, name, code),
                new Indicator.Measure(unit, unit, type, scale, BigDecimal.ZERO, null),
                new Indicator.Reporting(monthly, reportedByCity, true, Indicator.Aggregation.SUM, direction),
                new Indicator.Category(category, category, category),
                id);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    static YearCell cell(Indicator indicator, Division division, String value) {
        return cell(indicator, division, value, 0);
    }

    static YearCell cell(Indicator indicator, Division division, String value, int corrections) {
        return new YearCell(
                indicator.id(),
                division == null ? null : division.id(),
                value == null ? null : bd(value),
                value == null,
                OffsetDateTime.of(2020, 12, 31, 9, 0, 0, 0, ZoneOffset.ofHours(8)),
                1 + corrections,
                corrections);
    }

    static Target target(Indicator indicator, Division division, String value) {
        return new Target(indicator.id(), division.id(), 2020, indicator.direction(), bd(value), false);
    }

    static Builder dashboard(DashboardFilter filter) {
        return new Builder(filter);
    }

    /** A dashboard of the city of 2020 with 芗城区 and 漳浦县 unless told otherwise. */
    static final class Builder {
        private final DashboardFilter filter;
        private Division focus = CITY;
        private List<Division> counties = List.of(XIANGCHENG, ZHANGPU);
        private List<Indicator> indicators = List.of(ROADS, BAYS, DROPOUTS, LEAD_DEPARTMENTS);
        private final List<Target> targets = new ArrayList<>();
        private final List<YearCell> cells = new ArrayList<>();
        private final List<YearCell> lastYear = new ArrayList<>();
        private final List<TrendPoint> trend = new ArrayList<>();
        private final Map<Integer, Integer> predecessors = new HashMap<>();
        private final List<YearPoint> years = new ArrayList<>();
        private final List<CategoryScore> scores = new ArrayList<>();
        private OffsetDateTime dataAsOf = OffsetDateTime.of(2021, 1, 15, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        private boolean yearOver = true;

        private Builder(DashboardFilter filter) {
            this.filter = filter;
        }

        Builder focus(Division focus) {
            this.focus = focus;
            return this;
        }

        Builder counties(Division... counties) {
            this.counties = List.of(counties);
            return this;
        }

        Builder indicators(Indicator... indicators) {
            this.indicators = List.of(indicators);
            return this;
        }

        Builder target(Target target) {
            targets.add(target);
            return this;
        }

        Builder cell(YearCell cell) {
            cells.add(cell);
            return this;
        }

        Builder lastYear(YearCell cell) {
            lastYear.add(cell);
            return this;
        }

        Builder trend(TrendPoint point) {
            trend.add(point);
            return this;
        }

        Builder predecessor(Division now, Division before) {
            predecessors.put(now.id(), before.id());
            return this;
        }

        Builder year(YearPoint point) {
            years.add(point);
            return this;
        }

        Builder score(CategoryScore score) {
            scores.add(score);
            return this;
        }

        /** A page of a year still running: a target not reached is in progress, not missed. */
        Builder inProgress() {
            yearOver = false;
            return this;
        }

        Builder noData() {
            dataAsOf = null;
            return this;
        }

        Dashboard build() {
            return new Dashboard(
                    filter,
                    new PageWindow(1, 12, dataAsOf, null, yearOver),
                    new PageUnits(CITY, focus, counties, List.of(), Map.copyOf(predecessors)),
                    indicators,
                    List.copyOf(targets),
                    new PageFigures(
                            List.copyOf(cells),
                            List.copyOf(lastYear),
                            List.copyOf(trend),
                            List.copyOf(years),
                            List.copyOf(scores)),
                    PageTowns.NONE);
        }
    }
}
