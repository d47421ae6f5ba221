package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    void a_malformed_query_gets_the_public_sites_own_page_and_one_warning_without_a_stack_trace(CapturedOutput output)
            throws IOException {
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

    /** Over a socket: Java's HTTP client refuses to send an address with a malformed escape. */
    private String get(String path) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            var request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String statusLine(String answer) {
        return answer.lines().findFirst().orElse("");
    }
}
