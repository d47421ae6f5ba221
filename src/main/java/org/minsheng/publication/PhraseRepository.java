package org.minsheng.publication;

import static org.minsheng.db.Tables.INDICATOR;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PhraseRepository {

    private final DSLContext db;

    PhraseRepository(DSLContext db) {
        this.db = db;
    }

    /** The Chinese publication phrase of each indicator that has one. */
    Map<Integer, String> chinesePhrases() {
        var phrases = new HashMap<Integer, String>();
        db.select(INDICATOR.ID, INDICATOR.PHRASE_ZH).from(INDICATOR)
                .where(INDICATOR.PHRASE_ZH.isNotNull()).and(INDICATOR.RETIRED_ON.isNull())
                .forEach(r -> phrases.put(r.value1(), r.value2()));
        return phrases;
    }
}
