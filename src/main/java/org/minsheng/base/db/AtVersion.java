package org.minsheng.base.db;

import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;

/**
 * The optimistic update every administration page uses: the changes apply only to the row at the
 * version its editor read, and bump that version, so the second of two editors is told to reload
 * instead of silently overwriting the first. Written once so that no repository can forget the bump.
 */
public final class AtVersion {

    private AtVersion() {}

    /**
     * Applies the changes to row {@code id} if it is still at {@code version} (and meets the other
     * conditions); false when someone changed it first or it no longer qualifies.
     */
    public static <R extends Record> boolean update(
            UpdateSetMoreStep<R> changes,
            TableField<R, Integer> idField,
            int id,
            TableField<R, Integer> versionField,
            int version,
            Condition... alsoRequired) {
        return changes.set(versionField, versionField.plus(1))
                        .where(idField.eq(id))
                        .and(versionField.eq(version))
                        .and(DSL.and(alsoRequired))
                        .execute()
                == 1;
    }
}
