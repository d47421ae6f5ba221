package org.minsheng.figure;

/**
 * The figure service checking an import period by period, as it did before its reads were set-based:
 * the oracle the import's checks are compared with (ImportMatchesPeriodByPeriodTest). Use it inside a
 * transaction of the test's own; it is not a Spring bean.
 */
public final class PeriodByPeriodChecks {

    private PeriodByPeriodChecks() {}

    public static FigureService of(FigureService service) {
        return service.checkingPeriodByPeriod();
    }
}
