package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minsheng.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A public address a browser would not send but a hand or a broken link can: a malformed percent escape
 * in the query (x=%ZZ). The visitor was sent to the application's sign-in page, and the log got an ERROR
 * with a stack trace for each such request (a stranger's tour). It is the public site's own page, never
 * the sign-in page, and at most one WARN line.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PublicMalformedAddressTest {

    @LocalServerPort
    int port;

    @Test
    void a_malformed_query_gets_the_public_sites_own_page_and_one_warning_without_a_stack_trace(CapturedOutput output) {
        for (var path : List.of("/public/2020?x=%ZZ", "/public?lang=%ZZ", "/public/2020/350602?x=%E4%Z")) {
            var answer = get(path);
            assertThat(statusLine(answer)).as(path).matches("HTTP/1\\.1 (400|404) .*");
            assertThat(answer).as(path).doesNotContainIgnoringCase("Location:").doesNotContain("JSESSIONID");
            assertThat(answer).as(path).contains("公开页面中没有这个地址").contains("<html lang=\"zh-CN\"");
        }
        assertThat(output.getAll())
                .doesNotContain("Character decoding failed\n\tat ")
                .doesNotContain("InvalidParameterException: ")
                .doesNotContain("ERROR");
    }

    /**
     * A malformed escape in the path itself (/public/%ZZ) is refused by Tomcat before any filter or
     * controller sees it: the visitor got Tomcat's bare English "HTTP Status 400 – Bad Request" page. It
     * is the public site's page for an address it does not have, still a 400, in Chinese unless the query
     * asks for English.
     */
    @Test
    void a_malformed_path_gets_the_public_sites_own_page_in_chinese_or_english(CapturedOutput output) {
        var pages = Map.of(
                "/public/%ZZ", "公开页面中没有这个地址",
                "/public/2020/%E4%Z", "公开页面中没有这个地址",
                "/public/embed/2020/%ZZ", "此图表不存在或尚未公开");
        pages.forEach((path, words) -> {
            var answer = get(path);
            assertThat(statusLine(answer)).as(path).startsWith("HTTP/1.1 400 ");
            assertThat(answer)
                    .as(path)
                    .containsIgnoringCase("Content-Type: text/html;charset=UTF-8")
                    .contains("<html lang=\"zh-CN\"")
                    .contains(words)
                    .doesNotContain("Tomcat")
                    .doesNotContain("Bad Request")
                    .doesNotContain("JSESSIONID");
        });
        var english = get("/public/%ZZ?lang=en");
        assertThat(statusLine(english)).startsWith("HTTP/1.1 400 ");
        assertThat(english)
                .contains("<html lang=\"en\"")
                .contains("No such public page")
                .doesNotContain("公开页面中没有这个地址")
                .doesNotContain("Tomcat");
        assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("\tat ");
    }

    /** Over a socket: Java's HTTP client refuses to send an address with a malformed escape. */
    private String get(String path) {
        try (var socket = new Socket("localhost", port)) {
            var request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String statusLine(String answer) {
        return answer.lines().findFirst().orElse("");
    }
}
