package org.minsheng.support;

import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * The plan PostgreSQL makes for a statement as the application sends it: jOOQ's SQL with its bind
 * values bound by jOOQ, not inlined, because whether a value is a literal or a parameter is what decides
 * if a partial index can be used. Sequential scans are off for the one transaction, so a demo-sized
 * table does not hide an unusable index behind a cheap scan.
 */
public final class QueryPlans {

    private QueryPlans() {}

    public static String explain(DSLContext db, Query query) {
        return db.transactionResult(configuration -> {
            var tx = configuration.dsl();
            tx.execute("set local enable_seqscan = off");
            return tx
                    .resultQuery(
                            "explain " + query.getSQL(), query.getBindValues().toArray())
                    .fetch()
                    .stream()
                    .map(r -> r.get(0, String.class))
                    .collect(Collectors.joining("\n"));
        });
    }
}
