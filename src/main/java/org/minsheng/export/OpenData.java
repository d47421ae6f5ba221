package org.minsheng.export;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A unit's published year as open data: what data.json holds and the read API answers, one figure per
 * indicator and unit. Built only for a published year (OpenDataService).
 */
@Schema(description = "A unit's published year: its edition, the revisions since publication, and every figure")
public record OpenData(
        @Schema(example = "2020") int year,
        Unit unit,

        @Schema(description = "The edition (第n版): 1 at publication, one more per correction since", example = "2")
        int edition,

        @Schema(description = "The newest approval among the figures", example = "2021-01-23T09:30:00+08:00")
        OffsetDateTime dataAsOf,

        @Schema(
                description = "What the unit's totals leave out, as its page says it beside them; null when they"
                        + " count every unit listed, whose names then carry the mark (待省级确认)",
                example = "合计只计入已确认的 8 个市；1 个市待确认：厦门市")
        String leftOut,

        List<Revision> revisions,
        List<Figure> figures) {

    public OpenData {
        revisions = List.copyOf(revisions);
        figures = List.copyOf(figures);
    }

    public record Unit(
            @Schema(example = "350600") String code,
            @Schema(example = "漳州市") String name) {}

    /** A correction since publication, as the publication states it, with its reason. */
    public record Revision(
            @Schema(example = "meal_schools") String indicator,

            @Schema(example = "†芗城区 · 营养改善计划学校 · 2020年12月：补报一所学校")
            String text) {}

    /**
     * One figure: a unit's own total of an indicator (its code is the year's unit) or a unit below it.
     *
     * @param status    value, not_applicable (不适用: the indicator does not apply there) or missing (no figure)
     * @param corrected this unit's figure was corrected after publication, or for a total a figure counted
     *                  in it (the dashboard's †); the revisions say which and why
     */
    public record Figure(
            @Schema(example = "meal_schools") String indicator,
            @Schema(example = "农村义务教育学生营养改善计划实施学校") String indicatorName,
            @Schema(example = "所") String measure,
            @Schema(example = "350602") String unitCode,

            @Schema(description = "with the mark of a unit the totals leave out: 厦门市（待省级确认）", example = "芗城区")
            String unitName,

            @Schema(description = "null unless status is value", example = "4")
            BigDecimal value,

            @Schema(
                    allowableValues = {"value", "not_applicable", "missing"},
                    example = "value")
            String status,

            @Schema(example = "false") boolean corrected) {}

    /**
     * A month of a unit's published year: what the unit's dashboard page shows for that month, at the
     * year's current edition. Indicators reported by year only have no month and are not listed.
     */
    @Schema(
            description =
                    "A month of a unit's published year: every monthly figure of that month, at the year's edition")
    public record Month(
            @Schema(example = "2020") int year,

            @Schema(minimum = "1", maximum = "12", example = "6")
            int month,

            Unit unit,

            @Schema(
                    description = "The year's edition (第n版), as its figures state it: a month has none of its own",
                    example = "1")
            int edition,

            @Schema(
                    description = "The newest approval among the month's figures",
                    example = "2020-07-13T10:00:00+08:00")
            OffsetDateTime dataAsOf,

            List<MonthFigure> figures) {

        public Month {
            figures = List.copyOf(figures);
        }
    }

    /**
     * One figure of a month, as {@link Figure} is of the year, with what the number covers.
     *
     * @param accumulation cumulative: the figure as at the end of the month (to date, as the year's figure
     *                     is December's); per_period: the month's own figure, which the year adds up
     * @param status       value, not_applicable (不适用: the indicator does not apply there) or missing (no figure)
     * @param corrected    this unit's figure of the month was corrected after publication, or for a total a
     *                     figure counted in it
     */
    public record MonthFigure(
            @Schema(example = "meal_schools") String indicator,
            @Schema(example = "农村义务教育学生营养改善计划实施学校") String indicatorName,
            @Schema(example = "所") String measure,

            @Schema(
                    description = "cumulative: as at the end of the month (to date), not the month's increase;"
                            + " per_period: the month alone",
                    allowableValues = {"cumulative", "per_period"},
                    example = "cumulative")
            String accumulation,

            @Schema(example = "350602") String unitCode,
            @Schema(example = "芗城区") String unitName,

            @Schema(description = "null unless status is value", example = "4")
            BigDecimal value,

            @Schema(
                    allowableValues = {"value", "not_applicable", "missing"},
                    example = "value")
            String status,

            @Schema(example = "false") boolean corrected) {}

    /** The year-in-review's headline lines, as the public page prints them. */
    public record Headlines(
            @Schema(example = "2020") int year,
            Unit unit,
            @Schema(example = "1") int edition,

            @Schema(example = "全市156所农村公办义务教育寄宿制学校实施营养改善计划；…")
            String lede,

            List<Headline> lines) {

        public Headlines {
            lines = List.copyOf(lines);
        }
    }

    public record Headline(
            @Schema(example = "教育") String category,
            @Schema(example = "meal_schools") String indicator,
            @Schema(example = "营养改善计划学校") String label,
            @Schema(example = "156所") String value,
            @Schema(example = "目标 156所") String target,
            @Schema(example = "已完成") String status,

            @Schema(description = "the number behind the value, null when there is none", example = "156")
            BigDecimal number,

            @Schema(example = "false") boolean corrected) {}
}
