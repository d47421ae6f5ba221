package org.minsheng.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this installation runs on the demo data: by default only on the embedded database, on a
 * server only with {@code minsheng.demo-data=true}. Decided in one place for the loader and for the
 * startup message that lists the demo's accounts, so the two never disagree.
 */
@Component
public class DemoData {

    private final boolean enabled;

    DemoData(@Value("${minsheng.demo-data:#{null}}") Boolean demoData, ObjectProvider<EmbeddedPostgres> embedded) {
        this.enabled = demoData != null ? demoData : embedded.getIfAvailable() != null;
    }

    public boolean enabled() {
        return enabled;
    }
}
