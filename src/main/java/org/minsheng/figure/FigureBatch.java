package org.minsheng.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.minsheng.base.Texts;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.AppUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks many inputs at once with the rules of a single save (scope, lock, type, scale, sign) and
 * the warnings of the entry sheet computed as if the new values were saved, so an import's preview
 * and its commit say exactly what the form would. Reads only.
 */
@Component
class FigureBatch {

    private final CellAssembler assembler;
    private final LiveReads live;
    private final FigureRepository figures;
    private final ReferenceRepository references;
    private final PeriodService periods;
    private final UnitLockRepository locks;
    private final FigureBatchPeriod perPeriod;
    /** Reads as the entry sheet does, period by period: the oracle the set-based reads are tested against. */
    private final boolean periodByPeriod;

    /**
     * The latest files checked, by user and inputs, with the digest of what their checks read: the
     * commit of a file right after its dry run finds nothing changed and takes the dry run's results
     * instead of checking the file a second time (as long again as the dry run). The checks are a
     * function of the inputs, the user (with their scope) and what they read, and the digest covers all
     * they read ({@link ReferenceRepository#fingerprint}), so equal digests give equal results; a change
     * in between, by anyone, changes the digest and the file is checked again.
     */
    private final Map<List<Object>, Checked> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Checked> eldest) {
            return size() > RECENT_FILES;
        }
    });

    private static final int RECENT_FILES = 8;

    /** A file's check results and the digest of the state they were computed over. */
    private record Checked(String digest, List<CheckedInput> results) {}

    @Autowired
    FigureBatch(
            CellAssembler assembler,
            LiveReads live,
            FigureRepository figures,
            ReferenceRepository references,
            PeriodService periods,
            UnitLockRepository locks) {
        this(assembler, live, figures, references, periods, locks, false);
    }

    private FigureBatch(
            CellAssembler assembler,
            LiveReads live,
            FigureRepository figures,
            ReferenceRepository references,
            PeriodService periods,
            UnitLockRepository locks,
            boolean periodByPeriod) {
        this.locks = locks;
        this.assembler = assembler;
        this.live = live;
        this.figures = figures;
        this.references = references;
        this.periods = periods;
        this.periodByPeriod = periodByPeriod;
        this.perPeriod = new FigureBatchPeriod(assembler);
    }

    /**
     * The checks of a whole file with its reads done up front for all its periods, a dozen statements
     * whatever its size (see {@link FileReads}). What the import uses.
     */
    List<CheckedInput> check(AppUser user, List<FigureInput> inputs) {
        if (periodByPeriod) {
            return check(user, inputs, live);
        }
        var allPeriods = periods.all();
        var divisionIds = inputs.stream().map(i -> i.key().divisionId()).collect(Collectors.toSet());
        var periodIds = inputs.stream().map(i -> i.key().periodId()).collect(Collectors.toSet());
        var years = allPeriods.stream()
                .filter(p -> periodIds.contains(p.id()))
                .map(Period::year)
                .collect(Collectors.toSet());
        var fingerprint = references.fingerprint(divisionIds, years);
        var key = List.of(user, List.copyOf(inputs));
        var earlier = recent.get(key);
        if (earlier != null && earlier.digest().equals(fingerprint.digest())) {
            return earlier.results();
        }
        var results = check(user, inputs, new FileReads(live, figures, references, allPeriods, divisionIds, periodIds));
        if (fingerprint.oneSnapshot()) {
            recent.put(key, new Checked(fingerprint.digest(), results));
        }
        return results;
    }

    /**
     * The same checks reading period by period as the entry sheet does, ~15 statements a period: the
     * oracle the import's set-based reads are tested against. Not a Spring bean.
     */
    FigureBatch periodByPeriod() {
        return new FigureBatch(assembler, live, figures, references, periods, locks, true);
    }

    private List<CheckedInput> check(AppUser user, List<FigureInput> inputs, CheckReads reads) {
        var results = new CheckedInput[inputs.size()];
        var byPeriod = new LinkedHashMap<Integer, List<Integer>>();
        for (int i = 0; i < inputs.size(); i++) {
            byPeriod.computeIfAbsent(inputs.get(i).key().periodId(), p -> new ArrayList<>())
                    .add(i);
        }
        // a unit's published year (V133) locks every period of that year: asked once per year of the file
        // for all its units, not once per period (twelve times for a year's months)
        var units = inputs.stream().map(i -> i.key().divisionId()).collect(Collectors.toSet());
        var publishedByYear = new HashMap<Integer, Set<Integer>>();
        IntFunction<Set<Integer>> published =
                year -> publishedByYear.computeIfAbsent(year, y -> locks.published(y, units));
        byPeriod.forEach(
                (periodId, indexes) -> perPeriod.check(user, periodId, inputs, indexes, results, reads, published));
        return List.of(results);
    }

    /** An input's explanation as it is stored: stripped, null when blank; refused when too long. */
    static String explanation(FigureInput input) {
        return Texts.optional(input.explanation(), Texts.LONG);
    }
}
