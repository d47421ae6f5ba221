package org.minsheng.publication.ui;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.minsheng.base.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * A public address whose path Tomcat cannot decode (/public/%ZZ): Tomcat answers 400 itself, before any
 * filter, controller or error page of the application, and its error report valve wrote its bare English
 * "HTTP Status 400 – Bad Request". The host's valve is this one instead: under /public it writes the public
 * site's page for an address it does not have (an embed's under /public/embed), still a 400, in Chinese
 * unless the query asks for English; anywhere else it reports as Tomcat's does, without server details.
 */
@Component
class MalformedPublicAddress implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final Translations translations;
    private final Clock clock;

    MalformedPublicAddress(Translations translations, Clock clock) {
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var host = context.getParent();
            var pipeline = host.getPipeline();
            // Spring Boot adds a plain ErrorReportValve (server.error.include-stacktrace=never): the innermost
            // one reports first, so there is to be exactly one, this one
            Arrays.stream(pipeline.getValves())
                    .filter(ErrorReportValve.class::isInstance)
                    .forEach(pipeline::removeValve);
            pipeline.addValve(new Valve(translations, clock));
            if (host instanceof StandardHost standard) {
                // else the host, when it starts, finds no valve of its configured class and adds Tomcat's own
                standard.setErrorReportValveClass(Valve.class.getName());
            }
        });
    }

    /** After Spring Boot's customizer, which adds the valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static final class Valve extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(MalformedPublicAddress.class);

        private final Translations translations;
        private final Clock clock;

        Valve(Translations translations, Clock clock) {
            this.translations = translations;
            this.clock = clock;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            var path = request.getRequestURI();
            if (response.getStatus() != Response.SC_BAD_REQUEST
                    || path == null
                    || !(path.equals("/public") || path.startsWith("/public/"))
                    || response.getContentWritten() > 0
                    || !response.setErrorReported()) {
                super.report(request, response, throwable);
                return;
            }
            // a visitor's slip or a broken link, not a fault: one line, no stack trace
            log.warn("Public address that cannot be decoded refused: {}", path);
            var locale = english(request.getQueryString()) ? Translations.ENGLISH : Translations.CHINESE;
            var html = path.startsWith("/public/embed/")
                    ? new EmbedPage(translations, locale, clock.getZone()).embedNotFound()
                    : new PublicPage(translations, locale, clock.getZone()).notFound("/public");
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Cache-Control", "no-store");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(html);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException gone) {
                // the client went away, or the response could not be written: nothing left to tell it
            }
        }

        /** Whether the query, read as written (the path could not be decoded), asks for lang=en. */
        private static boolean english(String query) {
            return query != null
                    && Arrays.stream(query.split("&"))
                            .anyMatch(part -> part.toLowerCase(Locale.ROOT).equals("lang=en"));
        }
    }
}
