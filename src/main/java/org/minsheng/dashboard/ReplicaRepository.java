package org.minsheng.dashboard;

import java.time.Duration;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.minsheng.base.db.ReadReplica;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * The dashboards' roll-ups on the streaming replica, when the installation has one: the same
 * repositories, on the replica's connections. They read there only inside {@link ReadReplica#read}
 * on {@link ReadReplica.Server#REPLICA}, which checks that the replica is recent enough first.
 */
@Repository
class ReplicaRepository {

    /** A page's figures and the acceptances that decide what its totals count, on one server. */
    record Sources(DashboardRepository dashboards, AcceptanceRepository acceptances) {}

    private final Optional<Sources> sources;

    @Autowired
    ReplicaRepository(
            ReadReplica replica,
            DSLContext primary,
            @Value("${minsheng.dashboard.live-window-limit:15s}") Duration liveWindowLimit) {
        this(replica.dataSource().map(dataSource -> {
            // the primary's settings (dialect, listeners), on the replica's connections
            var db = DSL.using(primary.configuration().derive(dataSource));
            return new Sources(new DashboardRepository(db, liveWindowLimit), new AcceptanceRepository(db));
        }));
    }

    private ReplicaRepository(Optional<Sources> sources) {
        this.sources = sources;
    }

    /** An installation without a replica. */
    static ReplicaRepository none() {
        return new ReplicaRepository(Optional.empty());
    }

    Optional<Sources> sources() {
        return sources;
    }
}
