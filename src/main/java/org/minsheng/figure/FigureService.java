package org.minsheng.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.RefusedException;
import org.minsheng.base.Texts;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionService;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.AppUser;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data entry for statisticians: the entry sheet of their districts, saving cells as drafts, and
 * submitting a district's period. Every path (form, paste, import) comes through here, so the
 * scope, lock and validation rules are the same everywhere.
 */
@Service
public class FigureService {

    private final FigureRepository figures;
    private final ImportDraftRepository importDrafts;
    private final CellAssembler assembler;
    private final PeriodService periods;
    private final DivisionService divisions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final FigureBatch batch;
    private final UnitLockRepository locks;

    FigureService(
            FigureRepository figures,
            ImportDraftRepository importDrafts,
            CellAssembler assembler,
            PeriodService periods,
            DivisionService divisions,
            CurrentUser currentUser,
            AuditLog audit,
            FigureBatch batch,
            UnitLockRepository locks) {
        this.figures = figures;
        this.importDrafts = importDrafts;
        this.locks = locks;
        this.batch = batch;
        this.assembler = assembler;
        this.periods = periods;
        this.divisions = divisions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * The periods a statistician can enter into or correct, newest first; only those where one of their
     * units reports something (the city statistician's are the years).
     */
    @Transactional(readOnly = true)
    public List<Period> periodsForEntry() {
        var user = currentUser.require(Role.STATISTICIAN);
        var reports = new HashMap<List<Object>, Boolean>();
        return periods.all().stream()
                .filter(p -> p.isOpen() || p.isPublished())
                .filter(p -> reports.computeIfAbsent(
                        List.of(p.year(), p.isYear()), k -> !units(user, p).isEmpty()))
                .toList();
    }

    /** The statistician's sheet for a period: every district in their scope, every indicator reported then. */
    @Transactional(readOnly = true)
    public EntrySheet sheet(int periodId) {
        var user = currentUser.require(Role.STATISTICIAN);
        var period = periods.get(periodId);
        var all = assembler.indicatorsFor(period);
        var scoped = units(user, period, all);
        // only the indicators one of the units enters: a city statistician's sheet is the city's rows
        var reported = all.stream()
                .filter(i -> scoped.stream().anyMatch(d -> CellAssembler.reports(d, i)))
                .toList();
        return new EntrySheet(
                period,
                reported,
                scoped,
                assembler.cells(period, scoped, reported),
                locks.published(period.year(), scoped.stream().map(Division::id).toList()));
    }

    /**
     * Saves one cell as a draft, or clears it. Errors (type, scale, sign, scope, lock) write nothing
     * and come back as findings; a stale edit throws {@link ConflictException} with the other value.
     */
    @Transactional
    public SaveResult save(FigureInput input) {
        var user = currentUser.require(Role.STATISTICIAN);
        var key = input.key();
        var period = periods.getForWriting(key.periodId());
        var division = division(user, period, key.divisionId());
        var indicator = reported(period, key.indicatorId(), division);
        if (!period.isOpen() && !period.isPublished()) {
            throw new RefusedException("figure.error.periodClosed");
        }
        // a figure is published when its period is, or when a unit of its line released its year
        boolean unitPublished = !period.isPublished() && locks.published(period.year(), division.id());
        boolean correction = period.isPublished() || unitPublished;
        // the value is read before a correction's reason is asked for: 「12abc」 in a published cell was
        // first told to wait for its reason, and only then that it is no number (a tester's tour)
        ValueParser.Parsed parsed;
        try {
            parsed = input.notApplicable()
                    ? ValueParser.Parsed.NOT_APPLICABLE
                    : ValueParser.parse(input.text(), indicator, key);
        } catch (ValueParser.InvalidValue invalid) {
            return rejected(invalid.finding());
        }
        var storedOnce = parsed.isBlank()
                ? null
                : assembler.storedOnce(period, List.of(key.divisionId())).refusal(key, indicator);
        if (storedOnce != null) {
            return rejected(Finding.error(key, storedOnce, String.valueOf(period.year())));
        }
        var current = figures.findForUpdate(key);
        int currentVersion = current.map(StoredFigure::version).orElse(0);
        if (currentVersion != input.expectedVersion() || (current.isEmpty() && input.expectedVersion() != 0)) {
            throw new ConflictException(assembler.cell(key, indicator, division, period));
        }
        if (current.isPresent() && current.get().status() == StoredFigure.Status.SUBMITTED) {
            throw new RefusedException("figure.error.underReview");
        }
        var explanation = FigureBatch.explanation(input);
        var readsAsValue = Finding.explanationReadsAsValue(key, explanation);
        if (readsAsValue != null) {
            return rejected(readsAsValue);
        }
        if (correction
                && current.isPresent()
                && parsed.repeats(
                        current.get().value(),
                        current.get().notApplicable(),
                        current.get().explanation(),
                        explanation)) {
            // the published figure typed again as it stands corrects nothing: saved as a correction it
            // went to review, was marked † and moved the year's edition (a tester's tour)
            return new SaveResult(assembler.cell(key, indicator, division, period), List.of());
        }
        if (correction && Texts.isBlank(input.correctionReason())) {
            return rejected(Finding.error(
                    key,
                    unitPublished ? "figure.error.unitCorrectionNeedsReason" : "figure.error.correctionNeedsReason"));
        }
        var reason = correction ? Texts.optional(input.correctionReason(), Texts.LONG) : null;
        try {
            write(user, key, current, parsed, explanation, reason, input.expectedVersion(), FORM);
        } catch (StaleCell stale) {
            throw new ConflictException(assembler.cell(key, indicator, division, period));
        }
        return new SaveResult(assembler.cell(key, indicator, division, period), List.of());
    }

    /**
     * What saving each input would do, with the form's parsing, checks and warnings (a warning
     * without explanation is an error here, as it would block submitting); writes nothing. One
     * result per input, in order; a cell given twice is an error.
     */
    @Transactional(readOnly = true)
    public List<CheckedInput> checkAll(List<FigureInput> inputs) {
        return batch.check(currentUser.require(Role.STATISTICIAN), inputs);
    }

    /**
     * Saves a batch as drafts, all or nothing, each change audited as coming from the import batch.
     * Checks again inside the transaction, so what the preview said still holds when writing.
     *
     * @param openBatch given the checks' results before anything is written, records the import
     *                  and returns its id for the audit entries; it may refuse the batch by throwing
     * @throws RefusedException with {@code figure.error.batchBlocked} when any input has a blocking finding
     */
    @Transactional
    public List<CheckedInput> saveAll(List<FigureInput> inputs, ToLongFunction<List<CheckedInput>> openBatch) {
        var user = currentUser.require(Role.STATISTICIAN);
        periods.getAllForWriting(inputs.stream().map(i -> i.key().periodId()).collect(Collectors.toSet()));
        var checked = batch.check(user, inputs);
        long importId = openBatch.applyAsLong(checked);
        if (checked.stream().anyMatch(CheckedInput::blocking)) {
            throw new RefusedException("figure.error.batchBlocked");
        }
        var writing = checked.stream().filter(CheckedInput::writes).toList();
        if (!writing.isEmpty()) {
            writeAll(user, writing, importId);
        }
        return checked;
    }

    /**
     * The import's writes and their audit entries as one statement whatever the file's size
     * ({@link ImportDraftRepository#writeDrafts}): row by row, a 5,000-row file meant 10,000 round trips.
     */
    private void writeAll(AppUser user, List<CheckedInput> writing, long importId) {
        var drafts = writing.stream()
                .map(c -> new ImportDraftRepository.Draft(
                        c.input().key(), c.value(), c.notApplicable(), FigureBatch.explanation(c.input())))
                .toList();
        var written = importDrafts.writeDrafts(drafts, user.id(), importId);
        if (written.underReview() > 0 || written.written() != drafts.size()) {
            // submitted, or filled by someone else, between the check and the lock: the preview's promise
            // no longer holds, and the refusal rolls back what the statement wrote
            throw new RefusedException("figure.error.batchConflict");
        }
    }

    /** Where a change came from, for its audit entry. */
    private record Origin(AuditEvent.Source source, Long importId) {}

    private static final Origin FORM = new Origin(AuditEvent.Source.FORM, null);

    private void write(
            AppUser user,
            CellKey key,
            Optional<StoredFigure> current,
            ValueParser.Parsed parsed,
            String explanation,
            String reason,
            int expectedVersion,
            Origin origin) {
        if (parsed.isBlank()) {
            if (current.isEmpty()) {
                return;
            }
            var old = current.get();
            if (old.revision() == 0) {
                figures.delete(old, expectedVersion);
                record(user, "clear", old, old.auditView(), null, null, origin);
            } else {
                var reverted = figures.revertToApproved(old, expectedVersion);
                record(user, "revert", old, old.auditView(), reverted.auditView(), null, origin);
            }
            return;
        }
        if (current.isEmpty()) {
            var created =
                    figures.insertDraft(key, parsed.value(), parsed.notApplicable(), explanation, reason, user.id());
            record(user, "enter", created, null, created.auditView(), reason, origin);
            return;
        }
        var old = current.get();
        var updated = figures.updateWorking(
                old, expectedVersion, parsed.value(), parsed.notApplicable(), explanation, reason, user.id());
        record(user, "edit", updated, old.auditView(), updated.auditView(), reason, origin);
    }

    /** Everything the checks say about a district's period, for the summary before submitting. */
    @Transactional(readOnly = true)
    public List<Finding> check(int periodId, int divisionId) {
        var user = currentUser.require(Role.STATISTICIAN);
        var period = periods.get(periodId);
        return problems(period, division(user, period, divisionId), false);
    }

    /**
     * Submits the district's drafts and returned cells for review. Refused, with every reason and
     * nothing changed, while a cell is missing, has an error, or has a warning without explanation.
     */
    @Transactional
    public SubmitResult submit(int periodId, int divisionId) {
        var user = currentUser.require(Role.STATISTICIAN);
        var period = periods.getForWriting(periodId);
        var division = division(user, period, divisionId);
        if (!period.isOpen() && !period.isPublished()) {
            throw new RefusedException("figure.error.periodClosed");
        }
        var problems = problems(period, division, true);
        if (!problems.isEmpty()) {
            return new SubmitResult(0, problems);
        }
        int submitted = 0;
        for (var figure : figures.findInPeriod(periodId, List.of(divisionId))) {
            if (figure.status() == StoredFigure.Status.DRAFT || figure.status() == StoredFigure.Status.RETURNED) {
                var after = figures.setStatus(figure, StoredFigure.Status.SUBMITTED, null, user.id());
                record(user, "submit", after, figure.auditView(), after.auditView(), null, FORM);
                submitted++;
            }
        }
        if (submitted == 0) {
            throw new RefusedException("figure.submit.nothing");
        }
        return new SubmitResult(submitted, List.of());
    }

    /** What stops the district's submission now; empty when it could go (for the period-wide summary). */
    List<Finding> blocking(Period period, Division division) {
        return problems(period, division, true);
    }

    private List<Finding> problems(Period period, Division division, boolean blockingOnly) {
        var reported = assembler.indicatorsFor(period);
        var cells = assembler.cells(period, List.of(division), reported);
        boolean annualOnly = period.isYear() && periods.annualOnly(period.year());
        var problems = new ArrayList<Finding>();
        for (var cell : cells) {
            if (cell.isEmpty() && period.isOpen() && CellAssembler.required(period, cell.indicator(), annualOnly)) {
                problems.add(Finding.error(cell.key(), "figure.error.missing"));
            }
            // one explanation answers every warning of a cell, so it is asked for once: two warnings listed the
            // same request twice in the refusal (a tester's tour)
            var explanationNeeded = Finding.error(cell.key(), "figure.error.explanationNeeded");
            for (var finding : cell.findings()) {
                if (finding.isError()) {
                    problems.add(finding);
                } else if (Texts.isBlank(cell.explanation())) {
                    if (!blockingOnly) {
                        problems.add(finding);
                    } else if (!problems.contains(explanationNeeded)) {
                        problems.add(explanationNeeded);
                    }
                } else if (!blockingOnly) {
                    problems.add(finding);
                }
            }
        }
        return problems;
    }

    /** The approved history of a cell, oldest first; within the reader's scope. */
    @Transactional(readOnly = true)
    public List<Revision> history(CellKey key) {
        // the wall display shows headline numbers; who changed a figure and why is not for the room's screen
        var user = currentUser.require(
                Role.LEADER, Role.STATISTICIAN, Role.REVIEWER, Role.COMMUNICATIONS, Role.ADMINISTRATOR);
        if (user.has(Role.STATISTICIAN)
                && !user.scope().contains(key.divisionId())
                && !user.has(Role.REVIEWER)
                && !user.has(Role.ADMINISTRATOR)
                && !user.has(Role.LEADER)) {
            throw new RefusedException("figure.error.outOfScope");
        }
        // a leader scoped to a unit reads its subtree's figures only, their history included
        currentUser.readingScope().require(key.divisionId());
        return figures.find(key).map(f -> figures.revisions(f.id())).orElse(List.of());
    }

    private Division division(AppUser user, Period period, int divisionId) {
        if (!user.scope().contains(divisionId)) {
            throw new RefusedException("figure.error.outOfScope");
        }
        return divisions.reportingUnitsIn(period.year()).stream()
                .filter(d -> d.id() == divisionId)
                .findFirst()
                .orElseThrow(() -> new RefusedException("figure.error.divisionNotInPeriod"));
    }

    /** The user's units with something to enter in the period: the city has nothing in a month. */
    List<Division> units(AppUser user, Period period) {
        return units(user, period, assembler.indicatorsFor(period));
    }

    private List<Division> units(AppUser user, Period period, List<Indicator> reported) {
        var scoped = divisions.reportingUnitsIn(period.year()).stream()
                .filter(d -> user.scope().contains(d.id()))
                .toList();
        return CellAssembler.reporting(scoped, reported);
    }

    /** The indicator, when the unit reports it in the period (a district never enters a city-level one). */
    private Indicator reported(Period period, int indicatorId, Division unit) {
        return assembler.indicatorsFor(period).stream()
                .filter(i -> i.id() == indicatorId && CellAssembler.reports(unit, i))
                .findFirst()
                .orElseThrow(() -> new RefusedException("figure.error.notReported"));
    }

    private void record(
            AppUser user,
            String action,
            StoredFigure figure,
            Map<String, ?> before,
            Map<String, ?> after,
            String reason,
            Origin origin) {
        audit.record(
                user.id(),
                new AuditEvent(
                        action, "figure", figure.id(), before, after, reason, origin.source(), origin.importId()));
    }

    private static SaveResult rejected(Finding error) {
        return new SaveResult(null, List.of(error));
    }
}
