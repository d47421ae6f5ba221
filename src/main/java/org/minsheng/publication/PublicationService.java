package org.minsheng.publication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.minsheng.base.Download;
import org.minsheng.base.RefusedException;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.division.DivisionService;
import org.minsheng.indicator.Indicator;
import org.minsheng.provenance.ExportKind;
import org.minsheng.provenance.ExportScope;
import org.minsheng.provenance.ProvenanceService;
import org.minsheng.publication.render.ChartModel;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-in-review of any unit for the communications office: a lede written from its approved figures with
 * each indicator's own phrase, sections per category, and the PDF. The publication is Chinese, so
 * its words come from the Chinese bundle whatever the user's screen language.
 */
@Service
@Transactional(readOnly = true)
public class PublicationService {

    private final DashboardService dashboards;
    private final YearInReviewWriter writer;
    private final PublicationPdf pdf;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final ChartImages charts;
    private final ProvenanceService provenance;
    private final DivisionService divisions;
    private final UnitYears units;
    private final UnitPublicationService unitPublications;

    PublicationService(
            DashboardService dashboards,
            YearInReviewWriter writer,
            PublicationPdf pdf,
            Translations translations,
            CurrentUser currentUser,
            ChartImages charts,
            ProvenanceService provenance,
            DivisionService divisions,
            UnitYears units,
            UnitPublicationService unitPublications) {
        this.divisions = divisions;
        this.units = units;
        this.unitPublications = unitPublications;
        this.charts = charts;
        this.provenance = provenance;
        this.dashboards = dashboards;
        this.writer = writer;
        this.pdf = pdf;
        this.translations = translations;
        this.currentUser = currentUser;
    }

    /** The year-in-review of the root, or of a scoped reader's own unit. */
    public YearInReview yearInReview(int year) {
        return yearInReview(year, null);
    }

    /**
     * The year-in-review of any unit the caller may read (null: the root, or a scoped reader's own unit):
     * its numbers are the unit's dashboard page's, its words (title, issuer, 全省/全市/全县) the unit's
     * and its level's, its edition and revision marks those of the unit's own subtree.
     */
    public YearInReview yearInReview(int year, String division) {
        return yearInReview(year, division, Translations.CHINESE);
    }

    /**
     * The year-in-review as {@link #yearInReview(int, String)} gives it, its headline lines in a language:
     * the wall display writes them in its session's, with the numbers as that language's dashboard
     * tiles write them (4,200 people, not 4200人, on an English wall).
     */
    public YearInReview yearInReview(int year, String division, Locale locale) {
        currentUser.require(Role.COMMUNICATIONS, Role.LEADER, Role.REVIEWER, Role.ADMINISTRATOR, Role.DISPLAY);
        return review(year, division, locale);
    }

    /**
     * The year the year-in-review and the wall display open on for a unit (null: the root, or a scoped
     * reader's own unit) when no year is asked for: the latest with figures whose edition is published.
     * Opened on the latest year with any approved figure, both switched to 「回眸2021」 of a single approved
     * district-month the moment a reviewer approved it, and the published 2020 left the default view (a
     * tester's tour). Before any year is published (a new installation), the latest with approved
     * figures, as before, so that a first installation shows something. Not limited by scope: which years
     * are published the public page says to anyone, and the page itself refuses a unit out of scope.
     */
    public int defaultYear(String division) {
        currentUser.require(Role.COMMUNICATIONS, Role.LEADER, Role.REVIEWER, Role.ADMINISTRATOR, Role.DISPLAY);
        var unit = units.unitId(units.unitCode(division));
        if (unit.isEmpty()) {
            return dashboards.latestYear();
        }
        // among the years the views offer, so that the default is always one of their choices
        var released = unitPublications.releasedYears(unit.get());
        return dashboards.years().stream()
                .filter(released::contains)
                .findFirst()
                .orElseGet(dashboards::latestYear);
    }

    /** The year-in-review, for a caller that has checked who may read it (the public disclosure page). */
    YearInReview review(int year, String division) {
        return review(year, division, Translations.CHINESE);
    }

    /**
     * The year-in-review with its headline lines (names, measures, targets, categories) in a language,
     * for the public page in English; the lede is the editors' Chinese phrases whatever the language.
     */
    YearInReview review(int year, String division, Locale locale) {
        var unitYear = units.read(year, division);
        var data = unitYear.data();
        var page = unitYear.page();
        // empty on a district's own page: it lists its towns, which nobody accepts
        var note = CoverageNote.of(page, locale, translations);
        var counted = note.map(n -> CoverageNote.counted(page));
        var review = writer.review(data, edition(data), page.cityWide(), counted, locale);
        if (!page.cityWide()) {
            return review;
        }
        var words = CoverageNote.contents(locale, translations);
        var marks = new HashMap<Integer, String>();
        page.pendingUnits().forEach(unit -> marks.put(unit.id(), words.unitLabel(page, unit)));
        // the lede's 全市 is then of the units with figures only: said where it is read, as the dashboard
        // says it
        return review.leavingOut(note.orElse(null), marks);
    }

    /**
     * A month of the unit's year as its page shows that month, for a caller that has checked who may
     * read it (the read API); what edition it belongs to is {@link #edition(int, String)}'s.
     */
    CityYear month(int year, String division, int month) {
        return units.month(year, division, month).data();
    }

    /**
     * The edition of the unit's year, for a caller that has checked who may read it: a month has no
     * edition of its own, it is published and corrected as part of its year.
     */
    Edition edition(int year, String division) {
        return edition(units.read(year, division).data());
    }

    private Edition edition(CityYear year) {
        return unitPublications.edition(year.city(), year.year());
    }

    /**
     * The year-in-review as an A4 PDF with the Chinese font embedded, each category's districts
     * ranked as print-resolution charts; recorded with the data edition it shows.
     */
    @Transactional
    public Download yearInReviewPdf(int year) {
        return yearInReviewPdf(year, null);
    }

    /** The PDF of a unit's year-in-review (null: the root, or a scoped reader's own unit). */
    @Transactional
    public Download yearInReviewPdf(int year, String division) {
        // the wall display reads the year-in-review, but exports nothing
        currentUser.require(Role.COMMUNICATIONS, Role.LEADER, Role.REVIEWER, Role.ADMINISTRATOR);
        var review = yearInReview(year, division);
        var bytes = pdf.write(
                review,
                sectionCharts(review, division),
                dashboards.illustrativeNote(year, review.data().city()).orElse(null));
        // the edition in the name: a corrected year's PDF never takes the name of the one it replaces;
        // a unit below the root is named in it, the root's file keeps the name it always had; a year not
        // yet published is named so
        var edition = review.edition().shown().inFileName(this::t);
        var name = isRoot(review)
                ? t("publication.fileName", String.valueOf(year), edition)
                : t("publication.unitFileName", String.valueOf(year), review.city(), edition);
        provenance.record(
                ExportKind.REVIEW_PDF,
                name,
                ExportScope.year(year, review.edition().shown().recorded(), review.dataAsOf()));
        return new Download(name, "application/pdf", bytes);
    }

    private boolean isRoot(YearInReview review) {
        return review.data().city().id() == divisions.city().id();
    }

    /** Per category, the ranked-children chart of each charted indicator, at print resolution. */
    private Map<String, List<byte[]>> sectionCharts(YearInReview review, String division) {
        var byCategory = new LinkedHashMap<String, List<byte[]>>();
        pdfCharts(review, division)
                .forEach((indicator, chart) -> byCategory
                        .computeIfAbsent(indicator.categoryZh(), k -> new ArrayList<>())
                        .add(charts.render(chart, ImageSize.PRINT, ImageFormat.PNG)));
        return byCategory;
    }

    /**
     * The charts the PDF prints, before they are drawn: without the demo's note, which the PDF says once
     * at its start and again at its end; under each of its five charts it was noise (a tester's tour). A
     * chart exported on its own keeps it, as it travels without the document around it.
     */
    private Map<Indicator, ChartModel> pdfCharts(YearInReview review, String division) {
        return charted(review, division, any -> true, (view, indicator) -> {
            var chart = charts.ranking(view, indicator, null);
            return chart.framed(chart.frame().withoutIllustrative());
        });
    }

    /**
     * What the screen draws for each charted indicator: the ranking's content and its printed subtitle,
     * in Chinese and in English.
     */
    Map<Indicator, PublicYear.Chart> rankings(YearInReview review, String division) {
        return rankings(review, division, any -> true);
    }

    /** The rankings {@link #rankings(YearInReview, String)} draws, of the indicators whose codes are asked only. */
    Map<Indicator, PublicYear.Chart> rankings(YearInReview review, String division, Predicate<String> indicatorCodes) {
        return charted(
                review, division, indicatorCodes, (view, indicator) -> bilingual(view, indicator, ChartKind.RANKING));
    }

    /**
     * A chart of a kind of each indicator whose code is asked, of the unit's year as its page draws it, for a
     * caller that has checked who may read it (the public side's embeds); none of an indicator the page draws
     * no chart of.
     */
    List<PublicYear.Chart> drawn(int year, String division, Predicate<String> indicatorCodes, ChartKind kind) {
        var view = units.read(year, division).page();
        return view.districtIndicators().stream()
                .filter(i -> indicatorCodes.test(i.code()))
                .map(indicator -> bilingual(view, indicator, kind))
                .toList();
    }

    private PublicYear.Chart bilingual(Dashboard view, Indicator indicator, ChartKind kind) {
        var chinese = charts.drawn(view, indicator, kind, Translations.CHINESE);
        var english = charts.drawn(view, indicator, kind, Translations.ENGLISH);
        return new PublicYear.Chart(
                indicator,
                new PublicYear.Drawing(chinese.content(), chinese.subtitle()),
                new PublicYear.Drawing(english.content(), english.subtitle()));
    }

    /** A chart of each charted indicator of the review whose code is asked, in its order, from the unit's page. */
    private <C> Map<Indicator, C> charted(
            YearInReview review,
            String division,
            Predicate<String> indicatorCodes,
            BiFunction<Dashboard, Indicator, C> chart) {
        var charted = new LinkedHashMap<Indicator, C>();
        var indicators = review.chartedIndicators().stream()
                .filter(i -> indicatorCodes.test(i.code()))
                .toList();
        if (indicators.isEmpty()) {
            return charted;
        }
        var view = units.read(review.year(), division).page();
        indicators.forEach(indicator -> charted.put(indicator, chart.apply(view, indicator)));
        return charted;
    }

    /**
     * A section's chart for the print-friendly page (web size). Showing the page is not an export, so
     * nothing is recorded; the downloads are.
     */
    public byte[] sectionChart(int year, String indicatorCode) {
        return sectionChart(year, null, indicatorCode);
    }

    /** A section's chart of a unit's year-in-review (null: the root, or a scoped reader's own unit). */
    public byte[] sectionChart(int year, String division, String indicatorCode) {
        currentUser.require(Role.COMMUNICATIONS, Role.LEADER, Role.REVIEWER, Role.ADMINISTRATOR);
        var view = units.read(year, division).page();
        var indicator = view.districtIndicators().stream()
                .filter(i -> i.code().equals(indicatorCode))
                .findFirst()
                .orElseThrow(() -> new RefusedException("dashboards.indicator.unknown", indicatorCode));
        return charts.render(charts.ranking(view, indicator, null), ImageSize.WEB, ImageFormat.PNG);
    }

    /**
     * A phrase rendered with this year's figures, for the preview while a template is edited: a missing
     * figure as the gap marker, an unknown placeholder as an error marker naming it.
     */
    public List<PhrasePart> preview(String template, Indicator indicator, int year) {
        currentUser.require(Role.COMMUNICATIONS, Role.ADMINISTRATOR);
        return writer.preview(template, indicator, dashboards.cityYear(year));
    }

    private String t(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.CHINESE, parameters);
    }
}
