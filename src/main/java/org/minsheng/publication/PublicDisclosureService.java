package org.minsheng.publication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.minsheng.base.PublishedYearRevising;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartEmbeds;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.EmbedCode;
import org.minsheng.dashboard.IllustrativeNote;
import org.minsheng.division.DivisionService;
import org.minsheng.security.PublicReading;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read without signing in: a unit's year once it is published (the unit released it,
 * or the review page published every period of the year), as its year-in-review shows it. Nothing
 * else: no draft, submission or return, no year or period not yet published, no user's name and no
 * explanation (情况说明) of a figure; a correction appears once approved, with its reason, as the
 * publication prints it. The check is made here, before the read, which runs as the public
 * ({@link PublicReading}); nothing else reads as the public.
 */
@Service
public class PublicDisclosureService implements ChartEmbeds {

    private final PublicationService publications;
    private final UnitPublicationRepository releases;
    private final DivisionService divisions;
    private final DashboardService dashboards;
    private final PublicReading asPublic;
    private final EmbedRepository embeds;
    private final UnitYears units;

    /** The charts of one indicator an embed may show besides the ranking (the trend, this year against last, the years). */
    private static final List<ChartKind> ONE_INDICATOR_KINDS = Arrays.stream(ChartKind.values())
            .filter(kind -> kind.ofOneIndicator() && kind != ChartKind.RANKING)
            .toList();

    PublicDisclosureService(
            EmbedRepository embeds,
            UnitYears units,
            PublicationService publications,
            UnitPublicationRepository releases,
            DivisionService divisions,
            DashboardService dashboards,
            PublicReading asPublic) {
        this.publications = publications;
        this.releases = releases;
        this.divisions = divisions;
        this.dashboards = dashboards;
        this.asPublic = asPublic;
        this.embeds = embeds;
        this.units = units;
    }

    /**
     * The unit's year (code null: the root) when it is published; empty when it is not, or when the
     * code names no unit, so that a visitor cannot tell an unpublished year from one that never was.
     */
    @Transactional(readOnly = true)
    public Optional<PublicYear> year(int year, String code) {
        return year(year, code, Translations.CHINESE);
    }

    /**
     * The unit's year as {@link #year(int, String)} gives it, its headline lines in a language (the
     * public page in English): what the system words, names and measures follow it; the lede and the
     * revisions' reasons are the editors' Chinese.
     */
    private Optional<PublicYear> year(int year, String code, Locale locale) {
        return asPublic.read(() -> {
            if (!released(year, code)) {
                return Optional.empty();
            }
            var review = publications.review(year, code, locale);
            var charts = new ArrayList<>(publications.rankings(review, code).values());
            return Optional.of(new PublicYear(
                    unitCode(code),
                    review,
                    charts,
                    dashboards.illustrativeNote(year, review.data().city()).orElse(null)));
        });
    }

    /**
     * A month (1–12) of the unit's year (code null: the root) when the year is published, at the year's
     * current edition; empty when it is not, when the code names no unit, or when there is no such month.
     * A month is published with its year, never on its own: the year is what a unit releases.
     */
    @Transactional(readOnly = true)
    public Optional<PublicMonth> month(int year, String code, int month) {
        // the dashboard's filter would clamp month 13 to December and answer for a month nobody asked for
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return asPublic.read(() -> {
            if (!released(year, code)) {
                return Optional.empty();
            }
            return Optional.of(new PublicMonth(
                    unitCode(code), month, publications.month(year, code, month), publications.edition(year, code)));
        });
    }

    /**
     * The gate: the unit is the installation's (the root or below it), existed in the year and its year is
     * out for the public.
     */
    private boolean released(int year, String code) {
        var id = units.unitId(code);
        return id.isPresent() && releases.released(id.get(), year) && releases.existedIn(id.get(), year);
    }

    private String unitCode(String code) {
        return code == null ? divisions.city().code() : code;
    }

    /** Every published year of the root and every unit year released on its own, newest first. */
    @Transactional(readOnly = true)
    public List<PublicYear.Listing> published() {
        return asPublic.read(() -> {
            var root = divisions.city();
            var listings = new ArrayList<PublicYear.Listing>();
            releases.wholeYearsPublished()
                    .forEach(year -> listings.add(new PublicYear.Listing(root.code(), root.name(), year)));
            releases.releases().stream()
                    .map(r -> new PublicYear.Listing(r.code(), r.name(), r.year()))
                    .filter(listing -> !listings.contains(listing))
                    .forEach(listings::add);
            return List.copyOf(listings);
        });
    }

    /**
     * A chart of a unit's published year as a live embed shows it, at the current edition; that edition's
     * chart is kept for pinned embeds, in Chinese and in English ({@link EmbeddedChart#in}). Empty when
     * the year is not published, or the unit's page draws no such chart of the indicator (a ranking needs
     * units below and a charted indicator; the heat-map is of every indicator and is not embedded).
     */
    @Transactional
    public Optional<ServedEmbed> embed(int year, String code, String indicator, ChartKind kind) {
        var current = current(year, code, indicator, kind);
        current.ifPresent(c -> embeds.keep(c.chart()));
        return current.map(c -> c.served(c.chart()));
    }

    @Override
    @Transactional
    public Optional<EmbedCode> embedCode(int year, String unitCode, String indicator, ChartKind kind, Locale locale) {
        return embed(year, unitCode, indicator, kind)
                .map(ServedEmbed::chart)
                .map(chart -> new EmbedCode(
                        chart.year(),
                        chart.unitCode(),
                        indicator,
                        kind,
                        chart.edition(),
                        chart.in(locale).content().title()));
    }

    /**
     * The chart a pinned embed of {@code edition} shows: as kept when that edition was offered or
     * superseded ({@link #revising}), with the current edition beside it, and the revisions behind the
     * edition it shows. Empty when no such edition of the chart was ever public.
     */
    @Transactional
    public Optional<ServedEmbed> pinned(int year, String code, String indicator, ChartKind kind, int edition) {
        var live = current(year, code, indicator, kind);
        if (live.isEmpty()) {
            return Optional.empty();
        }
        var chart = live.get().chart();
        embeds.keep(chart);
        return embeds.find(year, chart.unitCode(), indicator, kind, edition)
                .map(kept -> live.get().served(kept.now(chart)));
    }

    /**
     * The unit's year as {@link #year} gives it, for its public page in a language: the current edition
     * of each of its charts is kept as well, so the pinned embed codes the page offers stay true after a
     * correction.
     */
    @Transactional
    public Optional<PublicYear> yearForPage(int year, String code, Locale locale) {
        var page = year(year, code, locale);
        page.ifPresent(p -> p.charts()
                .forEach(chart ->
                        embeds.keep(embedded(p.review(), p.code(), chart, ChartKind.RANKING, p.illustrative()))));
        return page;
    }

    /**
     * The chart an embed shows now, with the year's edition and the chart's indicator, which say what
     * revisions stand behind it (the live edition's, or a pinned older one's).
     */
    private record Current(EmbeddedChart chart, Edition edition, int indicatorId) {

        ServedEmbed served(EmbeddedChart shown) {
            return new ServedEmbed(shown, edition.revisionsOf(indicatorId, shown.edition()));
        }
    }

    private Optional<Current> current(int year, String code, String indicator, ChartKind kind) {
        if (kind == ChartKind.RANKING) {
            // the page's own rankings: an embed shows exactly the chart the public page shows
            return year(year, code)
                    .flatMap(page -> page.charts().stream()
                            .filter(c -> c.indicator().code().equals(indicator))
                            .findFirst()
                            .map(c -> current(page.review(), page.code(), c, ChartKind.RANKING, page.illustrative())));
        }
        if (!kind.ofOneIndicator()) {
            return Optional.empty();
        }
        return asPublic.read(() -> released(year, code)
                ? drawn(publications.review(year, code), code, List.of(kind), (i, k) -> i.equals(indicator)).stream()
                        .findFirst()
                : Optional.empty());
    }

    /**
     * Before a revision supersedes editions (an approved correction, an approval after a unit released its
     * year, a target changed with its reason), keeps every chart that each published unit year of the
     * revised units' line embeds, at the edition still current, in the revising transaction: a pinned embed
     * of that edition, whose address anyone can form from the live one's 第n版, answered 404 once superseded
     * when nobody had offered it before (a stranger's tour). Kept here, not drawn again later, because the
     * product cannot draw a superseded edition exactly: it keeps each figure's approved values, but not the
     * rollups, targets, names and notes as of an edition. Kept when superseded, not when made, because a year
     * published whole on the review page makes a first edition of every unit at once, and few of them are
     * ever revised.
     */
    @EventListener
    void revising(PublishedYearRevising revision) {
        embeds.linesUp(revision.divisionIds()).forEach(code -> keepEveryChart(revision.year(), code));
    }

    /**
     * Draws and keeps the charts of the unit's year at its current edition that are not kept yet: drawing is
     * what costs the approval's transaction, and a chart of an edition, once kept, never changes (an edition
     * offered on its page, or embedded live, had its charts kept then).
     */
    private void keepEveryChart(int year, String code) {
        asPublic.read(() -> released(year, code) ? unkept(year, code) : List.<EmbeddedChart>of())
                .forEach(embeds::keep);
    }

    private List<EmbeddedChart> unkept(int year, String code) {
        var review = publications.review(year, code);
        var unit = unitCode(code);
        var kept = embeds.kept(year, unit, review.revision());
        var illustrative = illustrative(review);
        var charts = new ArrayList<EmbeddedChart>();
        publications
                .rankings(review, code, i -> !kept.contains(new EmbedRepository.Kept(i, ChartKind.RANKING)))
                .values()
                .forEach(chart -> charts.add(embedded(review, unit, chart, ChartKind.RANKING, illustrative)));
        drawn(review, code, ONE_INDICATOR_KINDS, (i, kind) -> !kept.contains(new EmbedRepository.Kept(i, kind)))
                .forEach(current -> charts.add(current.chart()));
        return charts;
    }

    /**
     * The charts of the kinds asked (of one indicator each; a ranking comes from the page) of each indicator
     * asked of its kind, as embeds show them; for a caller reading as the public a year it checked is out.
     */
    private List<Current> drawn(
            YearInReview review, String code, List<ChartKind> kinds, BiPredicate<String, ChartKind> indicators) {
        var unit = unitCode(code);
        var illustrative = illustrative(review);
        return kinds.stream()
                .flatMap(kind -> publications.drawn(review.year(), code, i -> indicators.test(i, kind), kind).stream()
                        .map(drawn -> current(review, unit, drawn, kind, illustrative)))
                .toList();
    }

    private IllustrativeNote illustrative(YearInReview review) {
        return dashboards.illustrativeNote(review.year(), review.data().city()).orElse(null);
    }

    private static Current current(
            YearInReview review,
            String unitCode,
            PublicYear.Chart chart,
            ChartKind kind,
            IllustrativeNote illustrative) {
        return new Current(
                embedded(review, unitCode, chart, kind, illustrative),
                review.edition(),
                chart.indicator().id());
    }

    /**
     * The chart as an embed shows it, its words in Chinese and in English, with the demo's note of the page
     * it comes from: a chart passed on to other sites said nothing of the demo's split (a stranger's tour).
     */
    private static EmbeddedChart embedded(
            YearInReview review,
            String unitCode,
            PublicYear.Chart chart,
            ChartKind kind,
            IllustrativeNote illustrative) {
        var chinese = chart.chinese();
        var english = chart.english();
        return new EmbeddedChart(
                review.year(),
                unitCode,
                review.city(),
                review.data().city().level().issuerKey(),
                chart.indicator().code(),
                chart.indicator().unitZh(),
                review.revision(),
                review.revision(),
                review.dataAsOf(),
                chinese.subtitle(),
                chinese.content(),
                kind,
                new EmbeddedChart.Words(chart.indicator().unitEn(), english.subtitle(), english.content()),
                illustrative);
    }

    /** What public pages are cached and tagged by: changes whenever anything they show may have. */
    public String version() {
        return dashboards.dataVersion();
    }
}
