package org.minsheng.support;

import static org.minsheng.support.SignedIn.as;

import org.jooq.DSLContext;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;

/** The correction most tests make of a published year: 芗城区's December schools, by the reviewer. */
public final class Corrections {

    private Corrections() {}

    /** Sets 芗城区's December 2020 count of schools with meals to {@code value}, with the reason. */
    public static void reviseXiangchengDecember(DSLContext db, ReviewService reviews, String value, String reason) {
        var december = Catalogue.figure(db, "meal_schools", "350602", 2020, 12);
        as(
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        new CellKey(december.getIndicatorId(), december.getDivisionId(), december.getPeriodId()),
                        value,
                        false,
                        null,
                        december.getVersion(),
                        reason)));
    }
}
