package org.minsheng.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;

/**
 * Gives the rows of a file their meaning: finds the header row (in either language), resolves the
 * period, district and indicator codes of each data row, and turns the value and explanation into
 * a {@link FigureInput} exactly as typed, for the figure rules to judge. Problems only the file can
 * have (an unknown code, a formula) are found here; everything else is the figure service's.
 */
final class ImportRows {

    /** Codes as they appear in a file, resolved against the catalogue. */
    record Catalogue(List<Period> periods, Function<Integer, List<Division>> countiesIn, List<Indicator> indicators) {
    }

    record Mapped(List<FigureInput> inputs, List<RawRow> rowOfInput, List<ImportProblem> problems, int dataRows,
                  Integer periodId) {
    }

    private ImportRows() {
    }

    static String periodCode(Period period) {
        return period.isYear() ? String.valueOf(period.year())
                : "%d-%02d".formatted(period.year(), period.month());
    }

    static Mapped map(List<RawRow> rows, Catalogue catalogue) {
        var problems = new ArrayList<ImportProblem>();
        int header = headerIndex(rows);
        if (header < 0) {
            problems.add(ImportProblem.file(rows.stream().allMatch(RawRow::isBlank)
                    ? "import.error.empty" : "import.error.noHeader"));
            return new Mapped(List.of(), List.of(), problems, 0, null);
        }
        var periods = catalogue.periods().stream().collect(Collectors.toMap(ImportRows::periodCode, p -> p));
        var indicators = catalogue.indicators().stream().collect(Collectors.toMap(Indicator::code, i -> i));
        var countiesByYear = new HashMap<Integer, Map<String, Division>>();
        var inputs = new ArrayList<FigureInput>();
        var rowOfInput = new ArrayList<RawRow>();
        var periodIds = new java.util.HashSet<Integer>();
        int dataRows = 0;
        for (var row : rows.subList(header + 1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            if (++dataRows > ImportLimits.MAX_ROWS) {
                return new Mapped(List.of(), List.of(),
                        List.of(ImportProblem.file("import.error.tooManyRows", ImportLimits.MAX_ROWS)), dataRows, null);
            }
            var period = periods.get(row.text(Column.PERIOD.ordinal()));
            if (period == null) {
                problems.add(ImportProblem.error(row, Column.PERIOD, "import.error.unknownPeriod",
                        row.text(Column.PERIOD.ordinal())));
                continue;
            }
            var counties = countiesByYear.computeIfAbsent(period.year(), y -> catalogue.countiesIn().apply(y).stream()
                    .collect(Collectors.toMap(Division::code, d -> d)));
            var division = counties.get(row.text(Column.DIVISION_CODE.ordinal()));
            var indicator = indicators.get(row.text(Column.INDICATOR_CODE.ordinal()));
            if (division == null) {
                problems.add(ImportProblem.error(row, Column.DIVISION_CODE, "import.error.unknownDivision",
                        row.text(Column.DIVISION_CODE.ordinal())));
            }
            if (indicator == null) {
                problems.add(ImportProblem.error(row, Column.INDICATOR_CODE, "import.error.unknownIndicator",
                        row.text(Column.INDICATOR_CODE.ordinal())));
            }
            var value = row.cell(Column.VALUE.ordinal());
            if (value.kind() == RawRow.Kind.FORMULA) {
                problems.add(ImportProblem.error(row, Column.VALUE, "import.error.formula", value.text()));
            }
            if (division == null || indicator == null || value.kind() == RawRow.Kind.FORMULA) {
                continue;
            }
            periodIds.add(period.id());
            inputs.add(new FigureInput(new CellKey(indicator.id(), division.id(), period.id()), value.text(), false,
                    row.text(Column.EXPLANATION.ordinal()), 0, null));
            rowOfInput.add(row);
        }
        if (dataRows == 0) {
            problems.add(ImportProblem.file("import.error.noRows"));
        }
        return new Mapped(inputs, rowOfInput, problems, dataRows,
                periodIds.size() == 1 ? periodIds.iterator().next() : null);
    }

    /** The first row whose first cell is the period column's header in Chinese or English. */
    private static int headerIndex(List<RawRow> rows) {
        var names = Translations.LOCALES.stream()
                .map(l -> Translations.bundle(l).getString(Column.PERIOD.headerKey())).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (names.contains(rows.get(i).text(0))) {
                return i;
            }
        }
        return -1;
    }
}
