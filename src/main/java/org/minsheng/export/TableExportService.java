package org.minsheng.export;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minsheng.audit.AuditEntry;
import org.minsheng.audit.AuditLog;
import org.minsheng.audit.AuditQuery;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.DivisionService;
import org.minsheng.figure.Tracker;
import org.minsheng.figure.TrackerService;
import org.minsheng.period.Period;
import org.minsheng.provenance.ExportKind;
import org.minsheng.provenance.ExportScope;
import org.minsheng.provenance.ProvenanceService;
import org.springframework.stereotype.Service;

/**
 * The XLSX and CSV downloads of the tables users see on screen. Each reads through the service
 * behind its screen (dashboard, tracker, audit trail), so the access rules and the numbers are
 * those of the screen; nothing here queries the database itself.
 */
@Service
public class TableExportService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final int AUDIT_PAGE = 500;
    /** The audit trail grows without end; an export past this many lines should be narrowed by dates. */
    static final int AUDIT_MAX = 100_000;

    private final DashboardService dashboards;
    private final TrackerService trackers;
    private final AuditLog audit;
    private final DivisionService divisions;
    private final Translations translations;
    private final ProvenanceService provenance;

    TableExportService(DashboardService dashboards, TrackerService trackers, AuditLog audit, DivisionService divisions,
                       Translations translations, ProvenanceService provenance) {
        this.provenance = provenance;
        this.dashboards = dashboards;
        this.trackers = trackers;
        this.audit = audit;
        this.divisions = divisions;
        this.translations = translations;
    }

    /** The dashboard's district × indicator table of a year: approved figures only, as of its newest approval. */
    public Download districtTable(int year, Download.Format format, Locale locale) {
        var data = dashboards.cityYear(year);
        var asOf = Optional.ofNullable(data.dataAsOf()).map(t -> t.atZoneSameInstant(CHINA));
        var columns = new ArrayList<Table.Column>();
        columns.add(Table.Column.text(t(locale, "dashboard.table.district")));
        for (var indicator : data.districtIndicators()) {
            columns.add(new Table.Column(t(locale, "export.header.withUnit", indicator.shortName(locale),
                    indicator.unit(locale)), indicator.scale()));
        }
        var rows = new ArrayList<List<Object>>();
        for (var county : data.counties()) {
            var row = new ArrayList<Object>();
            row.add(county.name());
            data.districtIndicators().forEach(i -> row.add(value(data.cell(i, county), locale)));
            rows.add(row);
        }
        var total = new ArrayList<Object>();
        total.add(t(locale, "dashboard.table.total", data.city().name()));
        data.districtIndicators().forEach(i -> total.add(value(data.total(i), locale)));
        rows.add(total);
        var period = periodText(data, locale);
        var title = t(locale, "export.title.district", data.city().name(), period,
                asOf.map(TIME::format).orElse(t(locale, "export.noData")), data.revision());
        var stamp = asOf.map(DAY::format).orElse(today());
        var stem = String.join("-", cityShortName(), String.valueOf(year)
                + (data.month() == null ? "" : "-%02d".formatted(data.month())), t(locale, "export.file.district"), stamp);
        return write(new Table(title, t(locale, "export.sheet.district"), columns, rows), stem, format,
                ExportScope.year(year, data.revision(), data.dataAsOf()));
    }

    /** The submission tracker of a period: each district's cell states, never values. */
    public Download tracker(Period period, Download.Format format, Locale locale) {
        Tracker tracker = trackers.tracker(period.id());
        var columns = new ArrayList<Table.Column>();
        columns.add(Table.Column.text(t(locale, "dashboard.table.district")));
        tracker.indicators().forEach(i -> columns.add(Table.Column.text(i.shortName(locale))));
        columns.add(new Table.Column(t(locale, "tracker.changedHeader"), 0));
        columns.add(Table.Column.text(t(locale, "tracker.overdue")));
        var rows = new ArrayList<List<Object>>();
        for (var row : tracker.rows()) {
            var values = new ArrayList<Object>();
            values.add(row.division().name());
            tracker.indicators().forEach(i -> values.add(
                    t(locale, "cell.state." + row.states().get(i.id()).name().toLowerCase(Locale.ROOT))));
            values.add(row.changedSinceApproval());
            values.add(row.overdue() ? t(locale, "export.yes") : "");
            rows.add(values);
        }
        var periodName = period.isYear() ? t(locale, "period.year", String.valueOf(period.year()))
                : t(locale, "period.month", String.valueOf(period.year()), String.valueOf(period.month()));
        var now = OffsetDateTime.now(CHINA);
        var title = t(locale, "export.title.tracker", periodName, TIME.format(now));
        var code = period.isYear() ? String.valueOf(period.year()) : "%d-%02d".formatted(period.year(), period.month());
        var stem = String.join("-", cityShortName(), code, t(locale, "export.file.tracker"), DAY.format(now));
        return write(new Table(title, t(locale, "export.sheet.tracker"), columns, rows), stem, format, ExportScope.NONE);
    }

    /** The audit trail under the given filters, newest first, as reviewers and administrators read it. */
    public Download auditTrail(AuditQuery query, Download.Format format, Locale locale) {
        int count = Math.min(audit.count(query), AUDIT_MAX);
        var entries = new ArrayList<AuditEntry>();
        for (int offset = 0; offset < count; offset += AUDIT_PAGE) {
            entries.addAll(audit.search(query, offset, Math.min(AUDIT_PAGE, count - offset)));
        }
        var columns = List.of(Table.Column.text(t(locale, "audit.at")), Table.Column.text(t(locale, "audit.actor")),
                Table.Column.text(t(locale, "audit.action")), Table.Column.text(t(locale, "audit.entity")),
                Table.Column.text(t(locale, "audit.old")), Table.Column.text(t(locale, "audit.new")),
                Table.Column.text(t(locale, "audit.reason")), Table.Column.text(t(locale, "audit.source")));
        var rows = new ArrayList<List<Object>>();
        for (var e : entries) {
            rows.add(java.util.Arrays.asList(SECONDS.format(e.at().atZoneSameInstant(CHINA)),
                    e.actorName() == null ? t(locale, "audit.system") : e.actorName(),
                    t(locale, "audit.action." + e.action()),
                    e.entity() + (e.entityId() == null ? "" : " #" + e.entityId()), e.oldValue(), e.newValue(),
                    e.reason(), t(locale, "audit.source." + e.source().name().toLowerCase(Locale.ROOT))
                            + (e.importId() == null ? "" : " #" + e.importId())));
        }
        var now = OffsetDateTime.now(CHINA);
        var title = t(locale, "export.title.audit", TIME.format(now), entries.size());
        var stem = String.join("-", cityShortName(), t(locale, "export.file.audit"), DAY.format(now));
        return write(new Table(title, t(locale, "export.sheet.audit"), columns, rows), stem, format, ExportScope.NONE);
    }

    private Object value(Optional<YearCell> cell, Locale locale) {
        if (cell.isEmpty() || (cell.get().value() == null && !cell.get().notApplicable())) {
            return null;
        }
        return cell.get().value() == null ? t(locale, "figure.notApplicable") : cell.get().value();
    }

    private String periodText(CityYear data, Locale locale) {
        return data.month() == null ? t(locale, "period.year", String.valueOf(data.year()))
                : t(locale, "period.month", String.valueOf(data.year()), String.valueOf(data.month()));
    }

    /** 漳州 from 漳州市: file names read like the office's own (漳州-2020-12-区县指标-20201231.xlsx). */
    private String cityShortName() {
        var name = divisions.city().name();
        return name.endsWith("市") && name.length() > 2 ? name.substring(0, name.length() - 1) : name;
    }

    private static String today() {
        return DAY.format(OffsetDateTime.now(CHINA));
    }

    /** Writes the file and records who took it, for which data (provenance). */
    private Download write(Table table, String stem, Download.Format format, ExportScope scope) {
        var bytes = format == Download.Format.XLSX ? XlsxTables.write(table) : CsvTables.write(table);
        var file = new Download(stem + "." + format.extension, format.contentType, bytes);
        provenance.record(format == Download.Format.XLSX ? ExportKind.TABLE_XLSX : ExportKind.TABLE_CSV,
                file.fileName(), scope);
        return file;
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
