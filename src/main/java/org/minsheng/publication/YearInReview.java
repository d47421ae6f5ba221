package org.minsheng.publication;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.YearCell;
import org.minsheng.indicator.Indicator;

/**
 * The year-in-review ("回眸2020") as data: the lede generated from the approved figures, then one
 * section per category with its headline lines; the document and the page render this.
 *
 * @param gaps how many figures the lede needed but did not have (shown as gap markers, never as 0)
 */
public record YearInReview(
        int year,
        String city,
        String lede,
        int gaps,
        OffsetDateTime dataAsOf,
        int revision,
        List<Section> sections,
        CityYear data) {

    public record Section(String category, List<Line> lines) {}

    /**
     * The district indicators a section shows as a ranked chart: all but those where every district
     * reports zero (eleven zero bars say nothing the section's "实现清零" line does not).
     */
    public List<Indicator> chartedIndicators() {
        return data.districtIndicators().stream()
                .filter(i -> !data.counties().stream()
                        .map(c -> data.cell(i, c).map(YearCell::value).orElse(null))
                        .allMatch(v -> v != null && v.signum() == 0))
                .toList();
    }

    /** One indicator's headline: 营养改善计划学校 156所, 目标 156所, 已完成. */
    public record Line(
            String indicatorCode, String label, String value, String target, String status, BigDecimal number) {}
}
