package org.minsheng.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.division.Division;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.importing.ImportProblem.Place;
import org.minsheng.importing.Layout.Field;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;

/**
 * Gives the rows of a file their meaning: finds the header row (the template's, or a long list's in
 * either language), resolves the period, district and indicator of each data row, and turns the
 * value and explanation into a {@link FigureInput} exactly as typed, for the figure rules to judge.
 * The template is read by its codes; a long list by codes or names (see {@link Names}). Problems only
 * the file can have (an unknown code or name, a formula) are found here; everything else is the
 * figure service's.
 */
final class ImportRows {

    /**
     * Codes and names as they appear in a file, resolved against the catalogue. The reporting units
     * of a year come only from {@code countiesIn}, so a unit it lists is known by code and name.
     */
    record Catalogue(List<Period> periods, Function<Integer, List<Division>> countiesIn, List<Indicator> indicators) {}

    /** The row a figure input came from, and what that row is about. */
    record Origin(RawRow row, Place place) {}

    record Mapped(
            List<FigureInput> inputs,
            List<Origin> origins,
            List<ImportProblem> problems,
            int dataRows,
            Integer periodId,
            Layout layout) {

        static Mapped nothing() {
            return new Mapped(List.of(), List.of(), List.of(), 0, null, Layout.TEMPLATE);
        }
    }

    /** A row's place, or the problems that kept it from having one. */
    private record Resolved(Place place, List<ImportProblem> problems) {}

    private ImportRows() {}

    static String periodCode(Period period) {
        return period.isYear() ? String.valueOf(period.year()) : "%d-%02d".formatted(period.year(), period.month());
    }

    static Mapped map(List<RawRow> rows, Catalogue catalogue) {
        var problems = new ArrayList<ImportProblem>();
        var header = Layout.find(rows);
        if (header.isEmpty()) {
            problems.add(ImportProblem.file(
                    rows.stream().allMatch(RawRow::isBlank) ? "import.error.empty" : "import.error.noHeader"));
            return new Mapped(List.of(), List.of(), problems, 0, null, Layout.TEMPLATE);
        }
        var layout = header.get().layout();
        Function<RawRow, Resolved> resolver =
                layout.longList() ? new ByName(catalogue, layout)::resolve : new ByCode(catalogue)::resolve;
        var inputs = new ArrayList<FigureInput>();
        var origins = new ArrayList<Origin>();
        var periodIds = new HashSet<Integer>();
        int dataRows = 0;
        for (var row : rows.subList(header.get().index() + 1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            if (++dataRows > ImportLimits.MAX_ROWS) {
                return new Mapped(
                        List.of(),
                        List.of(),
                        List.of(ImportProblem.file("import.error.tooManyRows", ImportLimits.MAX_ROWS)),
                        dataRows,
                        null,
                        layout);
            }
            var tooLong = tooLong(row, layout);
            if (!tooLong.isEmpty()) {
                problems.addAll(tooLong);
                continue;
            }
            var resolved = resolver.apply(row);
            problems.addAll(resolved.problems());
            var value = layout.cell(row, Field.VALUE);
            if (value.kind() == RawRow.Kind.FORMULA) {
                problems.add(ImportProblem.error(
                        row, layout.at(Field.VALUE), resolved.place(), "import.error.formula", value.text()));
            }
            if (!resolved.problems().isEmpty() || value.kind() == RawRow.Kind.FORMULA) {
                continue;
            }
            var place = resolved.place();
            periodIds.add(place.period().id());
            inputs.add(new FigureInput(
                    new CellKey(
                            place.indicator().id(),
                            place.division().id(),
                            place.period().id()),
                    value.text(),
                    false,
                    layout.text(row, Field.EXPLANATION),
                    0,
                    null));
            origins.add(new Origin(row, place));
        }
        if (dataRows == 0) {
            problems.add(ImportProblem.file("import.error.noRows"));
        }
        return new Mapped(
                inputs,
                origins,
                problems,
                dataRows,
                periodIds.size() == 1 ? periodIds.iterator().next() : null,
                layout);
    }

    /** The catalogue's years, newest first. */
    private static List<Integer> years(Catalogue catalogue) {
        return catalogue.periods().stream()
                .map(Period::year)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    private static List<Division> listed(Division division) {
        return division == null ? List.of() : List.of(division);
    }

    /**
     * The unit a row names when its period could not be read, so that its problem still says whose row
     * it is (a tester saw an empty 区县 beside a valid code). A unit is known only within a year, so the
     * name is looked up in every year, each year's list read once per file as for any row, and the unit
     * is named only when every year that knows the name means the same one: never guessed.
     */
    private static Division inAnyYear(List<Integer> years, Function<Integer, List<Division>> found) {
        var units = years.stream()
                .flatMap(year -> found.apply(year).stream())
                .collect(Collectors.toMap(Division::id, d -> d, (newer, older) -> newer, LinkedHashMap::new));
        return units.size() == 1 ? units.values().iterator().next() : null;
    }

    /**
     * A row's cells over the length limit, each a problem at its column: the row is not read further, as
     * its names or value were cut. A column the layout does not read is not the import's business.
     */
    private static List<ImportProblem> tooLong(RawRow row, Layout layout) {
        return Arrays.stream(Field.values())
                .filter(field -> layout.cell(row, field).kind() == RawRow.Kind.TOO_LONG)
                .map(field -> ImportProblem.error(
                        row,
                        layout.at(field),
                        ImportProblem.Place.NONE,
                        "import.error.cellTooLong",
                        row.sheet(),
                        row.number(),
                        ImportLimits.MAX_CELL_CHARS))
                .toList();
    }

    /** The template: exact codes, as the template writes them. */
    private static final class ByCode {

        private final Map<String, Period> periods;
        private final Map<String, Indicator> indicators;
        private final Function<Integer, List<Division>> countiesIn;
        private final Map<Integer, Map<String, Division>> countiesByYear = new HashMap<>();
        private final List<Integer> years;

        ByCode(Catalogue catalogue) {
            periods = catalogue.periods().stream().collect(Collectors.toMap(ImportRows::periodCode, p -> p));
            indicators = catalogue.indicators().stream().collect(Collectors.toMap(Indicator::code, i -> i));
            countiesIn = catalogue.countiesIn();
            years = years(catalogue);
        }

        private Map<String, Division> inYear(int year) {
            return countiesByYear.computeIfAbsent(
                    year, y -> countiesIn.apply(y).stream().collect(Collectors.toMap(Division::code, d -> d)));
        }

        Resolved resolve(RawRow row) {
            var layout = Layout.TEMPLATE;
            var periodCode = layout.text(row, Field.PERIOD);
            var period = periods.get(periodCode);
            var divisionCode = layout.text(row, Field.DIVISION);
            var indicator = indicators.get(layout.text(row, Field.INDICATOR));
            if (period == null) {
                var place = new Place(inAnyYear(years, y -> listed(inYear(y).get(divisionCode))), indicator, null);
                return new Resolved(
                        place,
                        List.of(ImportProblem.error(
                                row, layout.at(Field.PERIOD), place, "import.error.unknownPeriod", periodCode)));
            }
            var division = inYear(period.year()).get(divisionCode);
            var place = new Place(division, indicator, period);
            var problems = new ArrayList<ImportProblem>();
            if (division == null) {
                problems.add(ImportProblem.error(
                        row,
                        layout.at(Field.DIVISION),
                        place,
                        "import.error.unknownDivision",
                        layout.text(row, Field.DIVISION)));
            }
            if (indicator == null) {
                problems.add(ImportProblem.error(
                        row,
                        layout.at(Field.INDICATOR),
                        place,
                        "import.error.unknownIndicator",
                        layout.text(row, Field.INDICATOR)));
            }
            return new Resolved(place, problems);
        }
    }

    /** A long list: codes or names, each name reported by what it says when it fits nothing or several. */
    private static final class ByName {

        /** A name of the row that was not mapped, and why. */
        private record Unmapped(Field field, Names.Trouble trouble, List<Object> parameters) {}

        private final Layout layout;
        private final Names.Lookup<Period> periods;
        private final Names.Lookup<Indicator> indicators;
        private final Function<Integer, List<Division>> countiesIn;
        private final Map<Integer, Names.Lookup<Division>> countiesByYear = new HashMap<>();
        private final List<Integer> years;

        ByName(Catalogue catalogue, Layout layout) {
            this.layout = layout;
            periods = Names.periods(catalogue.periods());
            indicators = Names.indicators(catalogue.indicators());
            countiesIn = catalogue.countiesIn();
            years = years(catalogue);
        }

        private Names.Lookup<Division> inYear(int year) {
            return countiesByYear.computeIfAbsent(year, y -> Names.divisions(countiesIn.apply(y)));
        }

        Resolved resolve(RawRow row) {
            var unmapped = new ArrayList<Unmapped>();
            var period = one(row, Field.PERIOD, periods, unmapped, ImportRows::periodCode);
            var indicator = one(row, Field.INDICATOR, indicators, unmapped, Indicator::code);
            // a district is known only within a year: without a period there is no list to look it up in
            Division division;
            if (period != null) {
                division = one(row, Field.DIVISION, inYear(period.year()), unmapped, Division::code);
            } else {
                var name = layout.text(row, Field.DIVISION);
                division =
                        name.isEmpty() ? null : inAnyYear(years, y -> inYear(y).find(name));
            }
            var place = new Place(division, indicator, period);
            return new Resolved(
                    place,
                    unmapped.stream()
                            .map(u -> ImportProblem.error(
                                    row,
                                    layout.at(u.field()),
                                    place,
                                    u.field().problemKey(u.trouble()),
                                    u.parameters().toArray()))
                            .toList());
        }

        /** The one thing a name means, or null with the reason kept for the row's problems. */
        private <T> T one(
                RawRow row, Field field, Names.Lookup<T> lookup, List<Unmapped> unmapped, Function<T, String> code) {
            var name = layout.text(row, field);
            var found = name.isEmpty() ? List.<T>of() : lookup.find(name);
            if (found.size() == 1) {
                return found.getFirst();
            }
            unmapped.add(
                    name.isEmpty()
                            ? new Unmapped(field, Names.Trouble.BLANK, List.of())
                            : found.isEmpty()
                                    ? new Unmapped(field, Names.Trouble.UNKNOWN, List.of(name))
                                    : new Unmapped(
                                            field,
                                            Names.Trouble.AMBIGUOUS,
                                            List.of(
                                                    name,
                                                    found.stream().map(code).collect(Collectors.joining(", ")))));
            return null;
        }
    }
}
