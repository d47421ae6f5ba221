package org.minsheng.publication.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.minsheng.base.RefusedException;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.publication.PublicationImageService;
import org.minsheng.publication.PublicationService;
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
class PublicationView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    /** 数据截至 is in the commission's zone, whatever the server's. */
    private final ZoneId zone;

    private final PublicationService publications;
    private final Select<Integer> year = new Select<>();
    private final Div article = new Div();
    private final Anchor pdf = new Anchor();
    private final ImageExports images;

    PublicationView(
            PublicationService publications,
            PublicationImageService imageService,
            DashboardService dashboards,
            CurrentUser currentUser,
            Clock clock) {
        this.zone = clock.getZone();
        this.publications = publications;
        this.images = new ImageExports(imageService, () -> year.getValue());
        addClassName("page");
        year.setLabel(getTranslation("dashboard.year"));
        year.setId("publication-year");
        year.setItems(dashboards.years());
        year.setItemLabelGenerator(y -> getTranslation("dashboard.yearOption", String.valueOf(y)));
        year.addValueChangeListener(e -> show());
        pdf.setText(getTranslation("publication.downloadPdf"));
        pdf.setId("download-pdf");
        pdf.addClassName("download-link");
        var links = new Div(pdf);
        links.addClassName("publication-links");
        var toolbar = new Div(year, links);
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
        add(heading, toolbar, images, article);
        year.setValue(dashboards.latestYear());
    }

    private void show() {
        article.removeAll();
        if (year.getValue() == null) {
            return;
        }
        int chosen = year.getValue();
        try {
            var review = publications.yearInReview(chosen);
            render(review);
            images.show(review.data().districtIndicators());
            pdf.setHref(DownloadHandler.fromInputStream(event -> {
                var file = publications.yearInReviewPdf(chosen);
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
        }
    }

    private void render(YearInReview review) {
        var title = new H1(getTranslation(
                Translations.CHINESE, "publication.title", String.valueOf(review.year()), review.city()));
        var asOf = review.dataAsOf() == null
                ? "—"
                : review.dataAsOf().atZoneSameInstant(zone).format(DATE);
        var meta = new Paragraph(getTranslation(
                Translations.CHINESE,
                "publication.meta",
                asOf,
                review.revision(),
                getTranslation(Translations.CHINESE, "app.issuer", review.city())));
        meta.addClassName("page-meta");
        var lede = new Paragraph(review.lede());
        lede.addClassName("publication-lede");
        lede.setId("publication-lede");
        article.add(title, meta, lede);
        for (var section : review.sections()) {
            var block = new Div();
            block.addClassName("publication-section");
            block.add(new H2(section.category()));
            for (var line : section.lines()) {
                var row = new Div(
                        new Span(line.label()), strong(line.value()), new Span(line.target()), new Span(line.status()));
                row.addClassName("publication-line");
                block.add(row);
            }
            review.chartedIndicators().stream()
                    .filter(i -> i.categoryZh().equals(section.category()))
                    .forEach(i -> block.add(figure(review.year(), i)));
            article.add(block);
        }
    }

    /** The section's chart as the PDF has it, drawn on the server so the page prints the same figure. */
    private Image figure(int year, Indicator indicator) {
        var image = new Image(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = publications.sectionChart(year, indicator.code());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), indicator.code() + ".png", "image/png", bytes.length);
                }),
                getTranslation(
                        "dashboards.ranking.title",
                        indicator.shortNameZh(),
                        String.valueOf(year),
                        getTranslation(Division.Level.COUNTY.eachKey())));
        image.addClassName("publication-figure");
        return image;
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
