package org.minsheng.importing;

import org.minsheng.audit.AuditLog;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.DivisionService;
import org.minsheng.figure.PeriodByPeriodChecks;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.period.PeriodService;
import org.minsheng.security.CurrentUser;
import org.springframework.context.ApplicationContext;

/**
 * The import as it was before its checks read set-based: the same service over a figure service that
 * checks period by period. The oracle of ImportMatchesPeriodByPeriodTest and the "before" of
 * bench/run.sh import. Not a Spring bean, so its calls need a transaction of the caller's.
 */
public final class PeriodByPeriodImports {

    private PeriodByPeriodImports() {}

    public static ImportService of(ApplicationContext context) {
        return new ImportService(
                PeriodByPeriodChecks.of(context),
                context.getBean(PeriodService.class),
                context.getBean(DivisionService.class),
                context.getBean(IndicatorService.class),
                context.getBean(ImportRepository.class),
                context.getBean(AuditLog.class),
                context.getBean(CurrentUser.class),
                context.getBean(Translations.class));
    }
}
