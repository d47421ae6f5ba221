package org.minsheng.dashboard;

import static org.minsheng.support.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.minsheng.figure.CellState;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.importing.ImportService;

/**
 * The random changes both roll-up equality tests make through the services (an import approved, a rule
 * changed, an indicator added) and how they print a roll-up's row, kept in one place so the unit-level
 * and the hierarchy-level oracle exercise the same operations.
 */
final class RollupChanges {

    private final DSLContext db;
    private final FigureService entry;
    private final ReviewService review;
    private final ImportService imports;

    RollupChanges(DSLContext db, FigureService entry, ReviewService review, ImportService imports) {
        this.db = db;
        this.entry = entry;
        this.review = review;
        this.imports = imports;
    }

    /** 芗城区's statistician imports an open month as a long list; it is submitted and approved. */
    String importAndApprove(Random random) {
        int year = 2021 + random.nextInt(2);
        int month = 1 + random.nextInt(12);
        int periodId = db.fetchSingle(
                        "select id from period where kind = 'month' and year = ? and month = ?", year, month)
                .get(0, Integer.class);
        int xiangcheng =
                db.fetchSingle("select id from division where code = '350602'").get(0, Integer.class);
        var sheet = as("stat-xiangcheng", () -> entry.sheet(periodId));
        var lines = new StringBuilder("区县,指标,期间,数值,情况说明\n");
        sheet.cells().stream()
                .filter(c -> c.key().divisionId() == xiangcheng && c.state() != CellState.SUBMITTED)
                .forEach(c -> lines.append("350602,")
                        .append(c.indicator().code())
                        .append(',')
                        .append(String.format("%d-%02d", year, month))
                        .append(',')
                        .append(random.nextInt(6) == 0 ? "不适用" : String.valueOf(random.nextInt(200)))
                        .append(",随机导入\n"));
        var bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        var preview = as("stat-xiangcheng", () -> imports.preview("random.csv", bytes));
        if (!preview.committable()) {
            return "import of " + year + "-" + month + " not committable: " + preview.problems();
        }
        as("stat-xiangcheng", () -> imports.commit("random.csv", bytes));
        var submitted = as("stat-xiangcheng", () -> entry.submit(periodId, xiangcheng));
        int approved = as("reviewer", () -> review.approveDivision(periodId, xiangcheng));
        return "imported " + year + "-" + month + ", submitted " + submitted.submitted() + ", approved " + approved;
    }

    /** An administrator changes how an added indicator rolls up; nothing is recomputed, the reads follow. */
    String changeRule(Random random) {
        var code = List.of("cases_handled", "longest_wait", "open_cases").get(random.nextInt(3));
        var aggregation = List.of("sum", "max", "min").get(random.nextInt(3));
        var accumulation = random.nextBoolean() ? "per_period" : "cumulative";
        db.execute(
                "update indicator set aggregation = ?::aggregation_rule, accumulation = ?::accumulation where code = ?",
                aggregation,
                accumulation,
                code);
        return code + " now " + aggregation + ", " + accumulation;
    }

    /** An indicator of another rule than the demo's cumulative sums, in the healthcare category. */
    int indicator(String code, String rule, String accumulation, Integer numerator, Integer denominator) {
        return ((Number) db.fetchValue("""
                insert into indicator (code, name_zh, name_en, short_name_zh, short_name_en, unit_zh, unit_en,
                                       value_type, scale, aggregation, accumulation, direction, category_id,
                                       numerator_id, denominator_id, display_order)
                values (?, ?, ?, ?, ?, '个', 'items', 'decimal', 1, ?::aggregation_rule, ?::accumulation,
                        'increase_to', (select id from indicator_category where code = 'healthcare'), ?, ?, 99)
                returning id""", code, code, code, code, code, rule, accumulation, numerator, denominator))
                .intValue();
    }

    /** A roll-up's row as the tests compare and print it. */
    static String row(MonthCell row) {
        var cell = row.cell();
        var value = cell.value();
        return String.join(
                " ",
                "indicator " + cell.indicatorId(),
                cell.isTotal() ? "total" : "unit " + cell.divisionId(),
                "month " + row.month(),
                value == null ? "null" : value.stripTrailingZeros().toPlainString(),
                "na " + cell.notApplicable(),
                "at " + cell.approvedAt(),
                "revision " + cell.revision(),
                "corrections " + cell.corrections());
    }
}
