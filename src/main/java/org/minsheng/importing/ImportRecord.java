package org.minsheng.importing;

import java.time.Instant;
import org.minsheng.period.Period;

/**
 * An import that was committed, as its batch row keeps it. Written in the commit's own transaction,
 * so a file that is not here wrote nothing: what a user who lost their page (a closed tab, a node
 * that died) reads to know whether their import happened.
 *
 * @param period the template's period, or null for a long list spanning periods
 */
public record ImportRecord(
        long id,
        String fileName,
        Period period,
        int rows,
        int newRows,
        int changedRows,
        int unchangedRows,
        Instant importedAt) {}
