package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public side as a visitor reads it over HTTP: its pages, its embeds' charts and the read API's JSON. */
final class PublicSite {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CHART = Pattern.compile("class=\"chart-config\">(.*?)</script>");

    private final HttpClient http = HttpClient.newHttpClient();
    private final IntSupplier port;

    /** The site at the port, read when a page is asked for: a test's server port is set after its fields. */
    PublicSite(IntSupplier port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port.getAsInt() + path))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The read API's answer at the path, which must be there. */
    JsonNode json(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The configuration of the embed's chart, as the page hands it to the browser. */
    static String chart(String html) {
        var matcher = CHART.matcher(html);
        assertThat(matcher.find()).as("a chart's configuration").isTrue();
        return matcher.group(1);
    }

    /** The first series' value at the label that starts with {@code label}, in the embed's chart. */
    static BigDecimal value(String html, String label) {
        var data = JSON.readTree(chart(html)).get("data");
        var labels = data.get("labels");
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).asString().startsWith(label)) {
                return data.get("datasets").get(0).get("data").get(i).decimalValue();
            }
        }
        throw new AssertionError("no " + label + " in " + labels);
    }
}
