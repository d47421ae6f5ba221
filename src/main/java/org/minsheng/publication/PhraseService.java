package org.minsheng.publication;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.RefusedException;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the per-indicator phrases of the year-in-review, for administrators and communications
 * staff: a phrase with an unknown placeholder is refused at save with the placeholder named, a
 * preview shows the sentence with the year's figures, and every change is audited.
 */
@Service
public class PhraseService {

    private final PhraseRepository phrases;
    private final PublicationService publications;
    private final DashboardService dashboards;
    private final IndicatorService indicators;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    PhraseService(
            PhraseRepository phrases,
            PublicationService publications,
            DashboardService dashboards,
            IndicatorService indicators,
            CurrentUser currentUser,
            AuditLog audit) {
        this.phrases = phrases;
        this.publications = publications;
        this.dashboards = dashboards;
        this.indicators = indicators;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PhraseEntry> phrases() {
        currentUser.require(Role.COMMUNICATIONS, Role.ADMINISTRATOR);
        // the catalogue's one order (category, then 排序): by 排序 alone a new indicator came last on this list
        // while every other page placed it in its category (a tester's tour)
        var order = new HashMap<Integer, Integer>();
        var active = indicators.activeIndicators();
        for (int i = 0; i < active.size(); i++) {
            order.put(active.get(i).id(), i);
        }
        return phrases.entries().stream()
                .sorted(Comparator.comparingInt(e -> order.getOrDefault(e.indicatorId(), Integer.MAX_VALUE)))
                .toList();
    }

    /** The sentence this template gives with the year's approved figures; a missing one shows the gap marker. */
    @Transactional(readOnly = true)
    public PhrasePreview preview(int indicatorId, String template, int year) {
        currentUser.require(Role.COMMUNICATIONS, Role.ADMINISTRATOR);
        var indicator = dashboards.cityYear(year).indicators().stream()
                .filter(i -> i.id() == indicatorId)
                .findFirst()
                .orElseThrow(() -> new RefusedException("publication.phrase.error.noIndicator"));
        var text = template == null ? "" : template.strip();
        return new PhrasePreview(publications.preview(text, indicator, year), PhraseTemplate.unknownPlaceholders(text));
    }

    @Transactional
    public void save(int indicatorId, String template, int expectedVersion) {
        var user = currentUser.require(Role.COMMUNICATIONS, Role.ADMINISTRATOR);
        var text = template == null ? "" : template.strip();
        if (text.isEmpty()) {
            throw new RefusedException("publication.phrase.error.empty");
        }
        var unknown = PhraseTemplate.unknownPlaceholders(text);
        if (!unknown.isEmpty()) {
            throw new RefusedException(
                    "publication.phrase.error.unknownPlaceholder",
                    String.join("、", unknown.stream().map(p -> "{" + p + "}").toList()));
        }
        var old = phrases.entry(indicatorId)
                .orElseThrow(() -> new RefusedException("publication.phrase.error.noIndicator"));
        if (!phrases.update(indicatorId, text, expectedVersion)) {
            throw new RefusedException("publication.phrase.error.changed");
        }
        var before = new HashMap<String, Object>();
        before.put("phrase_zh", old.template());
        var after = new HashMap<String, Object>();
        after.put("phrase_zh", text);
        audit.record(
                user.id(),
                AuditEvent.of("phrase.update", "indicator", indicatorId, before, after, null, AuditEvent.Source.FORM));
    }
}
