package org.minsheng.publication;

import java.util.regex.Pattern;
import org.minsheng.base.Download;
import org.minsheng.base.RefusedException;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartDownloads;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.division.DivisionService;
import org.minsheng.provenance.ExportKind;
import org.minsheng.provenance.ExportScope;
import org.minsheng.provenance.ProvenanceService;
import org.minsheng.publication.render.ChartFrame;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images for publication: a dashboard chart in its publication frame, and the year's headline
 * card. Each is read from the dashboard's own read model, so it shows the screen's numbers, and
 * each is recorded with the data edition it shows.
 */
@Service
public class PublicationImageService implements ChartDownloads {

    /**
     * The longest note a chart takes, in characters after any label typed: the footer's line holds
     * 1,072 of the figure's 1,200 units at 16 to the em, so 注： and 60 full-width characters (992) fit
     * and the painter never has to cut the note with 「…」, which it did silently at about 65.
     */
    public static final int NOTE_LENGTH = 60;

    /** A label the user typed before the note: the frame writes 注： itself, and printed 「注：注：…」. */
    private static final Pattern NOTE_LABEL = Pattern.compile("^(?:注|note)\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);

    private final DashboardService dashboards;
    private final ChartImages charts;
    private final HeadlineCard card;
    private final ProvenanceService provenance;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final UnitYears units;
    private final UnitPublicationService unitPublications;
    private final DivisionService divisions;

    PublicationImageService(
            DashboardService dashboards,
            ChartImages charts,
            HeadlineCard card,
            ProvenanceService provenance,
            CurrentUser currentUser,
            Translations translations,
            UnitYears units,
            UnitPublicationService unitPublications,
            DivisionService divisions) {
        this.units = units;
        this.unitPublications = unitPublications;
        this.divisions = divisions;
        this.dashboards = dashboards;
        this.charts = charts;
        this.card = card;
        this.provenance = provenance;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    /** The chart as the dashboard shows it for this filter and indicator, framed for publication. */
    @Override
    @Transactional
    public Download chart(ChartRequest request) {
        requireExporter();
        var note = note(request.note());
        var data = dashboards.dashboard(request.filter());
        // the heat-map shows every indicator with district targets; the other charts the one asked for
        var indicator = !request.kind().ofOneIndicator()
                ? null
                : data.districtIndicators().stream()
                        .filter(i -> i.code().equals(request.indicatorCode()))
                        .findFirst()
                        .orElseThrow(
                                () -> new RefusedException("dashboards.indicator.unknown", request.indicatorCode()));
        var model = charts.model(data, indicator, request.kind(), note);
        var bytes = charts.render(model, request.size(), request.format());
        var name = t(
                "publication.chart.fileName",
                data.focus().name(),
                String.valueOf(request.filter().year()),
                indicator == null ? t("publication.chart.allIndicators") : indicator.shortNameZh(),
                t(request.kind().nameKey(data.rankedLevel())),
                t("publication.chart.size." + request.size().name().toLowerCase()),
                request.format().extension,
                data.edition().inFileName(this::t));
        provenance.record(
                request.format() == ImageFormat.PNG ? ExportKind.CHART_PNG : ExportKind.CHART_SVG,
                name,
                new ExportScope(
                        request.filter().year(),
                        indicator == null ? null : indicator.id(),
                        data.edition().recorded(),
                        data.dataAsOf()));
        return new Download(name, request.format().contentType, bytes);
    }

    /** The year's headline figures as a 1080-pixel-wide PNG for WeChat: the root's, or a scoped reader's own unit's. */
    @Transactional
    public Download headlineCard(int year) {
        return headlineCard(year, null);
    }

    /**
     * A unit's headline figures (null: the root, or a scoped reader's own unit): its own values and
     * edition, its name in the subtitle and its commission as the source.
     */
    @Transactional
    public Download headlineCard(int year, String division) {
        requireExporter();
        var unitYear = units.read(year, division);
        var data = unitYear.data();
        var published = unitPublications.edition(data.city(), year);
        var edition = published.shown();
        // totals of only some units say so at the card's foot, as the year-in-review says it under its lede;
        // the demo's figures say so under that, as the PDF says it at its end
        var frame = new ChartFrame(
                t(
                        "publication.chart.source",
                        t(data.city().level().issuerKey(), data.city().name())),
                charts.asOf(data.dataAsOf(), edition),
                CoverageNote.of(unitYear.page(), Translations.CHINESE, translations)
                        .map(note -> t("publication.chart.note", note))
                        .orElse(null),
                charts.illustrative(unitYear.page()));
        var bytes = card.png(data, published, frame);
        var name = data.city().id() == divisions.city().id()
                ? t("publication.card.fileName", String.valueOf(year), edition.inFileName(this::t))
                : t(
                        "publication.card.unitFileName",
                        String.valueOf(year),
                        data.city().name(),
                        edition.inFileName(this::t));
        provenance.record(ExportKind.CARD_PNG, name, ExportScope.year(year, edition.recorded(), data.dataAsOf()));
        return new Download(name, ImageFormat.PNG.contentType, bytes);
    }

    /** The note as drawn after 注：, without a label typed before it; null for none; refused when too long. */
    private static String note(String typed) {
        if (typed == null) {
            return null;
        }
        var note = NOTE_LABEL.matcher(typed.strip()).replaceFirst("").strip();
        if (note.length() > NOTE_LENGTH) {
            throw new RefusedException("publication.export.noteTooLong", NOTE_LENGTH);
        }
        return note.isEmpty() ? null : note;
    }

    private void requireExporter() {
        currentUser.require(Role.COMMUNICATIONS, Role.LEADER, Role.REVIEWER, Role.ADMINISTRATOR);
    }

    private String t(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.CHINESE, parameters);
    }
}
