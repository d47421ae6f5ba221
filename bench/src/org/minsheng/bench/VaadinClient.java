package org.minsheng.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One browser as the server sees it, speaking Vaadin Flow's own protocol over HTTP without running
 * its JavaScript: the Spring Security form login, the init request that creates the UI and renders
 * the route ({@code ?v-r=init}), and UIDL requests ({@code ?v-r=uidl}) carrying RPC events with the
 * security key, sync id and client id the server handed out. Each instance has its own cookies, so
 * it is one HTTP session.
 */
final class VaadinClient {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+content=\"([^\"]+)\"");

    /** One HTTP client for all simulated browsers, so the driver's own footprint per session is a few strings. */
    static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;
    private String pushId;
    String lastBody = "";

    VaadinClient(String base) {
        this.base = base;
    }

    /** Signs in through the login page's form; true when the server accepted the password. */
    boolean login(String username, String password) throws IOException, InterruptedException {
        var page = get("/login");
        var csrf = CSRF.matcher(page.body());
        var form = "username=" + enc(username) + "&password=" + enc(password)
                + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
        var response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        lastBody = response.body();
        var location = response.headers().firstValue("Location").orElse("");
        return response.statusCode() == 302 && !location.contains("error");
    }

    /**
     * What a browser does on opening a page: the bootstrap page, the init request that creates the
     * UI, and the ui-navigate event with which Flow's client then asks for the route to be rendered
     * (the init response holds the UI only; the view comes back in the navigation's UIDL).
     */
    void open(String route, String query) throws IOException, InterruptedException {
        get("/" + route + (query.isEmpty() ? "" : "?" + query));
        var response = get("/?v-r=init&location=" + enc(route) + "&query=" + enc(query));
        expectUidl(response);
        uiId = intOf(UI_ID, response.body(), uiId);
        securityKey = SECURITY_KEY
                .matcher(response.body())
                .results()
                .findFirst()
                .map(m -> m.group(1))
                .orElse(securityKey);
        syncId = intOf(SYNC_ID, response.body(), 0);
        clientId = 0;
        var push = PUSH_ID.matcher(response.body());
        pushId = push.find() ? push.group(1) : null;
        navigate(route, query);
    }

    /** In-app navigation, as a click on a RouterLink sends it: a ui-navigate event on the UI's root node. */
    void navigate(String route, String query) throws IOException, InterruptedException {
        rpc("""
                {"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"%s",\
                "appShellTitle":"","historyState":{"idx":0},"trigger":""}}""".formatted(route, query));
    }

    /**
     * The push connection a browser opens after the page loads (Vaadin's WEBSOCKET_XHR transport: the
     * server's updates come over this WebSocket, the browser's requests stay XHR). Messages are read and
     * dropped.
     */
    WebSocket openPush() {
        if (pushId == null) {
            throw new IllegalStateException("the init response carried no push id: is @Push on?");
        }
        var url = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + enc(pushId)
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&X-atmo-protocol=true";
        return HTTP.newWebSocketBuilder()
                .header("Cookie", cookieHeader())
                .buildAsync(URI.create(url), new WebSocket.Listener() {})
                .join();
    }

    /** The heartbeat a browser tab sends every five minutes to keep its UI alive. */
    void heartbeat() throws IOException, InterruptedException {
        var response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new IOException("heartbeat " + response.statusCode());
        }
    }

    /** Sends RPC invocations in one UIDL request and keeps the ids the response hands back. */
    String rpc(String... invocations) throws IOException, InterruptedException {
        var body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + String.join(",", invocations) + "],\"syncId\":"
                + syncId + ",\"clientId\":" + clientId + "}";
        var response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        expectUidl(response);
        syncId = intOf(SYNC_ID, response.body(), syncId);
        clientId = intOf(CLIENT_ID, response.body(), clientId);
        return response.body();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        lastBody = response.body();
        if (response.statusCode() >= 400) {
            throw new IOException("GET " + path + ": " + response.statusCode());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (var header : response.headers().allValues("Set-Cookie")) {
            var pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return response;
    }

    private String cookieHeader() {
        return String.join(
                "; ",
                cookies.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
    }

    private void expectUidl(HttpResponse<String> response) throws IOException {
        lastBody = response.body();
        if (response.statusCode() != 200
                || response.body().contains("\"appError\"")
                || response.body().contains("Internal error")
                || response.body().contains("\"meta\":{\"async\"")
                        && response.body().contains("sessionExpired")) {
            throw new IOException("UIDL " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    private static int intOf(Pattern pattern, String body, int fallback) {
        var m = pattern.matcher(body);
        int value = fallback;
        while (m.find()) {
            value = Integer.parseInt(m.group(1));
        }
        return value;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
