package org.minsheng.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.minsheng.audit.AuditDownloads;
import org.minsheng.audit.AuditEntry;
import org.minsheng.audit.AuditLog;
import org.minsheng.audit.AuditQuery;
import org.minsheng.audit.AuditTexts;
import org.minsheng.base.Download;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.DashboardDownloads;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionService;
import org.minsheng.figure.Cell;
import org.minsheng.figure.FigureDownloads;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.figure.Tracker;
import org.minsheng.figure.TrackerService;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.provenance.ExportKind;
import org.minsheng.provenance.ExportScope;
import org.minsheng.provenance.ProvenanceService;
import org.springframework.stereotype.Service;

/**
 * The XLSX and CSV downloads of the tables users see on screen. Each reads through the service
 * behind its screen (dashboard, tracker, entry sheet, review queue, audit trail), so the access rules and the numbers are
 * those of the screen; nothing here queries the database itself.
 */
@Service
public class TableExportService implements DashboardDownloads, FigureDownloads, AuditDownloads {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** Live tables (tracker, audit, sheets) change by the minute: a re-export must not take an older file's name. */
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private static final int AUDIT_PAGE = 500;
    /** The audit trail grows without end; an export past this many lines should be narrowed by dates. */
    static final int AUDIT_MAX = 100_000;

    private final Clock clock;
    private final DashboardService dashboards;
    private final TrackerService trackers;
    private final FigureService figures;
    private final ReviewService reviews;
    private final PeriodService periods;
    private final AuditLog audit;
    private final DivisionService divisions;
    private final Translations translations;
    private final ProvenanceService provenance;

    TableExportService(
            DashboardService dashboards,
            TrackerService trackers,
            FigureService figures,
            ReviewService reviews,
            PeriodService periods,
            AuditLog audit,
            DivisionService divisions,
            Translations translations,
            ProvenanceService provenance,
            Clock clock) {
        // titles, file names and times are in the commission's zone, whatever the server's
        this.clock = clock;
        this.provenance = provenance;
        this.dashboards = dashboards;
        this.trackers = trackers;
        this.figures = figures;
        this.reviews = reviews;
        this.periods = periods;
        this.audit = audit;
        this.divisions = divisions;
        this.translations = translations;
    }

    /**
     * The table under the dashboard as the filter shows it: the districts (or, on a district's page, its
     * towns) by indicator for the chosen window and category, with the total row computed in SQL.
     * Approved figures only, as of their newest approval.
     */
    @Override
    public Download districtTable(DashboardFilter filter, Download.Format format, Locale locale) {
        var data = dashboards.dashboard(filter);
        var asOf = Optional.ofNullable(data.dataAsOf()).map(t -> t.atZoneSameInstant(clock.getZone()));
        List<Division> units = data.cityWide() ? data.counties() : data.towns();
        BiFunction<Indicator, Integer, Optional<YearCell>> cellOf = data.cityWide() ? data::cell : data::townCell;
        // the screen's words for what the totals leave out: a file passed on must not read as complete
        ChartContents.Words inLocale = (key, parameters) -> t(locale, key, parameters);
        var words = new ChartContents(locale, inLocale);
        var columns = new ArrayList<Table.Column>();
        var unitsLevel = data.listedLevel();
        columns.add(Table.Column.text(t(locale, unitsLevel.headingKey())));
        // the file and its sheet are named by the units listed: 市指标 for a province, 乡镇指标 for a district
        Object[] unitsWords = {t(locale, unitsLevel.tableKey()), t(locale, unitsLevel.eachKey())};
        for (var indicator : data.districtIndicators()) {
            columns.add(new Table.Column(
                    indicator.shortNameWithUnit(locale, (key, parameters) -> t(locale, key, parameters)),
                    indicator.scale()));
        }
        var rows = new ArrayList<List<Object>>();
        // a figure corrected after publication carries the † of the screen's table and the PDF's, its title
        // names it, and a footnote under the table lists it as the PDF's 修订说明 does: one list, written twice
        var revised = new ArrayList<List<String>>();
        for (var unit : units) {
            var row = new ArrayList<Object>();
            row.add(data.cityWide() ? words.unitLabel(data, unit) : unit.name());
            data.districtIndicators().forEach(i -> {
                var cell = cellOf.apply(i, unit.id());
                row.add(value(cell, locale));
                if (cell.filter(c -> c.corrections() > 0).isPresent()) {
                    revised.add(List.of(unit.name(), i.shortName(locale)));
                }
            });
            rows.add(row);
        }
        var total = new ArrayList<Object>();
        total.add(t(locale, "dashboard.table.total", data.focus().name()));
        // a district's page holds its towns' total only once a town has reported (PageTowns): until then the
        // row is the district's own value, as its tiles show it, not an empty 芗城区合计
        data.districtIndicators()
                .forEach(i -> total.add(value(cellOf.apply(i, null).or(() -> data.cell(i, data.focusId())), locale)));
        rows.add(total);
        var footnotes = new ArrayList<String>();
        if (!revised.isEmpty()) {
            footnotes.add(
                    t(locale, "publication.revisions.heading", data.edition().text(inLocale)));
            revised.forEach(cell -> footnotes.add(t(locale, "export.revisedLine", cell.toArray())));
        }
        // the demo's figures say so at the foot, as their page and the PDF do: a file passed on is no office's
        dashboards.illustrativeNote(filter.year(), data.focus()).ifPresent(n -> footnotes.add(n.text(inLocale)));
        var year = String.valueOf(filter.year());
        var period = !data.hasData()
                ? t(locale, "period.year", year)
                : data.fromMonth() == data.toMonth()
                        ? t(locale, "dashboards.window.month", year, data.toMonth())
                        : t(locale, "dashboards.window.months", year, data.fromMonth(), data.toMonth());
        var title = t(
                locale,
                "export.title.district",
                data.focus().name(),
                period,
                asOf.map(TIME::format).orElse(t(locale, "export.noData")),
                data.edition().say(inLocale, "export.title.edition", "edition.unpublished"),
                t(locale, unitsLevel.headingKey()));
        // what the totals leave out, as the page says it: units not accepted, and units with nothing approved
        // yet (a 2021 file of one district approved read as the city's, naming none of the ten missing)
        var leftOut = data.cityWide()
                ? Stream.of(words.acceptanceNote(data), words.missingNote(data))
                        .flatMap(Optional::stream)
                        .toList()
                : List.<String>of();
        for (var note : leftOut) {
            title = title + t(locale, "export.title.separator") + note;
        }
        if (!revised.isEmpty()) {
            var cells = revised.stream()
                    .map(cell -> t(locale, "export.title.revisedCell", cell.toArray()))
                    .toList();
            title += t(locale, "export.title.separator")
                    + t(locale, "export.title.revised", String.join(t(locale, "export.title.listSeparator"), cells));
        }
        var stamp = asOf.map(DAY::format).orElse(today());
        // the unit whose table it is, not the installation's root: 漳州市's table on a province's server is 漳州's
        var place = data.cityWide()
                ? data.city().placeName()
                : data.city().placeName() + "-" + data.focus().name();
        // the edition in the name: after a correction the new file never takes the old one's name; a
        // year not yet published is named so, as nobody received an edition of it
        var stem = String.join(
                "-",
                place,
                year + (data.hasData() ? "-%02d".formatted(data.toMonth()) : ""),
                t(locale, "export.file.district", unitsWords),
                data.edition().inFileName(inLocale),
                stamp);
        return write(
                new Table(title, t(locale, "export.sheet.district", unitsWords), columns, rows, footnotes),
                stem,
                format,
                ExportScope.year(filter.year(), data.edition().recorded(), data.dataAsOf()));
    }

    /** The submission tracker of a period: the cell states of the units under one unit, never values. */
    @Override
    public Download tracker(Period period, String divisionCode, Download.Format format, Locale locale) {
        Tracker tracker = trackers.tracker(period.id(), divisionCode);
        var columns = new ArrayList<Table.Column>();
        columns.add(Table.Column.text(t(locale, "dashboard.table.district")));
        tracker.indicators().forEach(i -> columns.add(Table.Column.text(i.shortName(locale))));
        columns.add(new Table.Column(t(locale, "tracker.changedHeader"), 0));
        columns.add(Table.Column.text(t(locale, "tracker.overdue")));
        var rows = new ArrayList<List<Object>>();
        for (var row : tracker.rows()) {
            var values = new ArrayList<Object>();
            values.add(row.division().name());
            for (var indicator : tracker.indicators()) {
                var state = row.states().get(indicator.id());
                // blank where the unit does not report the indicator (the city under a district indicator)
                values.add(
                        state == null
                                ? ""
                                : t(locale, "cell.state." + state.name().toLowerCase(Locale.ROOT)));
            }
            values.add(row.changedSinceApproval());
            values.add(row.overdue() ? t(locale, "export.yes") : "");
            rows.add(values);
        }
        var now = OffsetDateTime.now(clock);
        var title = t(
                locale,
                "export.title.tracker",
                periodName(period, locale),
                TIME.format(now),
                tracker.focus().name());
        var stem = String.join(
                "-",
                tracker.focus().placeName(),
                periodCode(period),
                t(locale, "export.file.tracker"),
                MINUTE.format(now));
        return write(new Table(title, t(locale, "export.sheet.tracker"), columns, rows), stem, format);
    }

    /** The audit trail under the given filters, newest first, as reviewers and administrators read it. */
    @Override
    public Download auditTrail(AuditQuery query, Download.Format format, Locale locale) {
        int count = Math.min(audit.count(query), AUDIT_MAX);
        var entries = new ArrayList<AuditEntry>();
        for (int offset = 0; offset < count; offset += AUDIT_PAGE) {
            entries.addAll(audit.search(query, offset, Math.min(AUDIT_PAGE, count - offset)));
        }
        var columns = List.of(
                Table.Column.text(t(locale, "audit.at")),
                Table.Column.text(t(locale, "audit.actor")),
                Table.Column.text(t(locale, "audit.action")),
                Table.Column.text(t(locale, "audit.entity")),
                Table.Column.text(t(locale, "audit.old")),
                Table.Column.text(t(locale, "audit.new")),
                Table.Column.text(t(locale, "audit.reason")),
                Table.Column.text(t(locale, "audit.source")));
        var rows = new ArrayList<List<Object>>();
        var texts = new AuditTexts(translations, locale);
        for (var e : entries) {
            rows.add(Arrays.asList(
                    SECONDS.format(e.at().atZoneSameInstant(clock.getZone())),
                    e.actorName() == null ? t(locale, "audit.system") : e.actorName(),
                    texts.action(e),
                    texts.subject(e),
                    texts.value(e, e.oldValue()),
                    texts.value(e, e.newValue()),
                    e.reason(),
                    t(locale, "audit.source." + e.source().name().toLowerCase(Locale.ROOT))
                            + (e.importId() == null ? "" : " #" + e.importId())));
        }
        var now = OffsetDateTime.now(clock);
        var title = t(locale, "export.title.audit", TIME.format(now), entries.size());
        var stem = String.join("-", cityShortName(), t(locale, "export.file.audit"), MINUTE.format(now));
        return write(new Table(title, t(locale, "export.sheet.audit"), columns, rows), stem, format);
    }

    /** The statistician's entry sheet of a period as a list: one line per district and indicator. */
    @Override
    public Download entrySheet(int periodId, Download.Format format, Locale locale) {
        var sheet = figures.sheet(periodId);
        return figureList(sheet.period(), sheet.cells(), "export.title.entry", "export.file.entry", format, locale);
    }

    /** The reviewers' queue of a period: the submitted cells beside their approved values. */
    @Override
    public Download reviewQueue(int periodId, Download.Format format, Locale locale) {
        var queue = reviews.queue(periodId);
        return figureList(periods.get(periodId), queue, "export.title.review", "export.file.review", format, locale);
    }

    private Download figureList(
            Period period, List<Cell> cells, String titleKey, String fileKey, Download.Format format, Locale locale) {
        var columns = List.of(
                Table.Column.text(t(locale, "dashboard.table.district")),
                Table.Column.text(t(locale, "entry.indicator")),
                Table.Column.text(t(locale, "export.unit")),
                Table.Column.mixed(t(locale, "export.value")),
                Table.Column.mixed(t(locale, "review.approvedValue")),
                Table.Column.mixed(t(locale, "export.previous")),
                Table.Column.mixed(t(locale, "export.lastYear")),
                Table.Column.text(t(locale, "export.state")),
                Table.Column.text(t(locale, "entry.explanation")));
        var rows = new ArrayList<List<Object>>();
        for (var cell : cells) {
            int scale = cell.indicator().scale();
            rows.add(Arrays.asList(
                    cell.division().name(),
                    cell.indicator().shortName(locale),
                    cell.indicator().unit(locale),
                    figure(cell.value(), cell.notApplicable(), scale, locale),
                    cell.revision() == 0
                            ? null
                            : figure(cell.approvedValue(), cell.approvedNotApplicable(), scale, locale),
                    figure(cell.previousValue(), cell.previousNotApplicable(), scale, locale),
                    figure(cell.lastYearValue(), cell.lastYearNotApplicable(), scale, locale),
                    t(locale, "cell.state." + cell.state().name().toLowerCase(Locale.ROOT)),
                    cell.explanation()));
        }
        var now = OffsetDateTime.now(clock);
        var title = t(locale, titleKey, periodName(period, locale), TIME.format(now), rows.size());
        var stem = String.join("-", placeOf(cells), periodCode(period), t(locale, fileKey), MINUTE.format(now));
        return write(new Table(title, t(locale, fileKey), columns, rows), stem, format);
    }

    /** A value of the sheet's four: 不适用 as the word, a number in the indicator's scale, none empty. */
    private Object figure(BigDecimal value, boolean notApplicable, int scale, Locale locale) {
        return notApplicable ? t(locale, "figure.notApplicable") : scaled(value, scale);
    }

    private static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    private String periodName(Period period, Locale locale) {
        return t(locale, period.nameKey(), period.nameParameters());
    }

    private static String periodCode(Period period) {
        return period.isYear() ? String.valueOf(period.year()) : "%d-%02d".formatted(period.year(), period.month());
    }

    /** The figure, 不适用, or empty; marked † when corrected after publication, as the PDF's table marks it. */
    private Object value(Optional<YearCell> cell, Locale locale) {
        if (cell.isEmpty() || (cell.get().value() == null && !cell.get().notApplicable())) {
            return null;
        }
        Object value = cell.get().value() == null
                ? t(locale, "figure.notApplicable")
                : cell.get().value();
        return cell.get().corrections() > 0 ? new Table.Revised(value) : value;
    }

    /**
     * 漳州 from 漳州市, 福建 from 福建省: file names read like the office's own
     * (漳州-2020-12-区县指标-20201231.xlsx), whatever the level of the installation's root.
     */
    private String cityShortName() {
        return divisions.city().placeName();
    }

    /**
     * The unit a list of figures is about when it holds one (漳浦 for 漳浦县's own entry sheet), else the
     * installation's: every county's sheet was named 漳州-…, so an office keeping several could not tell
     * them apart (a stranger's tour).
     */
    private String placeOf(List<Cell> cells) {
        var units = cells.stream().map(Cell::division).distinct().toList();
        return units.size() == 1 ? units.getFirst().placeName() : cityShortName();
    }

    private String today() {
        return DAY.format(OffsetDateTime.now(clock));
    }

    private Download write(Table table, String stem, Download.Format format) {
        return write(table, stem, format, ExportScope.NONE);
    }

    /** Writes the file and records who took it, for which data (provenance). */
    private Download write(Table table, String stem, Download.Format format, ExportScope scope) {
        var bytes = format == Download.Format.XLSX ? XlsxTables.write(table) : CsvTables.write(table);
        var file = new Download(stem + "." + format.extension, format.contentType, bytes);
        provenance.record(
                format == Download.Format.XLSX ? ExportKind.TABLE_XLSX : ExportKind.TABLE_CSV, file.fileName(), scope);
        return file;
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
