package org.minsheng.provenance;

import java.util.List;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each exported file and lists them with those whose figures were corrected afterwards.
 * The exporting services call {@link #record} after building the file, in their own checks' name.
 */
@Service
public class ProvenanceService {

    private static final int LIST_LIMIT = 500;

    private final ProvenanceRepository records;
    private final PublicServings servings;
    private final CurrentUser currentUser;

    ProvenanceService(ProvenanceRepository records, CurrentUser currentUser, PublicServings servings) {
        this.records = records;
        this.servings = servings;
        this.currentUser = currentUser;
    }

    /** Notes that the signed-in user has just taken this file; joins the exporter's transaction if any. */
    @Transactional
    public long record(ExportKind kind, String fileName, ExportScope scope) {
        return records.insert(currentUser.get().id(), kind, fileName, scope);
    }

    /**
     * What the public side served, per day, kind, unit year and edition, newest first (this node's
     * latest counts written first), each marked when a correction came after its edition.
     */
    @Transactional(readOnly = true)
    public List<PublicServing> publicServings() {
        currentUser.require(Role.COMMUNICATIONS, Role.REVIEWER, Role.ADMINISTRATOR);
        servings.write();
        return records.servings(LIST_LIMIT);
    }

    /** The newest exports first, each marked when a figure it used has since been corrected. */
    @Transactional(readOnly = true)
    public List<ExportRecord> recent() {
        currentUser.require(Role.COMMUNICATIONS, Role.REVIEWER, Role.ADMINISTRATOR);
        return records.recent(LIST_LIMIT);
    }
}
