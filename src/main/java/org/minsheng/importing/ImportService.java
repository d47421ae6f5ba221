package org.minsheng.importing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.RefusedException;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.DivisionService;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.CheckedInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.Finding;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures from a spreadsheet: the template to fill, the dry run, and the commit. The figure service
 * parses and checks every value exactly as for the entry form, so a file can do nothing a
 * statistician could not do by hand, and the scope and lock checks are its.
 */
@Service
public class ImportService {

    /** The checks' finding for a cell the file holds twice; the import adds the row it first came in. */
    private static final String DUPLICATE = "figure.error.duplicate";

    private final FigureService figures;
    private final PeriodService periods;
    private final DivisionService divisions;
    private final IndicatorService indicators;
    private final ImportRepository batches;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Translations translations;

    ImportService(
            FigureService figures,
            PeriodService periods,
            DivisionService divisions,
            IndicatorService indicators,
            ImportRepository batches,
            AuditLog audit,
            CurrentUser currentUser,
            Translations translations) {
        this.figures = figures;
        this.periods = periods;
        this.divisions = divisions;
        this.indicators = indicators;
        this.batches = batches;
        this.audit = audit;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    /**
     * The files most recently dry-run, by user, name and SHA-256, mapped to inputs, with the version of
     * what they were mapped against. The commit that follows a dry run takes its mapping while that
     * version is unchanged instead of reading and mapping the file again (about a tenth of a 2,640-row
     * file's import, bench/run.sh import). A commit on another node, or after the catalogue moved,
     * reads the file again.
     */
    private final Map<List<Object>, DryRun> dryRuns = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, DryRun> eldest) {
            return size() > RECENT_DRY_RUNS;
        }
    });

    private static final int RECENT_DRY_RUNS = 4;

    /** A file as its dry run mapped it, and the structure version it was mapped under. */
    private record DryRun(Object structure, Parsed parsed) {}

    /** How many of a user's imports the import page lists. */
    static final int RECENT = 5;

    /**
     * The signed-in statistician's last committed imports, newest first, from the database rather than
     * from the page that ran them, so they show on any node and after a reload.
     */
    @Transactional(readOnly = true)
    public List<ImportRecord> recentImports() {
        var user = currentUser.require(Role.STATISTICIAN);
        return batches.recentBatches(user.id(), RECENT, periods::get);
    }

    /** Open periods a statistician can import into, newest first. */
    @Transactional(readOnly = true)
    public List<Period> periods() {
        return figures.periodsForEntry().stream().filter(Period::isOpen).toList();
    }

    /** The XLSX template of a period for the user's districts, headers in their language. */
    @Transactional(readOnly = true)
    public byte[] template(int periodId, Locale locale) {
        var sheet = figures.sheet(periodId);
        var districts =
                String.join("、", sheet.divisions().stream().map(d -> d.name()).toList());
        var title = translations.getTranslation(
                "import.template.title", locale, periodName(sheet.period(), locale), districts);
        return TemplateWriter.write(
                sheet,
                ImportRows.periodCode(sheet.period()),
                title,
                locale,
                (key, params) -> translations.getTranslation(key, locale, params));
    }

    public String templateFileName(int periodId, Locale locale) {
        return translations.getTranslation(
                "import.template.file", locale, ImportRows.periodCode(periods.get(periodId)));
    }

    /**
     * What importing the file would do, and every problem with it; writes nothing. Its reads see one
     * snapshot, so the commit that follows can take its checks when nothing they read has changed since.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ImportPreview preview(String fileName, byte[] bytes) {
        var user = currentUser.require(Role.STATISTICIAN);
        // read before the catalogue, in this snapshot: the mapping below is of this version
        var structure = batches.structureVersion();
        var parsed = parse(fileName, bytes, sha256(bytes));
        if (parsed.refused() != null) {
            return ImportPreview.refused(fileName, parsed.sha256(), parsed.refused());
        }
        dryRuns.put(dryRunKey(user.id(), fileName, parsed.sha256()), new DryRun(structure, parsed));
        var inputs = parsed.mapped().inputs();
        return summarize(parsed, inputs.isEmpty() ? List.of() : figures.checkAll(inputs));
    }

    /**
     * Writes the file's figures as drafts in one transaction, or nothing at all. The batch and
     * every change's audit entry record the file's name and SHA-256. The figures are checked inside the
     * writing transaction (the same checks as the preview), or take the preview's results when nothing
     * those checks read has changed since it (see FigureBatch); the file is read and mapped again
     * unless the preview mapped it under the same structure version ({@link #dryRuns}).
     */
    @Transactional
    public long commit(String fileName, byte[] bytes) {
        var user = currentUser.require(Role.STATISTICIAN);
        var parsed = mappedAsInDryRun(user.id(), fileName, bytes);
        if (parsed.refused() != null || parsed.mapped().inputs().isEmpty()) {
            throw new RefusedException("import.error.notCommittable");
        }
        long[] batchId = new long[1];
        figures.saveAll(parsed.mapped().inputs(), checked -> {
            var preview = summarize(parsed, checked);
            if (!preview.committable()) {
                throw new RefusedException("import.error.notCommittable");
            }
            batchId[0] = batches.insertBatch(preview, parsed.mapped().periodId(), user.id());
            var summary = new LinkedHashMap<String, Object>();
            summary.put("file", fileName);
            summary.put("sha256", preview.sha256());
            summary.put("new", preview.newRows());
            summary.put("changed", preview.changedRows());
            summary.put("unchanged", preview.unchangedRows());
            audit.record(
                    user.id(),
                    new AuditEvent(
                            "figure_import",
                            "import_batch",
                            batchId[0],
                            null,
                            summary,
                            null,
                            AuditEvent.Source.IMPORT,
                            batchId[0]));
            return batchId[0];
        });
        return batchId[0];
    }

    /** A file read and mapped to inputs, or refused as a whole (unreadable, too large, wrong type). */
    private record Parsed(String fileName, String sha256, ImportProblem refused, ImportRows.Mapped mapped) {}

    private Parsed parse(String fileName, byte[] bytes, String sha) {
        try {
            var rows = read(fileName, bytes);
            return new Parsed(
                    fileName,
                    sha,
                    null,
                    ImportRows.map(
                            rows,
                            new ImportRows.Catalogue(
                                    periods.all(), divisions::reportingUnitsIn, indicators.activeIndicators())));
        } catch (RefusedException refused) {
            return new Parsed(
                    fileName,
                    sha,
                    ImportProblem.file(refused.messageKey(), refused.parameters()),
                    ImportRows.Mapped.nothing());
        }
    }

    /** The dry run's mapping of the same file by the same user, while nothing it was mapped against moved. */
    private Parsed mappedAsInDryRun(int userId, String fileName, byte[] bytes) {
        var sha = sha256(bytes);
        var earlier = dryRuns.get(dryRunKey(userId, fileName, sha));
        if (earlier != null && Objects.equals(earlier.structure(), batches.structureVersion())) {
            return earlier.parsed();
        }
        return parse(fileName, bytes, sha);
    }

    private static List<Object> dryRunKey(int userId, String fileName, String sha256) {
        return Arrays.asList(userId, fileName, sha256);
    }

    /**
     * Counts and every problem, by sheet, row and column, of a parsed file and its checked inputs.
     * A rule is told once per cell: the figure rules ask for an explanation once for each warning,
     * which a user reads as the same request repeated.
     */
    private static ImportPreview summarize(Parsed parsed, List<CheckedInput> checked) {
        var mapped = parsed.mapped();
        var problems = new ArrayList<>(mapped.problems());
        int[] counts = new int[CheckedInput.Outcome.values().length];
        // a repeated cell names the row it repeats: the message said only that it came more than once
        var firstRow = new HashMap<CellKey, Integer>();
        for (int i = 0; i < checked.size(); i++) {
            var c = checked.get(i);
            // the counts say what the commit would write: a new row with an error writes nothing, and
            // 「新增 1」 beside 「8 行有错误」 read as if one of them would go in (a tester's tour)
            if (!c.blocking()) {
                counts[c.outcome().ordinal()]++;
            }
            firstRow.putIfAbsent(c.input().key(), mapped.origins().get(i).row().number());
            var told = new HashSet<List<Object>>();
            for (var finding : c.findings()) {
                if (finding.messageKey().equals(DUPLICATE)) {
                    finding = Finding.error(
                            finding.cell(), DUPLICATE, firstRow.get(c.input().key()));
                }
                if (told.add(List.of(finding.messageKey(), finding.parameters()))) {
                    problems.add(problem(mapped.origins().get(i), finding, mapped.layout()));
                }
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row).thenComparing(ImportProblem::column));
        return new ImportPreview(
                parsed.fileName(),
                parsed.sha256(),
                mapped.dataRows(),
                counts[CheckedInput.Outcome.NEW.ordinal()],
                counts[CheckedInput.Outcome.CHANGED.ordinal()],
                counts[CheckedInput.Outcome.UNCHANGED.ordinal()],
                counts[CheckedInput.Outcome.EMPTY.ordinal()],
                List.copyOf(problems));
    }

    private static List<RawRow> read(String fileName, byte[] bytes) {
        if (bytes.length > ImportLimits.MAX_BYTES) {
            throw new RefusedException("import.error.tooLarge", ImportLimits.MAX_BYTES / 1024 / 1024);
        }
        if (bytes.length == 0) {
            throw new RefusedException("import.error.empty");
        }
        if (XlsxReader.isXlsx(bytes)) {
            return XlsxReader.read(bytes);
        }
        if (XlsxReader.isOldExcel(bytes)) {
            throw new RefusedException("import.error.oldExcel");
        }
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            throw new RefusedException("import.error.unreadable");
        }
        if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
            throw new RefusedException("import.error.fileType");
        }
        return CsvReader.read(bytes, fileName);
    }

    /** The column a finding is about, so the user knows which cell to fix, and the row's place. */
    private static ImportProblem problem(ImportRows.Origin origin, Finding finding, Layout layout) {
        var field = switch (finding.subject()) {
            case UNIT -> Layout.Field.DIVISION;
            case INDICATOR -> Layout.Field.INDICATOR;
            case PERIOD -> Layout.Field.PERIOD;
            case VALUE -> Layout.Field.VALUE;
            case EXPLANATION -> Layout.Field.EXPLANATION;
        };
        var at = layout.at(field);
        var row = origin.row();
        return new ImportProblem(
                row.sheet(),
                row.number(),
                at.letter(),
                at.headerKey(),
                origin.place(),
                finding.isError(),
                finding.messageKey(),
                finding.parameters());
    }

    private String periodName(Period period, Locale locale) {
        return translations.getTranslation(period.nameKey(), locale, period.nameParameters());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
