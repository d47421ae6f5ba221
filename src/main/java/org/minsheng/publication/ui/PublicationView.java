package org.minsheng.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.minsheng.base.RefusedException;
import org.minsheng.base.Texts;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.EmbedCodeDialog;
import org.minsheng.base.ui.Notifications;
import org.minsheng.base.ui.UnreadAddressNote;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.EmbedCode;
import org.minsheng.indicator.Indicator;
import org.minsheng.publication.PublicDisclosureService;
import org.minsheng.publication.PublicationImageService;
import org.minsheng.publication.PublicationService;
import org.minsheng.publication.UnitPublicationService;
import org.minsheng.publication.YearInReview;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;

/**
 * The year-in-review as a print-friendly page, with the PDF to download. The document is Chinese,
 * as published, whatever the screen language.
 */
@Route("publication")
@Menu(title = "nav.publication", order = 6, icon = "vaadin:newspaper")
@RolesAllowed({Role.Names.COMMUNICATIONS, Role.Names.LEADER, Role.Names.REVIEWER, Role.Names.ADMINISTRATOR})
class PublicationView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    /** 数据截至 is in the commission's zone, whatever the server's. */
    private final ZoneId zone;

    private final PublicationService publications;
    private final DashboardService dashboards;
    private final UnitPublicationService unitPublications;
    private final PublicDisclosureService disclosure;
    private final CurrentUser currentUser;
    private final Select<Integer> year = new Select<>();
    /** The unit's status and, for its reviewer, the publish button; apart from the article, which prints. */
    private final UnitReleasePanel release;
    /** The unit of the address (?division=CODE), null for the root or a scoped reader's own unit. */
    private String division;
    /** The address is being read: a year it names is shown once, with its unit, not on its own first. */
    private boolean readingAddress;
    /** The unit the address names, as it named it; null when it names none (a scoped reader's own unit). */
    private String addressedUnit;
    /** What of a pasted address was not understood, and that a default is shown instead. */
    private final UnreadAddressNote unreadAddress = new UnreadAddressNote("publication-unread-address");
    /** The code of the unit the page shows, once shown: the chart images are of it. */
    private String shownUnit;

    private final Div article = new Div();
    /** The year and the downloads: hidden, with the exports, on a page that refuses its unit. */
    private final Div toolbar;

    private final Anchor pdf = new Anchor();
    private final ImageExports images;

    PublicationView(
            PublicationService publications,
            PublicationImageService imageService,
            PublicDisclosureService disclosure,
            UnitPublicationService unitPublications,
            DashboardService dashboards,
            CurrentUser currentUser,
            Clock clock) {
        this.zone = clock.getZone();
        this.publications = publications;
        this.dashboards = dashboards;
        this.unitPublications = unitPublications;
        this.release = new UnitReleasePanel(unitPublications, zone, this::show);
        this.disclosure = disclosure;
        this.currentUser = currentUser;
        this.images = new ImageExports(imageService, () -> year.getValue(), () -> shownUnit);
        addClassName("page");
        year.setLabel(getTranslation("dashboard.year"));
        year.setId("publication-year");
        year.setItems(dashboards.years());
        year.setItemLabelGenerator(y -> getTranslation("dashboard.yearOption", String.valueOf(y)));
        pdf.setText(getTranslation("publication.downloadPdf"));
        pdf.setId("download-pdf");
        pdf.addClassName("download-link");
        var links = new Div(pdf);
        links.addClassName("publication-links");
        toolbar = new Div(year, links);
        var user = currentUser.get();
        if (user.has(Role.COMMUNICATIONS) || user.has(Role.ADMINISTRATOR)) {
            links.add(new RouterLink(getTranslation("publication.phrases.heading"), PhrasesView.class));
        }
        if (user.has(Role.COMMUNICATIONS) || user.has(Role.REVIEWER) || user.has(Role.ADMINISTRATOR)) {
            // the provenance page belongs to its own feature; a plain link keeps the packages apart
            links.add(new Anchor("exports/history", getTranslation("provenance.heading")));
        }
        toolbar.addClassName("page-toolbar");
        toolbar.addClassName("no-print");
        article.addClassName("publication");
        article.setId("publication");
        // the published document is Chinese whatever the screen language; browsers and screen readers are told so
        article.getElement().setAttribute("lang", Translations.CHINESE.toLanguageTag());
        var heading = new H2(getTranslation("publication.heading"));
        heading.addClassName("no-print");
        release.addClassName("no-print");
        release.setId("unit-publication");
        unreadAddress.addClassName("no-print");
        add(heading, ChineseOnlyNote.of(this, getLocale()), unreadAddress, toolbar, release, images, article);
        // the first show waits for the address, which names the unit and may name the year
        // a year picked goes into the address, which a reload, the back button or a link passed on opens
        // again (it reopened the latest year); entering the page again reads it and shows
        year.addValueChangeListener(e -> {
            if (!readingAddress && e.getValue() != null) {
                var parameters = new LinkedHashMap<String, String>();
                if (addressedUnit != null) {
                    parameters.put("division", addressedUnit);
                }
                parameters.put("year", String.valueOf(e.getValue()));
                getUI().ifPresent(ui -> ui.navigate("publication", QueryParameters.simple(parameters)));
            }
        });
    }

    /**
     * ?division=CODE opens a unit's year-in-review; without it, the root's or a scoped reader's own unit's.
     * ?year=YYYY opens that year, as the dashboard's address does; without it, or for a year with no figures,
     * the page opens on the unit's default year.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var codes = parameters.getOrDefault("division", List.of());
        var code = codes.isEmpty() ? null : codes.getFirst();
        var asked = code == null || !code.matches("[0-9]{6}([0-9]{3}){0,2}") ? null : code;
        addressedUnit = asked;
        // what of the address is not taken is said, as on the dashboard: ?year=1800 showed the latest year
        var unread = new ArrayList<String>();
        if (code != null && asked == null) {
            unread.add("division=" + Texts.quoted(code));
        }
        var scope = currentUser.readingScope();
        division = asked == null && scope.limited() ? scope.home() : asked;
        var years = parameters.getOrDefault("year", List.of());
        Integer withoutFigures = null;
        Integer typedYear = null;
        if (!years.isEmpty()) {
            var typed = years.getFirst();
            if (typed.matches("[0-9]{4}") && year.getListDataView().contains(Integer.parseInt(typed))) {
                typedYear = Integer.parseInt(typed);
            } else if (typed.matches("[0-9]{4}") && dashboards.calendarYears().contains(Integer.parseInt(typed))) {
                withoutFigures = Integer.parseInt(typed);
            } else {
                unread.add("year=" + Texts.quoted(typed));
            }
        }
        // one show, below, with the unit read too; without a year read from the address, the unit's default:
        // the latest published, not one a first approval has just begun (PublicationService.defaultYear)
        readingAddress = true;
        year.setValue(typedYear != null ? typedYear : publications.defaultYear(division));
        readingAddress = false;
        unreadAddress.show(unread, withoutFigures);
        show();
    }

    private void show() {
        article.removeAll();
        release.removeAll();
        if (year.getValue() == null) {
            return;
        }
        int chosen = year.getValue();
        var unit = division;
        toolbar.setVisible(true);
        images.setVisible(true);
        try {
            var review = publications.yearInReview(chosen, unit);
            shownUnit = review.data().city().code();
            render(review);
            release.show(unitPublications.status(chosen, unit), review, unit);
            images.show(review.data().districtIndicators(), review.data().rankedLevel());
            pdf.setHref(DownloadHandler.fromInputStream(event -> {
                var file = publications.yearInReviewPdf(chosen, unit);
                return new DownloadResponse(
                        new ByteArrayInputStream(file.bytes()),
                        file.fileName(),
                        file.contentType(),
                        file.bytes().length);
            }));
        } catch (RefusedException refused) {
            var message = new Paragraph(getTranslation(refused.messageKey(), refused.parameters()));
            message.getElement().setAttribute("lang", getLocale().toLanguageTag());
            article.add(message);
            // a refused unit offers nothing to download: the exports would otherwise make the reader's own
            // unit's files from the refused unit's address
            toolbar.setVisible(false);
            images.setVisible(false);
            var scope = currentUser.readingScope();
            if (scope.limited()) {
                var back = new RouterLink(
                        getTranslation("publication.backToOwn", scope.homeName()), PublicationView.class);
                back.setId("publication-own-unit");
                article.add(new Paragraph(back));
            }
        }
    }

    private void render(YearInReview review) {
        var title = new H1(getTranslation(
                Translations.CHINESE, "publication.title", String.valueOf(review.year()), review.city()));
        var asOf = review.dataAsOf() == null
                ? "—"
                : review.dataAsOf().atZoneSameInstant(zone).format(DATE);
        var meta = new Paragraph(
                review.meta((key, parameters) -> getTranslation(Translations.CHINESE, key, parameters), asOf));
        meta.addClassName("page-meta");
        var lede = new Paragraph(review.lede());
        lede.addClassName("publication-lede");
        lede.setId("publication-lede");
        article.add(title);
        // under the title that names the year: 「回眸2021」 of January alone was read as the whole year
        review.coverage((key, parameters) -> getTranslation(Translations.CHINESE, key, parameters))
                .ifPresent(months -> {
                    var coverage = new Paragraph(months);
                    coverage.setId("publication-coverage");
                    coverage.addClassName("publication-coverage");
                    article.add(coverage);
                });
        article.add(meta, lede);
        review.acceptanceNote().ifPresent(leftOut -> article.add(PageNote.of(leftOut, "publication-left-out")));
        // the demo's figures say so on the page too, as its PDF, its images and the dashboard do (a tester's tour)
        dashboards
                .illustrativeNote(review.year(), review.data().city())
                .ifPresent(demo -> article.add(PageNote.of(
                        demo.text((key, p) -> getTranslation(Translations.CHINESE, key, p)),
                        "publication-illustrative")));
        for (var section : review.sections()) {
            var block = new Div();
            block.addClassName("publication-section");
            block.add(new H2(section.category()));
            for (var line : section.lines()) {
                var label = review.revised(line) ? line.label() + "†" : line.label();
                var row = new Div(
                        new Span(label), strong(line.value()), new Span(line.target()), new Span(line.status()));
                row.addClassName("publication-line");
                block.add(row);
            }
            review.chartedIndicators().stream()
                    .filter(i -> i.categoryZh().equals(section.category()))
                    .forEach(i -> block.add(figure(review.year(), i, review), embed(review.year(), i)));
            article.add(block);
        }
        if (!review.edition().revisions().isEmpty()) {
            var revisions = new Div(new H2(getTranslation(
                    Translations.CHINESE,
                    "publication.revisions.heading",
                    review.edition()
                            .shown()
                            .text((key, parameters) -> getTranslation(Translations.CHINESE, key, parameters)))));
            revisions.setId("publication-revisions");
            review.edition().revisions().forEach(r -> revisions.add(new Paragraph(r.text())));
            article.add(revisions);
        }
    }

    /** The section's chart as the PDF has it, drawn on the server so the page prints the same figure. */
    private Image figure(int year, Indicator indicator, YearInReview review) {
        var unit = division;
        var image = new Image(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = publications.sectionChart(year, unit, indicator.code());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), indicator.code() + ".png", "image/png", bytes.length);
                }),
                getTranslation(
                        "dashboards.ranking.title",
                        indicator.shortNameZh(),
                        String.valueOf(year),
                        getTranslation(review.data().rankedLevel().eachKey())));
        image.addClassName("publication-figure");
        return image;
    }

    /** The section's chart on another site, from the public side: offered once the unit's year is published. */
    private Button embed(int year, Indicator indicator) {
        var unit = division;
        var button = new Button(
                getTranslation("dashboards.embed"),
                e -> disclosure
                        .embedCode(year, unit, indicator.code(), ChartKind.RANKING, getLocale())
                        .ifPresentOrElse(
                                code -> {
                                    var origin = EmbedCodeDialog.origin();
                                    var language = EmbedCode.query(getLocale());
                                    EmbedCodeDialog.open(
                                            this,
                                            code.title(),
                                            code.live(origin, language),
                                            code.pinned(origin, language),
                                            code.edition());
                                },
                                () -> Notifications.error(getTranslation("embed.unavailable", String.valueOf(year)))));
        button.setId("embed-" + indicator.code());
        button.addClassName("no-print");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private static Span strong(String text) {
        var span = new Span(text);
        span.addClassName("publication-value");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.heading");
    }
}
