package org.minsheng.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every browser asks for /favicon.ico, signed in or not; a 404 there was a console error on every page. */
@IntegrationTest
class FaviconTest {

    @LocalServerPort
    int port;

    @Test
    void the_favicon_is_served_to_anyone_as_an_icon() throws Exception {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/favicon.ico"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        var body = response.body();
        assertThat(body.length).isGreaterThan(6);
        // an ICO file starts with reserved 0, type 1
        assertThat(new byte[] {body[0], body[1], body[2], body[3]}).containsExactly(0, 0, 1, 0);
    }
}
