package org.minsheng.figure;

import org.minsheng.audit.AuditLog;
import org.minsheng.division.DivisionService;
import org.minsheng.period.PeriodService;
import org.minsheng.security.CurrentUser;
import org.springframework.context.ApplicationContext;

/**
 * The figure service checking an import period by period, as it did before its reads were set-based:
 * the oracle the import's checks are compared with (ImportMatchesPeriodByPeriodTest). Use it inside a
 * transaction of the test's own; it is not a Spring bean.
 */
public final class PeriodByPeriodChecks {

    private PeriodByPeriodChecks() {}

    public static FigureService of(ApplicationContext context) {
        return new FigureService(
                context.getBean(FigureRepository.class),
                context.getBean(ImportDraftRepository.class),
                context.getBean(CellAssembler.class),
                context.getBean(PeriodService.class),
                context.getBean(DivisionService.class),
                context.getBean(CurrentUser.class),
                context.getBean(AuditLog.class),
                context.getBean(FigureBatch.class).periodByPeriod(),
                context.getBean(UnitLockRepository.class));
    }
}
