package org.minsheng.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.minsheng.base.RefusedException;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;
import org.minsheng.security.AppUser;

/**
 * The check of one period's rows of a file: each row refused, read, and judged as the entry form would
 * judge it with the file's other values in, repeated rows judged again after the rest. Apart from
 * {@link FigureBatch}, which splits a file into periods, chooses how they are read and remembers the
 * results, because everything here is about a single period's sheet and needs none of that. Named
 * after the batch so the mutation run, which covers {@code FigureBatch*}, covers it as it did.
 */
final class FigureBatchPeriod {

    private final CellAssembler assembler;

    FigureBatchPeriod(CellAssembler assembler) {
        this.assembler = assembler;
    }

    /** What the rows of one period are judged against, read once for the period. */
    private record Sheet(
            AppUser user,
            Period period,
            Map<Integer, Division> counties,
            Map<Integer, Indicator> reported,
            CellAssembler.StoredOnce storedOnce,
            Set<Integer> published,
            CheckReads reads) {}

    /**
     * Judges the rows of one period, at {@code indexes} of the file's {@code inputs}, into {@code results}.
     *
     * @param publishedIn the units of the file whose year a unit of their line published, by year
     */
    void check(
            AppUser user,
            int periodId,
            List<FigureInput> inputs,
            List<Integer> indexes,
            CheckedInput[] results,
            CheckReads reads,
            IntFunction<Set<Integer>> publishedIn) {
        var period = reads.period(periodId);
        var counties = CellAssembler.byId(reads.reportingUnitsIn(period.year()));
        var reported = reads.indicatorsFor(period).stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        // one read for the whole batch, not one per row: an import of a month is thousands of rows
        var units = indexes.stream().map(i -> inputs.get(i).key().divisionId()).collect(Collectors.toSet());
        var storedOnce = assembler.storedOnce(period, units, reads);
        // a file carries no correction reasons, so a unit whose year is published takes changes on the form only
        var published = period.isOpen() ? publishedIn.apply(period.year()) : Set.<Integer>of();
        var sheet = new Sheet(user, period, counties, reported, storedOnce, published, reads);
        // A cell's first row is judged with the rest of the file; each later row is judged again as if it
        // were the file's row of its cell: told only that it repeated a row, a repeat hid the warning its own
        // value would get (a stranger's tour). A round takes one repeat of a unit at most, the unit's other
        // cells at their first rows, as a user who kept that row would import them: a unit's cells are
        // judged together (its cross-indicator rules), and two repeats of one unit in a round were judged
        // beside each other. A round is one more proposal over the reads already made; most files have none.
        var rounds = new ArrayList<List<Integer>>();
        var times = new HashMap<CellKey, Integer>();
        var repeatsOfUnit = new HashMap<Integer, Integer>();
        for (int i : indexes) {
            var key = inputs.get(i).key();
            boolean repeat = refusal(user, counties, reported, key) == null && times.merge(key, 1, Integer::sum) > 1;
            int round = repeat ? repeatsOfUnit.merge(key.divisionId(), 1, Integer::sum) : 0;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(i);
        }
        var first = judge(sheet, inputs, rounds.getFirst(), results, null);
        for (var repeats : rounds.subList(1, rounds.size())) {
            judge(sheet, inputs, repeats, results, first);
            for (int i : repeats) {
                var findings = new ArrayList<Finding>();
                findings.add(Finding.error(inputs.get(i).key(), "figure.error.duplicate"));
                findings.addAll(results[i].findings());
                results[i] = rejected(inputs.get(i), findings);
            }
        }
    }

    /**
     * Judges rows of one period that give each cell at most once, as the entry form would with the file's
     * other values in: {@code first} holds the values of the cells' first rows, null when these are them.
     *
     * @return the values these rows propose
     */
    private Map<CellKey, CellAssembler.Proposed> judge(
            Sheet sheet,
            List<FigureInput> inputs,
            List<Integer> indexes,
            CheckedInput[] results,
            Map<CellKey, CellAssembler.Proposed> first) {
        var period = sheet.period();
        var reported = sheet.reported();
        var proposed = new HashMap<CellKey, CellAssembler.Proposed>();
        var parsedAt = new HashMap<Integer, ValueParser.Parsed>();
        var locked = new LinkedHashMap<Integer, String>();
        for (int i : indexes) {
            var input = inputs.get(i);
            var key = input.key();
            var refusal = refusal(sheet.user(), sheet.counties(), reported, key);
            if (refusal != null) {
                results[i] = rejected(input, Finding.error(key, refusal));
                continue;
            }
            // a published month is changed by a correction on the form, a closed one by no one: say which
            var lock = period.isPublished()
                    ? "figure.error.periodPublished"
                    : !period.isOpen()
                            ? "figure.error.periodLocked"
                            : sheet.published().contains(key.divisionId()) ? "figure.error.unitPublished" : null;
            if (lock != null) {
                locked.put(i, lock);
                continue;
            }
            var text = read(input, reported.get(key.indicatorId()));
            if (!text.problems().isEmpty()) {
                // the first problem, as the form reports it; a repeated row lists them all, so that a user
                // who removes the repeat learns at once what else its row had wrong
                results[i] =
                        rejected(input, first == null ? List.of(text.problems().getFirst()) : text.problems());
                continue;
            }
            var parsed = text.parsed();
            if (parsed.isBlank()) {
                results[i] = new CheckedInput(input, CheckedInput.Outcome.EMPTY, null, false, List.of());
                continue;
            }
            var twice = sheet.storedOnce().refusal(key, reported.get(key.indicatorId()));
            if (twice != null) {
                results[i] = rejected(input, Finding.error(key, twice, String.valueOf(period.year())));
                continue;
            }
            parsedAt.put(i, parsed);
            proposed.put(key, new CellAssembler.Proposed(parsed.value(), parsed.notApplicable(), text.explanation()));
        }
        if (!locked.isEmpty()) {
            checkLocked(period, inputs, locked, results, sheet.counties(), reported, sheet.reads());
        }
        if (proposed.isEmpty()) {
            return proposed;
        }
        // only the units of these rows are built again; their other cells keep the first rows' values
        List<Division> involved = proposed.keySet().stream()
                .map(CellKey::divisionId)
                .distinct()
                .map(sheet.counties()::get)
                .toList();
        var values = new HashMap<CellKey, CellAssembler.Proposed>(first == null ? Map.of() : first);
        values.putAll(proposed);
        var indicators = List.copyOf(reported.values());
        var proposal = assembler.propose(period, involved, indicators, values, sheet.reads());
        Map<CellKey, Cell> now = index(proposal.now());
        Map<CellKey, Cell> after = index(proposal.after());
        parsedAt.forEach((i, parsed) -> results[i] = outcome(
                inputs.get(i),
                parsed,
                now.get(inputs.get(i).key()),
                after.get(inputs.get(i).key())));
        return proposed;
    }

    /**
     * Rows of a period closed or published, or of a unit whose year is published: a file carries no
     * correction reason, so they can change nothing. A row that repeats its cell as it is stored (the
     * same comparison as {@link #outcome}) changes nothing either, and is unchanged: a statistician who
     * keeps one file for the year and imports it again each month repeats the months already published,
     * and those rows blocked the whole file. A blank row is not filled, as in an open period. Any other
     * row is refused with the lock, as before. The row is compared with the working value, as every
     * unchanged row is: after a correction (approved, or still in the workflow) that is the corrected
     * figure, and a row with the figure first published would change it back. Published figures are not
     * checked again, so these rows carry no warnings.
     */
    private static void checkLocked(
            Period period,
            List<FigureInput> inputs,
            Map<Integer, String> locked,
            CheckedInput[] results,
            Map<Integer, Division> counties,
            Map<Integer, Indicator> reported,
            CheckReads reads) {
        var units = locked.keySet().stream()
                .map(i -> inputs.get(i).key().divisionId())
                .distinct()
                .toList();
        var stored = reads.stored(period, units);
        locked.forEach((i, lock) -> {
            var input = inputs.get(i);
            var key = input.key();
            var indicator = reported.get(key.indicatorId());
            results[i] = rejected(input, Finding.error(key, lock));
            var text = read(input, indicator);
            if (!text.problems().isEmpty()) {
                // refused with the lock: the row could not be imported whatever it said
                return;
            }
            if (text.parsed().isBlank()) {
                results[i] = new CheckedInput(input, CheckedInput.Outcome.EMPTY, null, false, List.of());
                return;
            }
            var now = CellAssembler.cell(
                    key,
                    indicator,
                    counties.get(key.divisionId()),
                    period,
                    Optional.ofNullable(stored.get(key)),
                    null,
                    null);
            if (repeats(now, text.parsed(), text.explanation())) {
                results[i] = new CheckedInput(
                        input,
                        CheckedInput.Outcome.UNCHANGED,
                        text.parsed().value(),
                        text.parsed().notApplicable(),
                        List.of());
            }
        });
    }

    private static String refusal(
            AppUser user, Map<Integer, Division> counties, Map<Integer, Indicator> reported, CellKey key) {
        if (!user.scope().contains(key.divisionId())) {
            return "figure.error.outOfScope";
        }
        if (!counties.containsKey(key.divisionId())) {
            return "figure.error.divisionNotInPeriod";
        }
        var indicator = reported.get(key.indicatorId());
        return indicator != null && CellAssembler.reports(counties.get(key.divisionId()), indicator)
                ? null
                : "figure.error.notReported";
    }

    private static CheckedInput outcome(FigureInput input, ValueParser.Parsed parsed, Cell now, Cell after) {
        var key = input.key();
        boolean same = repeats(now, parsed, after.explanation());
        if (same && now.state() == CellState.SUBMITTED) {
            // a file downloaded, filled and imported again repeats the rows already under review: they
            // change nothing and write nothing, so they neither block the file nor ask for anything
            return new CheckedInput(
                    input, CheckedInput.Outcome.UNCHANGED, parsed.value(), parsed.notApplicable(), List.of());
        }
        var findings = new ArrayList<Finding>();
        if (now.state() == CellState.SUBMITTED) {
            findings.add(Finding.error(key, "figure.error.underReview"));
        }
        for (var finding : after.findings()) {
            findings.add(finding);
            if (!finding.isError() && after.explanation() == null) {
                findings.add(Finding.error(key, "figure.error.explanationNeeded"));
            }
        }
        var outcome = now.isEmpty()
                ? CheckedInput.Outcome.NEW
                : same ? CheckedInput.Outcome.UNCHANGED : CheckedInput.Outcome.CHANGED;
        return new CheckedInput(input, outcome, parsed.value(), parsed.notApplicable(), findings);
    }

    /**
     * Whether a row repeats its cell as stored: the same value (12 and 12.0 alike), 不适用 alike, and the
     * same explanation. Such a row writes nothing.
     */
    private static boolean repeats(Cell now, ValueParser.Parsed parsed, String explanation) {
        return !now.isEmpty() && parsed.repeats(now.value(), now.notApplicable(), now.explanation(), explanation);
    }

    private static Map<CellKey, Cell> index(List<Cell> cells) {
        return cells.stream().collect(Collectors.toMap(Cell::key, Function.identity()));
    }

    private static CheckedInput rejected(FigureInput input, Finding error) {
        return rejected(input, List.of(error));
    }

    private static CheckedInput rejected(FigureInput input, List<Finding> errors) {
        return new CheckedInput(input, CheckedInput.Outcome.REJECTED, null, false, errors);
    }

    /**
     * A row's explanation and value as stored, or every problem found in them: the explanation's first
     * (too long, or a value typed in its column), then the value's. Every row is read by this one method,
     * so a repeated row, a locked one and any other are judged alike.
     *
     * @param parsed null where the value could not be read
     */
    private record RowText(String explanation, ValueParser.Parsed parsed, List<Finding> problems) {}

    private static RowText read(FigureInput input, Indicator indicator) {
        var key = input.key();
        var problems = new ArrayList<Finding>();
        String explanation = null;
        try {
            explanation = FigureBatch.explanation(input);
            var readsAsValue = Finding.explanationReadsAsValue(key, explanation);
            if (readsAsValue != null) {
                problems.add(readsAsValue);
            }
        } catch (RefusedException badText) {
            problems.add(Finding.error(key, badText.messageKey(), badText.parameters()));
        }
        ValueParser.Parsed parsed = null;
        try {
            parsed = input.notApplicable()
                    ? ValueParser.Parsed.NOT_APPLICABLE
                    : ValueParser.parse(input.text(), indicator, key);
        } catch (ValueParser.InvalidValue invalid) {
            problems.add(invalid.finding());
        }
        return new RowText(explanation, parsed, List.copyOf(problems));
    }
}
