package org.minsheng.importing;

import static org.mockito.Mockito.mock;

import org.minsheng.audit.AuditLog;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.DivisionService;
import org.minsheng.figure.FigureService;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.period.PeriodService;
import org.minsheng.security.CurrentUser;

/**
 * The import service over mocks of its collaborators: the tests of reading files and of the dry run
 * decide what the catalogue holds and what the figure checks answer, and see what would be written.
 */
abstract class MockedImportService {

    protected final FigureService figures = mock(FigureService.class);
    protected final PeriodService periods = mock(PeriodService.class);
    protected final DivisionService divisions = mock(DivisionService.class);
    protected final IndicatorService indicators = mock(IndicatorService.class);
    protected final ImportRepository batches = mock(ImportRepository.class);
    protected final AuditLog audit = mock(AuditLog.class);
    protected final CurrentUser currentUser = mock(CurrentUser.class);
    protected final ImportService imports = new ImportService(
            figures, periods, divisions, indicators, batches, audit, currentUser, mock(Translations.class));
}
