package org.minsheng.support;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A page of another website that pastes our embed codes: served on 127.0.0.1 while the application is
 * reached on localhost, so the browser treats the embeds as another origin's, as a real site's would be.
 */
public final class OtherSite implements AutoCloseable {

    private final HttpServer server;

    private OtherSite(HttpServer server) {
        this.server = server;
    }

    /** Serves a page that holds {@code codes} (the embed codes, as pasted) on a free port. */
    public static OtherSite pasting(String... codes) {
        var page = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>县区信息公开</title>"
                + "</head><body><h1>县区信息公开</h1>" + String.join("\n", codes) + "</body></html>";
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                var bytes = page.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return new OtherSite(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The embed whose address ends so, once Chart.js has drawn its chart. */
    public static Frame drawn(Page page, String ending) {
        page.waitForCondition(() -> page.frames().stream().anyMatch(f -> f.url().endsWith(ending)));
        var frame = page.frames().stream()
                .filter(f -> f.url().endsWith(ending))
                .findFirst()
                .orElseThrow();
        frame.waitForFunction("() => { const c = document.querySelector('canvas');"
                + " return c && typeof Chart !== 'undefined' && Chart.getChart(c); }");
        return frame;
    }

    /** A unit's row of an embedded chart's numbers table. */
    public static String row(Frame frame, String unit) {
        return frame.locator("details table tr")
                .filter(new Locator.FilterOptions().setHasText(unit))
                .first()
                .textContent();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
