package org.minsheng.figure;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A figure row as stored, the service's view of the table, in the same parts as the {@link Cell}
 * it becomes: what was typed, the workflow's reasons, who entered it, and the approved value.
 */
record StoredFigure(
        long id,
        CellKey key,
        Cell.Entry working,
        Status status,
        Reasons reasons,
        Entered entered,
        Cell.Approved approved,
        int version) {

    /** Why a reviewer returned it, and why a published figure is being corrected. */
    record Reasons(String returnReason, String correctionReason) {}

    /** Who last wrote the working value, and when. */
    record Entered(Integer by, OffsetDateTime at) {}

    BigDecimal value() {
        return working.value();
    }

    boolean notApplicable() {
        return working.notApplicable();
    }

    String explanation() {
        return working.explanation();
    }

    String returnReason() {
        return reasons.returnReason();
    }

    String correctionReason() {
        return reasons.correctionReason();
    }

    Integer enteredBy() {
        return entered.by();
    }

    OffsetDateTime enteredAt() {
        return entered.at();
    }

    BigDecimal approvedValue() {
        return approved.value();
    }

    boolean approvedNotApplicable() {
        return approved.notApplicable();
    }

    int revision() {
        return approved.revision();
    }

    enum Status {
        DRAFT,
        SUBMITTED,
        RETURNED,
        APPROVED
    }

    /** The fields an audit entry shows for this figure. */
    Map<String, Object> auditView() {
        var view = new LinkedHashMap<String, Object>();
        view.put("value", value() == null ? null : value().toPlainString());
        view.put("notApplicable", notApplicable());
        view.put("status", status.name());
        if (explanation() != null) {
            view.put("explanation", explanation());
        }
        if (returnReason() != null) {
            view.put("returnReason", returnReason());
        }
        if (correctionReason() != null) {
            view.put("correctionReason", correctionReason());
        }
        view.put("revision", revision());
        return view;
    }
}
