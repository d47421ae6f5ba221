package org.minsheng.publication;

import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.INDICATOR_CATEGORY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.minsheng.base.db.AtVersion;
import org.springframework.stereotype.Repository;

@Repository
class PhraseRepository {

    private final DSLContext db;

    PhraseRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The Chinese publication phrase of each indicator that has one, retired or not: the year's own
     * indicators decide which are written, and a year reported before an indicator was retired keeps its
     * sentence.
     */
    Map<Integer, String> chinesePhrases() {
        var phrases = new HashMap<Integer, String>();
        db.select(INDICATOR.ID, INDICATOR.PHRASE_ZH)
                .from(INDICATOR)
                .where(INDICATOR.PHRASE_ZH.isNotNull())
                .forEach(r -> phrases.put(r.value1(), r.value2()));
        return phrases;
    }

    /** Every active indicator with its phrase (null when it has none); the service puts them in catalogue order. */
    List<PhraseEntry> entries() {
        return db.select(
                        INDICATOR.ID,
                        INDICATOR.CODE,
                        INDICATOR.SHORT_NAME_ZH,
                        INDICATOR_CATEGORY.NAME_ZH,
                        INDICATOR.PHRASE_ZH,
                        INDICATOR.VERSION)
                .from(INDICATOR)
                .join(INDICATOR_CATEGORY)
                .on(INDICATOR_CATEGORY.ID.eq(INDICATOR.CATEGORY_ID))
                .where(INDICATOR.RETIRED_ON.isNull())
                .orderBy(INDICATOR.DISPLAY_ORDER, INDICATOR.ID)
                .fetch(r -> new PhraseEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    Optional<PhraseEntry> entry(int indicatorId) {
        return entries().stream().filter(e -> e.indicatorId() == indicatorId).findFirst();
    }

    /** Sets the phrase if nobody changed the indicator since it was read; false otherwise. */
    boolean update(int indicatorId, String phrase, int expectedVersion) {
        return AtVersion.update(
                db.update(INDICATOR).set(INDICATOR.PHRASE_ZH, phrase),
                INDICATOR.ID,
                indicatorId,
                INDICATOR.VERSION,
                expectedVersion);
    }
}
