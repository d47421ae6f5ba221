package org.minsheng.figure;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A figure row as stored, the service's view of the table. */
record StoredFigure(
        long id,
        CellKey key,
        BigDecimal value,
        boolean notApplicable,
        Status status,
        String explanation,
        String returnReason,
        String correctionReason,
        Integer enteredBy,
        OffsetDateTime enteredAt,
        BigDecimal approvedValue,
        boolean approvedNotApplicable,
        int revision,
        int version) {

    enum Status {
        DRAFT,
        SUBMITTED,
        RETURNED,
        APPROVED
    }

    /** The fields an audit entry shows for this figure. */
    Map<String, Object> auditView() {
        var view = new LinkedHashMap<String, Object>();
        view.put("value", value == null ? null : value.toPlainString());
        view.put("notApplicable", notApplicable);
        view.put("status", status.name());
        if (explanation != null) {
            view.put("explanation", explanation);
        }
        if (returnReason != null) {
            view.put("returnReason", returnReason);
        }
        if (correctionReason != null) {
            view.put("correctionReason", correctionReason);
        }
        view.put("revision", revision);
        return view;
    }
}
