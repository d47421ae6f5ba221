package org.minsheng.importing;

import static org.minsheng.db.Tables.IMPORT_BATCH;

import org.jooq.DSLContext;
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
}
