package org.minsheng.audit;

import java.util.Locale;
import org.minsheng.base.Download;

/**
 * The audit trail as a file, for the link under the trail. The export feature writes it (XLSX, CSV)
 * and records who took it; this interface lets the audit page offer it without depending on export.
 */
public interface AuditDownloads {

    /** The trail under the given filters, newest first, as reviewers and administrators read it. */
    Download auditTrail(AuditQuery query, Download.Format format, Locale locale);
}
