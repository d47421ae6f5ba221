package org.minsheng.period;

import java.util.List;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reporting periods: which are open, closed or published, and how far their review has got. */
@Service
@Transactional(readOnly = true)
public class PeriodService {

    private final PeriodRepository periods;
    private final CurrentUser currentUser;

    PeriodService(PeriodRepository periods, CurrentUser currentUser) {
        this.periods = periods;
        this.currentUser = currentUser;
    }

    /** Every period, newest first, with its cells counted by state; for the city's reviewers. */
    public List<PeriodOverview> overview() {
        currentUser.require(Role.REVIEWER, Role.ADMINISTRATOR);
        return periods.overview();
    }
}
