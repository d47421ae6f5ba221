package org.minsheng.figure;

import java.util.List;
import java.util.stream.Collectors;
import org.minsheng.base.RefusedException;
import org.minsheng.division.Division;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.AppUser;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Period-wide submission for a statistician of several districts: a summary of what is ready and
 * what is blocked and why, then every ready district submitted in one action. Each district goes
 * through {@link FigureService#submit}, so its checks and audit entries are the ones of a single
 * submission.
 */
@Service
public class SubmissionService {

    private final FigureService entry;
    private final FigureRepository figures;
    private final PeriodService periods;
    private final CurrentUser currentUser;

    SubmissionService(FigureService entry, FigureRepository figures, PeriodService periods, CurrentUser currentUser) {
        this.entry = entry;
        this.figures = figures;
        this.periods = periods;
        this.currentUser = currentUser;
    }

    /** Every district of the user's scope in the period, with what it would submit or what stops it. */
    @Transactional(readOnly = true)
    public List<DistrictReadiness> readiness(int periodId) {
        var user = currentUser.require(Role.STATISTICIAN);
        return readiness(user, periods.get(periodId));
    }

    /**
     * Submits every ready district of the user's scope, all in one transaction; blocked districts are
     * left as they are and listed in the result. Refused when no district is ready.
     */
    @Transactional
    public SubmitAllResult submitReady(int periodId) {
        var user = currentUser.require(Role.STATISTICIAN);
        var all = readiness(user, periods.getForWriting(periodId));
        var ready = all.stream().filter(DistrictReadiness::ready).toList();
        if (ready.isEmpty()) {
            throw new RefusedException("figure.submit.nothingReady");
        }
        int cells = 0;
        for (var district : ready) {
            cells += entry.submit(periodId, district.division().id()).submitted();
        }
        return new SubmitAllResult(
                ready.size(), cells, all.stream().filter(r -> !r.ready()).toList());
    }

    /** What a period-wide submission did: districts and cells submitted, and the districts left behind. */
    public record SubmitAllResult(int districts, int cells, List<DistrictReadiness> blocked) {}

    private List<DistrictReadiness> readiness(AppUser user, Period period) {
        var scoped = entry.units(user, period);
        // the figures of every scoped district in one read, counted per district
        var waiting = figures
                .findInPeriod(period.id(), scoped.stream().map(Division::id).toList())
                .stream()
                .filter(f -> f.status() == StoredFigure.Status.DRAFT || f.status() == StoredFigure.Status.RETURNED)
                .collect(Collectors.groupingBy(f -> f.key().divisionId(), Collectors.counting()));
        return scoped.stream()
                .map(d -> new DistrictReadiness(
                        d, waiting.getOrDefault(d.id(), 0L).intValue(), entry.blocking(period, d)))
                .toList();
    }
}
