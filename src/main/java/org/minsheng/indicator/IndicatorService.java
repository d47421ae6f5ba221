package org.minsheng.indicator;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator catalogue and its targets, as read by every other feature. */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorRepository indicators;

    IndicatorService(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    /** Indicators in use, in the order of their category and then their own display order. */
    public List<Indicator> activeIndicators() {
        return indicators.findActive();
    }

    public List<Target> targets(int divisionId, int year) {
        return indicators.findTargets(divisionId, year);
    }

    /** The targets of a year for the city and each of its districts. */
    public List<Target> targetsUnder(int divisionId, int year) {
        return indicators.findTargetsUnder(divisionId, year);
    }

    /** What an indicator's page explains: its definition (口径), lead department, ratio parts. */
    public Optional<IndicatorProfile> profile(String code) {
        return indicators.findProfile(code);
    }
}
