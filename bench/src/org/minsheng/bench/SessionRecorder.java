package org.minsheng.bench;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.minsheng.support.Browser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records what a real browser (Debian's Chromium through Playwright) sends to Vaadin while a leader
 * and a statistician use the application, so the load driver replays the shapes a browser really
 * sends (which requests follow a navigation, the grid's and the selects' own requests, heartbeats,
 * the syncId/clientId sequence) rather than what we believe it sends. Each line of the output is one
 * request to Vaadin ({@code ?v-r=...}): the user action it belongs to, its kind, the request body
 * with the security key blanked, and the size and ids of the answer.
 *
 * <p>{@code bench/run.sh record http://localhost:18180 bench/fixtures/browser-session.jsonl}; the
 * application should run with {@code --vaadin.heartbeatInterval=5} so a heartbeat is seen in the
 * few seconds a step waits.
 */
public final class SessionRecorder {

    private static final Pattern KIND = Pattern.compile("[?&]v-r=([a-z-]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern TAG =
            Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"([^\"]+)\"");
    private static final Pattern UI = Pattern.compile("[?&]v-uiId=(\\d+)");

    /** The element tag of every node each UI was told about, so a request's nodes can be found again by tag. */
    private final java.util.Map<String, java.util.Map<Integer, String>> tags = new java.util.HashMap<>();

    private final java.util.Map<ObjectNode, String> answers = new java.util.IdentityHashMap<>();

    private final List<ObjectNode> lines = new ArrayList<>();
    private final List<ObjectNode> pending = new ArrayList<>();
    private final java.util.Map<com.microsoft.playwright.Request, Integer> sent = new java.util.IdentityHashMap<>();
    private String user = "";

    private SessionRecorder() {}

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var out = Path.of(args.length > 1 ? args[1] : "bench/fixtures/browser-session.jsonl");
        var recorder = new SessionRecorder();
        try (var browser = Browser.start()) {
            recorder.leader(browser.newPage(1440, 900), base);
            recorder.statistician(browser.newPage(1440, 900), base);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        var text = new StringBuilder();
        for (var line : recorder.lines) {
            text.append(JSON.writeValueAsString(line)).append('\n');
        }
        Files.writeString(out, text);
        System.out.println(recorder.lines.size() + " requests recorded into " + out);
    }

    private void leader(Page page, String base) {
        watch(page, "leader");
        step(page, "login", () -> Browser.signIn(page, base, "leader"));
        step(page, "dashboard", () -> page.locator(".tile").first().waitFor());
        step(page, "idle", () -> page.waitForTimeout(7_000));
        step(page, "filter-period-quarter", () -> choose(page, "#filter-period", 2));
        step(page, "chart-indicator", () -> choose(page, "#chart-indicator", 2));
        step(page, "filter-year", () -> choose(page, "#filter-year", 1));
        step(page, "open-district", () -> {
            page.waitForFunction("() => { const el = document.querySelector('#ranking-chart campaign-chart');"
                    + " return el && el._chart; }");
            Object point = page.evaluate("() => { const el = document.querySelector('#ranking-chart campaign-chart');"
                    + " el.scrollIntoView({block: 'center'}); const bar = el._chart.getDatasetMeta(0).data[0];"
                    + " const box = el.querySelector('canvas').getBoundingClientRect();"
                    + " return [box.left + (bar.x + bar.base) / 2, box.top + bar.y]; }");
            var xy = (List<?>) point;
            page.mouse().click(((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue());
            page.waitForURL(url -> url.contains("division="));
            // a district with towns has its own page along the hierarchy, led back by the breadcrumbs
            // (shown from two levels on); one without, by the back link
            page.locator("#back-to-city, #dashboard-breadcrumbs a[aria-current=page]")
                    .first()
                    .waitFor();
        });
        step(page, "back-to-city", () -> {
            page.goBack();
            page.waitForURL(url -> !url.contains("division="));
            page.locator("#district-table").waitFor();
        });
        step(page, "idle", () -> page.waitForTimeout(7_000));
        page.context().close();
    }

    private void statistician(Page page, String base) {
        watch(page, "statistician");
        step(page, "login", () -> Browser.signIn(page, base, "stat-xiangcheng"));
        step(page, "dashboard", () -> page.locator(".tile").first().waitFor());
        step(page, "open-entry", () -> {
            page.navigate(base + "/entry");
            page.locator("vaadin-text-field.cell-value").first().waitFor();
        });
        var fields = page.locator("vaadin-text-field.cell-value input");
        for (int n = 0; n < 3; n++) {
            int cell = n;
            step(page, "save", () -> {
                // a new value each run: the same value again is no change, and the browser sends nothing
                fields.nth(cell)
                        .fill(String.valueOf(
                                java.util.concurrent.ThreadLocalRandom.current().nextInt(20, 90)));
                fields.nth(cell).press("Tab");
                page.waitForTimeout(1_500);
            });
        }
        step(page, "idle", () -> page.waitForTimeout(7_000));
        page.context().close();
    }

    /**
     * Notes the tag of each node the request names, from the answers the UI had before it, then
     * learns the tags its own answer brings. Done in the order sent, after the step: Playwright runs
     * a page's later events while an earlier handler still reads its answer.
     */
    private void learn(ObjectNode line) {
        var url = line.get("url").asString();
        var answer = answers.getOrDefault(line, "");
        var ui = UI.matcher(url);
        var uiId = ui.find() ? ui.group(1) : answer.replaceFirst("(?s).*?\"v-uiId\"\\s*:\\s*(\\d+).*", "$1");
        var known = tags.computeIfAbsent(user + ":" + uiId, k -> new java.util.HashMap<>());
        if (line.has("request")) {
            var referenced = JSON.createObjectNode();
            for (var rpc : line.get("request").path("rpc")) {
                if (rpc.has("node") && known.containsKey(rpc.get("node").asInt())) {
                    referenced.put(
                            rpc.get("node").asString(),
                            known.get(rpc.get("node").asInt()));
                }
            }
            line.set("tags", referenced);
        }
        var put = TAG.matcher(answer);
        while (put.find()) {
            known.put(Integer.parseInt(put.group(1)), put.group(2));
        }
    }

    /** Opens a select, picks its n-th item and waits for the address the server then sets. */
    private static void choose(Page page, String select, int item) {
        var before = page.url();
        // a native select (ChoiceBar): what a click on an option sends
        page.locator(select).selectOption(new SelectOption().setIndex(item));
        page.waitForURL(url -> !url.equals(before));
    }

    private void watch(Page page, String who) {
        // the beacon with which a page being left closes its UI has no answer a page event would show
        page.onRequest(request -> {
            if (KIND.matcher(request.url()).find()) {
                sent.put(request, sent.size());
            }
            var post = request.postData();
            if (KIND.matcher(request.url()).find() && post != null && post.contains("UNLOAD")) {
                var line = JSON.createObjectNode();
                line.put("user", user);
                line.put("seq", sent.get(request));
                line.put("kind", "unload");
                line.put("method", request.method());
                line.put("url", request.url().replaceFirst("^https?://[^/]+", ""));
                line.set("request", JSON.readTree(post));
                pending.add(line);
            }
        });
        page.onResponse(response -> {
            // read at once: a page navigated away from takes its answers with it
            if (KIND.matcher(response.url()).find()) {
                pending.add(record(response));
            }
        });
        this.user = who;
    }

    /** Runs one user action, then lets the client's follow-up requests finish before reading them. */
    private void step(Page page, String name, Runnable run) {
        run.run();
        page.waitForLoadState();
        page.waitForTimeout(1_000);
        // in the order the browser sent them: answers arrive by size
        pending.sort(java.util.Comparator.comparingInt(l -> l.get("seq").asInt()));
        for (var line : pending) {
            line.put("action", name);
            learn(line);
            lines.add(line);
        }
        answers.clear();
        pending.clear();
    }

    private ObjectNode record(Response response) {
        var request = response.request();
        var matcher = KIND.matcher(request.url());
        matcher.find();
        var line = JSON.createObjectNode();
        line.put("user", user);
        line.put("seq", sent.getOrDefault(request, -1));
        line.put("kind", matcher.group(1));
        line.put("method", request.method());
        line.put("url", request.url().replaceFirst("^https?://[^/]+", ""));
        line.put("status", response.status());
        var post = request.postData();
        if (post != null && post.startsWith("{")) {
            var body = (ObjectNode) JSON.readTree(post);
            if (body.has("csrfToken")) {
                body.put("csrfToken", "<security key>");
            }
            line.set("request", body);
        }
        String answer;
        try {
            answer = response.text();
        } catch (RuntimeException e) {
            answer = "";
            line.put("responseLost", true);
        }
        line.put("responseChars", answer.length());
        answers.put(line, answer);
        var ids = Pattern.compile("\"(syncId|clientId)\"\\s*:\\s*(-?\\d+)").matcher(answer);
        while (ids.find()) {
            line.put(
                    "response" + Character.toUpperCase(ids.group(1).charAt(0))
                            + ids.group(1).substring(1),
                    Integer.parseInt(ids.group(2)));
        }
        line.put("responseStart", answer.substring(0, Math.min(160, answer.length())));
        return line;
    }
}
