package org.minsheng.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minsheng.base.db.ReadOnce;
import org.minsheng.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator catalogue and its targets, as read by every other feature and every signed-in user. */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final TargetAdminRepository targets;
    private final CurrentUser currentUser;

    IndicatorService(IndicatorRepository indicators, TargetAdminRepository targets, CurrentUser currentUser) {
        this.indicators = indicators;
        this.targets = targets;
        this.currentUser = currentUser;
    }

    /** Indicators in use, in the order of their category and then their own display order. */
    public List<Indicator> activeIndicators() {
        currentUser.requireSignedIn();
        // an import's dry run maps its file with the catalogue, then checks it with it
        return new ArrayList<>(ReadOnce.inTransaction(List.of("activeIndicators"), indicators::findActive));
    }

    /**
     * The indicators of a year, in catalogue order: those in use today, and those retired since, for a year
     * they were reported in; not one created after the year was published. Its pages, exports and year in
     * review read these, so a published year keeps the indicators it was published with.
     */
    public List<Indicator> indicatorsOf(int year) {
        currentUser.requireSignedIn();
        return new ArrayList<>(
                ReadOnce.inTransaction(List.of("indicatorsOf", year), () -> indicators.findOfYear(year)));
    }

    /**
     * The indicators a sheet of the year offers: in use today and of the year (not one created after it was
     * published), in catalogue order. One read, where the sheet used to read the catalogue twice and keep
     * what both lists held.
     */
    public List<Indicator> activeIndicatorsOf(int year) {
        currentUser.requireSignedIn();
        return new ArrayList<>(
                ReadOnce.inTransaction(List.of("activeIndicatorsOf", year), () -> indicators.findActiveOfYear(year)));
    }

    public List<Target> targets(int divisionId, int year) {
        currentUser.requireSignedIn();
        return indicators.findTargets(divisionId, year);
    }

    /** The targets of a year for the city and each of its districts. */
    public List<Target> targetsUnder(int divisionId, int year) {
        currentUser.requireSignedIn();
        return indicators.findTargetsUnder(divisionId, year);
    }

    /**
     * Why a unit's target of the year is not the one first published: its revisions with their reasons,
     * oldest first, as the year-in-review's 修订说明 states them. Whose unit it may be is the caller's to
     * check (the dashboard's reading scope).
     */
    public List<TargetRevision> targetRevisions(int indicatorId, int divisionId, int year) {
        currentUser.requireSignedIn();
        return targets.revisions(indicatorId, divisionId, year);
    }

    /** What an indicator's page explains: its definition (口径), lead department, ratio parts. */
    public Optional<IndicatorProfile> profile(String code) {
        currentUser.requireSignedIn();
        return indicators.findProfile(code);
    }
}
