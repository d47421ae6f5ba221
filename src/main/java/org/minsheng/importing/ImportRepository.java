package org.minsheng.importing;

import static org.minsheng.db.Tables.DATA_VERSION;
import static org.minsheng.db.Tables.IMPORT_BATCH;

import java.util.List;
import java.util.function.IntFunction;
import org.jooq.DSLContext;
import org.minsheng.period.Period;
import org.springframework.stereotype.Repository;

@Repository
class ImportRepository {

    private final DSLContext db;

    ImportRepository(DSLContext db) {
        this.db = db;
    }

    long insertBatch(ImportPreview preview, Integer periodId, int userId) {
        return db.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.FILE_NAME, preview.fileName())
                .set(IMPORT_BATCH.SHA256, preview.sha256())
                .set(IMPORT_BATCH.PERIOD_ID, periodId)
                .set(IMPORT_BATCH.ROWS_TOTAL, preview.rows())
                .set(IMPORT_BATCH.ROWS_NEW, preview.newRows())
                .set(IMPORT_BATCH.ROWS_CHANGED, preview.changedRows())
                .set(IMPORT_BATCH.ROWS_UNCHANGED, preview.unchangedRows())
                .set(IMPORT_BATCH.IMPORTED_BY, userId)
                .returning(IMPORT_BATCH.ID)
                .fetchSingle(IMPORT_BATCH.ID);
    }

    /**
     * The version moved by every change to what a file is mapped against (periods, divisions, the
     * catalogue: V113), compared for equality only. A file's mapping is a function of its bytes and of
     * these, so the commit can take its dry run's mapping while this is unchanged.
     */
    Object structureVersion() {
        var r = db.select(DATA_VERSION.STRUCTURE_N, DATA_VERSION.STRUCTURE_XACT)
                .from(DATA_VERSION)
                .fetchSingle();
        return List.of(r.value1(), r.value2());
    }

    /** The batches with their period's id where the record wants the period: the service looks it up. */
    List<ImportRecord> recentBatches(int userId, int limit, IntFunction<Period> period) {
        return db.selectFrom(IMPORT_BATCH)
                .where(IMPORT_BATCH.IMPORTED_BY.eq(userId))
                .orderBy(IMPORT_BATCH.ID.desc())
                .limit(limit)
                .fetch(r -> new ImportRecord(
                        r.getId(),
                        r.getFileName(),
                        r.getPeriodId() == null ? null : period.apply(r.getPeriodId()),
                        r.getRowsTotal(),
                        r.getRowsNew(),
                        r.getRowsChanged(),
                        r.getRowsUnchanged(),
                        r.getImportedAt().toInstant()));
    }
}
