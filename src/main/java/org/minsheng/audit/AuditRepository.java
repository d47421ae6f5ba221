package org.minsheng.audit;

import static org.minsheng.db.Tables.AUDIT_ENTRY;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.minsheng.db.enums.ChangeSource;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AuditRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    long insert(Integer actorId, AuditEvent event) {
        return db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ACTOR_ID, actorId)
                .set(AUDIT_ENTRY.ACTION, event.action())
                .set(AUDIT_ENTRY.ENTITY, event.entity())
                .set(AUDIT_ENTRY.ENTITY_ID, event.entityId())
                .set(AUDIT_ENTRY.OLD_VALUE, json(event.oldValue()))
                .set(AUDIT_ENTRY.NEW_VALUE, json(event.newValue()))
                .set(AUDIT_ENTRY.REASON, event.reason())
                // by literal: jOOQ names the constant for 'import' import_, a Java keyword
                .set(AUDIT_ENTRY.SOURCE, ChangeSource.lookupLiteral(event.source().name().toLowerCase()))
                .returning(AUDIT_ENTRY.ID)
                .fetchSingle(AUDIT_ENTRY.ID);
    }

    private static JSONB json(Map<String, ?> value) {
        return value == null ? null : JSONB.valueOf(JSON.writeValueAsString(value));
    }
}
