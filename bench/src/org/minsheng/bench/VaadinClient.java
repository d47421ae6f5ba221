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
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

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
    private boolean signedIn;
    /** The element tag of each node of the live UI, from the answers so far. */
    private final TreeMap<Integer, String> tags = new TreeMap<>();

    String lastBody = "";

    VaadinClient(String base) {
        this.base = base;
    }

    /** The sign-in form's post, once per session: what the browser sends between the login page and the next. */
    void signIn(String username) throws IOException, InterruptedException {
        if (!signedIn) {
            if (!login(username, "demo")) {
                throw new IOException("login refused for " + username);
            }
            signedIn = true;
        }
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
        startUi(response);
        var push = PUSH_ID.matcher(response.body());
        pushId = push.find() ? push.group(1) : null;
        navigate(route, query);
    }

    /** Takes up the UI an init response created: its id, security key and a fresh count of messages. */
    private void startUi(HttpResponse<String> response) throws IOException {
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

    /**
     * Sends one request of a recorded browser session ({@link BrowserSession}) with this client's own
     * ids (a recording's UIDL requests all go to the UI opened last): the page and its init before a UI's first request (after the unload beacon of the page
     * left, as Flow's client sends it on leaving a page), the security key, syncId and clientId of the
     * live UI, and the sign-in between the login page and the next page. {@code adjust} may change
     * the invocations (a typed value); the answer must be in step: the server's clientId one ahead.
     */
    void replay(ObjectNode line, String username, UnaryOperator<ObjectNode> adjust)
            throws IOException, InterruptedException {
        var kind = line.get("kind").asString();
        var url = line.get("url").asString();
        switch (kind) {
            case "init" -> {
                var location = url.replaceFirst(".*[?&]location=([^&]*).*", "$1");
                if (!location.equals("login")) {
                    signIn(username);
                }
                if (securityKey != null) {
                    unload();
                }
                get("/" + java.net.URLDecoder.decode(location, StandardCharsets.UTF_8));
                var response = get(url);
                startUi(response);
                tags.clear();
                learnTags(response.body());
            }
            case "heartbeat" -> heartbeat();
            case "uidl" -> {
                var request = adjust.apply(
                        resolveNodes((ObjectNode) line.get("request").deepCopy(), line.path("tags")));
                request.put("csrfToken", securityKey);
                request.put("syncId", syncId);
                request.put("clientId", clientId);
                int sent = clientId;
                var response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(request.toString())));
                expectUidl(response);
                learnTags(response.body());
                syncId = intOf(SYNC_ID, response.body(), syncId);
                clientId = intOf(CLIENT_ID, response.body(), clientId);
                if (clientId != sent + 1) {
                    throw new IOException("out of step: sent clientId " + sent + ", the server answered " + clientId
                            + ": "
                            + response.body()
                                    .substring(0, Math.min(200, response.body().length())));
                }
            }
            default -> {}
        }
    }

    /**
     * Node ids are handed out by the server as it creates elements, so a UI whose page holds other
     * data (an entry sheet with other cells, say) numbers the same element differently: a recorded
     * node whose live namesake has another tag becomes the live node of the recorded tag nearest to
     * its number (the app layout, a select, a chart).
     */
    private ObjectNode resolveNodes(ObjectNode request, tools.jackson.databind.JsonNode recordedTags) {
        for (var rpc : request.path("rpc")) {
            if (!rpc.has("node") || !recordedTags.has(rpc.get("node").asString())) {
                continue;
            }
            int node = rpc.get("node").asInt();
            var tag = recordedTags.get(rpc.get("node").asString()).asString();
            if (tag.equals(tags.get(node))) {
                continue;
            }
            tags.entrySet().stream()
                    .filter(e -> e.getValue().equals(tag))
                    .min(java.util.Comparator.comparingInt(e -> Math.abs(e.getKey() - node)))
                    .ifPresent(e -> ((ObjectNode) rpc).put("node", e.getKey()));
        }
        return request;
    }

    private static final Pattern DETACH = Pattern.compile("\"node\":(\\d+),\"type\":\"detach\"");

    private void learnTags(String body) {
        var put = SessionRecorder.TAG.matcher(body);
        while (put.find()) {
            tags.put(Integer.parseInt(put.group(1)), put.group(2));
        }
        var detach = DETACH.matcher(body);
        while (detach.find()) {
            tags.remove(Integer.parseInt(detach.group(1)));
        }
    }

    /**
     * The beacon Flow's client sends when its page is left (FlowClient.js: an empty UIDL message
     * with {@code "UNLOAD": true}), which closes the UI on the server at once instead of after three
     * missed heartbeats. The browser does not wait for its answer, nor does this.
     */
    void unload() throws IOException, InterruptedException {
        var body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + ",\"UNLOAD\":true}";
        send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
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
