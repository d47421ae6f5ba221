package org.minsheng.provenance;

import static org.jooq.impl.DSL.max;
import static org.minsheng.db.Tables.EXPORT_RECORD;
import static org.minsheng.db.Tables.FIGURE_REVISION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.minsheng.db.enums.ExportFileKind;
import org.springframework.stereotype.Repository;

@Repository
class ProvenanceRepository {

    /*
     * Superseded: some figure of the file's year (and indicator, when it shows one) got a correction
     * after the export (a figure_revision id past the file's mark) while an earlier approved revision
     * of it existed at export time, i.e. the file printed the value that was then corrected.
     */
    private static final String LIST = """
            select e.id, e.exported_at, coalesce(u.display_name, u.username) as exported_by, e.kind, e.file_name,
                   e.year, i.short_name_zh, i.short_name_en, e.revision, e.data_as_of,
                   e.year is not null and exists (
                     select 1 from figure f
                     join period p on p.id = f.period_id
                     join figure_revision r on r.figure_id = f.id
                     where p.year = e.year and (e.indicator_id is null or f.indicator_id = e.indicator_id)
                       and r.correction and r.id > e.revision_mark
                       and exists (select 1 from figure_revision o where o.figure_id = f.id and o.id <= e.revision_mark)
                   ) as superseded
            from export_record e
            join app_user u on u.id = e.exported_by
            left join indicator i on i.id = e.indicator_id
            order by e.id desc
            limit {0}""";

    private final DSLContext db;

    ProvenanceRepository(DSLContext db) {
        this.db = db;
    }

    long insert(int userId, ExportKind kind, String fileName, ExportScope scope) {
        var mark = db.select(max(FIGURE_REVISION.ID)).from(FIGURE_REVISION).fetchOne(0, Long.class);
        return db.insertInto(EXPORT_RECORD)
                .set(EXPORT_RECORD.EXPORTED_BY, userId)
                .set(EXPORT_RECORD.KIND, ExportFileKind.lookupLiteral(kind.code()))
                .set(EXPORT_RECORD.FILE_NAME, fileName)
                .set(
                        EXPORT_RECORD.YEAR,
                        scope.year() == null ? null : scope.year().shortValue())
                .set(EXPORT_RECORD.INDICATOR_ID, scope.indicatorId())
                .set(EXPORT_RECORD.REVISION, scope.revision())
                .set(EXPORT_RECORD.DATA_AS_OF, scope.dataAsOf())
                .set(EXPORT_RECORD.REVISION_MARK, mark == null ? 0L : mark)
                .returning(EXPORT_RECORD.ID)
                .fetchSingle(EXPORT_RECORD.ID);
    }

    /** Adds {@code n} to the day's count of a served edition; the first count of it notes the revision mark. */
    void addServed(PublicServings.Key key, long n) {
        db.execute("""
                insert into public_serving (day, kind, year, unit_code, revision, served, revision_mark)
                values (?, ?, ?, ?, ?, ?, (select coalesce(max(id), 0) from figure_revision))
                on conflict (day, kind, year, unit_code, revision) do update set served = public_serving.served + excluded.served
                """, key.day(), key.kind().code(), (short) key.year(), key.unitCode(), key.revision(), n);
    }

    /**
     * The public side's counts, newest day first, each marked superseded when a later edition of the
     * unit's year was served or kept for embedding, or a correction came after the mark (counts are
     * written up to a minute after serving, so the later edition is the surer sign). A pinned embed
     * served today of an edition corrected last week has a mark after the correction: the edition
     * kept when its live chart was drawn is what tells.
     */
    List<PublicServing> servings(int limit) {
        return db.resultQuery("""
                        select s.day, s.kind, s.year, s.unit_code, d.name, s.revision, s.served,
                               exists (
                                 select 1 from public_serving t
                                 where t.year = s.year and t.unit_code = s.unit_code and t.revision > s.revision
                               ) or exists (
                                 select 1 from embed_snapshot e
                                 where e.year = s.year and e.unit_code = s.unit_code and e.edition > s.revision
                               ) or exists (
                                 select 1 from figure f
                                 join period p on p.id = f.period_id
                                 join figure_revision r on r.figure_id = f.id
                                 where p.year = s.year and r.correction and r.id > s.revision_mark
                               ) as superseded
                        from public_serving s
                        left join division d on d.code = s.unit_code
                        order by s.day desc, s.year desc, s.unit_code, s.kind, s.revision desc
                        limit {0}""", DSL.inline(limit))
                .fetch(r -> new PublicServing(
                        r.get("day", java.time.LocalDate.class),
                        PublicServings.Kind.valueOf(r.get("kind", String.class).toUpperCase(Locale.ROOT)),
                        r.get("year", Integer.class),
                        r.get("unit_code", String.class),
                        r.get("name", String.class),
                        r.get("revision", Integer.class),
                        r.get("served", Long.class),
                        Boolean.TRUE.equals(r.get("superseded", Boolean.class))));
    }

    List<ExportRecord> recent(int limit) {
        return db.resultQuery(LIST, DSL.inline(limit))
                .fetch(r -> new ExportRecord(
                        r.get("id", Long.class),
                        r.get("exported_at", OffsetDateTime.class),
                        r.get("exported_by", String.class),
                        ExportKind.valueOf(r.get("kind", String.class).toUpperCase(Locale.ROOT)),
                        r.get("file_name", String.class),
                        new ExportRecord.Data(
                                r.get("year", Integer.class),
                                r.get("short_name_zh", String.class),
                                r.get("short_name_en", String.class),
                                r.get("revision", Integer.class),
                                r.get("data_as_of", OffsetDateTime.class)),
                        Boolean.TRUE.equals(r.get("superseded", Boolean.class))));
    }
}
