package org.minsheng.publication.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.web.Etags;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.EmbedCode;
import org.minsheng.provenance.PublicServings;
import org.minsheng.publication.PublicDisclosureService;
import org.minsheng.publication.ServedEmbed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public disclosure pages, /public (the published years) and /public/{year}[/{unit code}], for
 * anyone, signed in or not: plain HTML, no Vaadin session, no session at all (SecurityConfiguration's
 * public chain). Each page is rendered once per data version and kept; a browser or proxy holding it
 * gets 304 for its ETag until a correction or a publication changes the data.
 */
@Controller
class PublicPageController {

    private static final Logger log = LoggerFactory.getLogger(PublicPageController.class);

    /** Pages kept: a few years of a few units, in two languages. */
    private static final int KEPT = 64;

    /** A page by path and language, and the origin its embed codes name (the host the visitor asked). */
    private record Key(String path, Locale locale, String origin) {}

    /** A page as rendered, and which unit year and edition it shows (none for the list of years). */
    private record Rendered(String version, String html, String etag, int status, Shown shown) {}

    private record Shown(int year, String code, int revision) {}

    private record Page(String html, Shown shown) {}

    private final PublicDisclosureService disclosure;
    private final Translations translations;
    private final Clock clock;
    private final Map<Key, Rendered> rendered = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
            return size() > KEPT;
        }
    };

    private final PublicServings servings;

    PublicPageController(
            PublicDisclosureService disclosure, Translations translations, Clock clock, PublicServings servings) {
        this.servings = servings;
        this.disclosure = disclosure;
        this.translations = translations;
        this.clock = clock;
    }

    @GetMapping("/public")
    ResponseEntity<String> index(@RequestParam(name = "lang", required = false) String lang, WebRequest request) {
        var locale = locale(lang);
        return answer(
                new Key("/public", locale, ""),
                request,
                () -> {
                    var html = new PublicPage(translations, locale, clock.getZone())
                            .index(disclosure.published(), "/public");
                    return Optional.of(new Page(html, null));
                },
                0);
    }

    @GetMapping("/public/{year:\\d{4}}")
    ResponseEntity<String> root(
            @PathVariable int year, @RequestParam(name = "lang", required = false) String lang, WebRequest request) {
        return year(year, null, lang, request);
    }

    @GetMapping("/public/{year:\\d{4}}/{code:\\d{2,12}}")
    ResponseEntity<String> unit(
            @PathVariable int year,
            @PathVariable String code,
            @RequestParam(name = "lang", required = false) String lang,
            WebRequest request) {
        return year(year, code, lang, request);
    }

    /**
     * Any other address under /public: the public side's 404, where it used to fall through to the
     * application and its sign-in page (with a session cookie for a visitor who should get none).
     */
    @GetMapping("/public/**")
    ResponseEntity<String> unknown(@RequestParam(name = "lang", required = false) String lang) {
        return notFound(HttpStatus.NOT_FOUND, locale(lang));
    }

    /**
     * A query Tomcat cannot decode ({@code ?x=%ZZ}): the public side's page for an address it does not
     * have, in Chinese, as the language it may name cannot be read. It went up as an ERROR with a stack
     * trace, and its error page, under the application's chain, sent the visitor to sign in. A visitor's
     * slip, not a fault: one line in the log.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<String> undecodable(HttpServletRequest request) {
        log.warn("Public address with a query that cannot be decoded refused: {}", request.getRequestURI());
        return notFound(HttpStatus.BAD_REQUEST, Translations.CHINESE);
    }

    private ResponseEntity<String> notFound(HttpStatus status, Locale locale) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(new PublicPage(translations, locale, clock.getZone()).notFound("/public"));
    }

    private ResponseEntity<String> year(int year, String code, String lang, WebRequest request) {
        var locale = locale(lang);
        var path = "/public/" + year + (code == null ? "" : "/" + code);
        return answer(
                new Key(path, locale, origin()),
                request,
                () -> disclosure
                        .yearForPage(year, code, locale)
                        .map(page -> new Page(
                                new PublicPage(translations, locale, clock.getZone()).year(page, path, origin()),
                                new Shown(year, page.code(), page.review().revision()))),
                year);
    }

    private interface Render {
        Optional<Page> render();
    }

    /**
     * The page for this data version, from what was kept or rendered now; 304 when the browser has it.
     * A year not published answers 404 with a page that says so, rendered afresh each time (it is cheap,
     * and a publication must show at once).
     */
    private ResponseEntity<String> answer(Key key, WebRequest request, Render page, int year) {
        var version = disclosure.version();
        Rendered kept;
        synchronized (rendered) {
            kept = rendered.get(key);
        }
        if (kept == null || !kept.version().equals(version)) {
            var fresh = page.render();
            kept = fresh.isPresent()
                    ? new Rendered(
                            version,
                            fresh.get().html(),
                            Etags.of(fresh.get().html()),
                            200,
                            fresh.get().shown())
                    : new Rendered(
                            version,
                            new PublicPage(translations, key.locale(), clock.getZone()).notPublished(year, key.path()),
                            null,
                            404,
                            null);
            if (kept.status() == 200) {
                synchronized (rendered) {
                    rendered.put(key, kept);
                }
            }
        }
        if (kept.status() != 200) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.TEXT_HTML)
                    .cacheControl(CacheControl.noStore())
                    .body(kept.html());
        }
        if (kept.shown() != null) {
            servings.served(
                    PublicServings.Kind.PUBLIC_PAGE,
                    kept.shown().year(),
                    kept.shown().code(),
                    kept.shown().revision());
        }
        if (request.checkNotModified(kept.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(kept.etag())
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .eTag(kept.etag())
                // a cache may keep it, and must ask again (cheaply: 304) before each use
                .cacheControl(CacheControl.noCache().cachePublic())
                .body(kept.html());
    }

    @GetMapping("/public/embed/{year:\\d{4}}/{code:\\d{2,12}}/{indicator:[a-z][a-z0-9_]{0,39}}")
    ResponseEntity<String> liveEmbed(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable String indicator,
            @RequestParam(name = "lang", required = false) String lang,
            WebRequest request) {
        return live(year, code, indicator, Optional.of(ChartKind.RANKING), locale(lang), request);
    }

    @GetMapping("/public/embed/{year:\\d{4}}/{code:\\d{2,12}}/{indicator:[a-z][a-z0-9_]{0,39}}/{edition:\\d{1,6}}")
    ResponseEntity<String> pinnedEmbed(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable String indicator,
            @PathVariable int edition,
            @RequestParam(name = "lang", required = false) String lang,
            WebRequest request) {
        return pinned(year, code, indicator, Optional.of(ChartKind.RANKING), edition, locale(lang), request);
    }

    @GetMapping("/public/embed/{year:\\d{4}}/{code:\\d{2,12}}/{indicator:[a-z][a-z0-9_]{0,39}}/{kind:[a-z_]{3,20}}")
    ResponseEntity<String> liveEmbedOfKind(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable String indicator,
            @PathVariable String kind,
            @RequestParam(name = "lang", required = false) String lang,
            WebRequest request) {
        return live(year, code, indicator, ChartKind.ofSlug(kind), locale(lang), request);
    }

    @GetMapping(
            "/public/embed/{year:\\d{4}}/{code:\\d{2,12}}/{indicator:[a-z][a-z0-9_]{0,39}}/{kind:[a-z_]{3,20}}/{edition:\\d{1,6}}")
    ResponseEntity<String> pinnedEmbedOfKind(
            @PathVariable int year,
            @PathVariable String code,
            @PathVariable String indicator,
            @PathVariable String kind,
            @PathVariable int edition,
            @RequestParam(name = "lang", required = false) String lang,
            WebRequest request) {
        return pinned(year, code, indicator, ChartKind.ofSlug(kind), edition, locale(lang), request);
    }

    private ResponseEntity<String> live(
            int year, String code, String indicator, Optional<ChartKind> kind, Locale locale, WebRequest request) {
        return embed(
                kind.flatMap(k -> disclosure.embed(year, code, indicator, k)),
                PublicServings.Kind.EMBED,
                year,
                code,
                locale,
                request);
    }

    private ResponseEntity<String> pinned(
            int year,
            String code,
            String indicator,
            Optional<ChartKind> kind,
            int edition,
            Locale locale,
            WebRequest request) {
        return embed(
                kind.flatMap(k -> disclosure.pinned(year, code, indicator, k, edition)),
                PublicServings.Kind.EMBED_PINNED,
                year,
                code,
                locale,
                request);
    }

    /**
     * Any other address under /public/embed (a misspelt indicator, a path of no embed): the embeds' 404,
     * which shows in the frame on another site, not the public site's page with its navigation.
     */
    @GetMapping("/public/embed/**")
    ResponseEntity<String> unknownEmbed(@RequestParam(name = "lang", required = false) String lang) {
        return embedNotFound(locale(lang));
    }

    private ResponseEntity<String> embedNotFound(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(new EmbedPage(translations, locale, clock.getZone()).embedNotFound());
    }

    /**
     * An embedded chart in the language asked for ({@code ?lang=en}, else Chinese), or the embeds' bare
     * 404; served like the page (ETag, counted per day).
     */
    private ResponseEntity<String> embed(
            Optional<ServedEmbed> served,
            PublicServings.Kind kind,
            int year,
            String code,
            Locale locale,
            WebRequest request) {
        var query = Translations.isChinese(locale) ? "" : "?lang=en";
        if (served.isEmpty()) {
            return embedNotFound(locale);
        }
        var shown = served.get().chart();
        servings.served(kind, year, code, shown.edition());
        var live = new EmbedCode(year, code, shown.indicator(), shown.kind(), shown.edition(), "");
        var html = new EmbedPage(translations, locale, clock.getZone())
                .embed(
                        shown,
                        served.get().revisions(),
                        origin() + "/public/" + year + "/" + code + query,
                        origin() + live.livePath() + query);
        var etag = Etags.of(html);
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .eTag(etag)
                .cacheControl(CacheControl.noCache().cachePublic())
                .body(html);
    }

    private static String origin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Translations.ENGLISH : Translations.CHINESE;
    }
}
