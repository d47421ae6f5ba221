package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.minsheng.support.BrowserTest;

/**
 * The probe of issue 21, over real HTTP: a signed-in user posts 50 MB to an upload's address by
 * hand, as {@code curl --data-binary} would, past the browser's size check. The server must answer
 * with the limit in words and stop reading, so memory stays flat. The session and the upload's
 * address come from a real sign-in in Chromium; the body is generated while it is sent.
 */
class UploadLimitBrowserTest extends BrowserTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final long TEN_MB = 10L * 1024 * 1024;

    @Test
    void a_statistician_posting_50_mb_to_the_import_by_hand_is_refused_before_it_is_read() throws Exception {
        var page = signedIn("stat-xiangcheng", "/import", 1280, 900);
        var target = uploadTarget(page, "#import-upload");
        long heapBefore = heapAfterGc();

        var declared = post(page, target, "z.csv", FIFTY_MB, true);
        var chunked = post(page, target, "z.csv", FIFTY_MB, false);

        for (var answer : new Answer[] {declared, chunked}) {
            assertThat(answer.sent()).as("bytes the server let the client send").isLessThan(FIFTY_MB);
            assertThat(answer.response()).startsWith("HTTP/1.1 413").contains("文件太大：最大 5 MB");
        }
        assertThat(heapAfterGc() - heapBefore).as("heap growth after GC").isLessThan(TEN_MB);
    }

    @Test
    void an_administrator_posting_50_mb_to_the_division_upload_by_hand_is_refused_before_it_is_read() throws Exception {
        var page = signedIn("admin", "/divisions", 1280, 900);
        var target = uploadTarget(page, "#division-upload");
        long heapBefore = heapAfterGc();

        var answer = post(page, target, "villages.csv", FIFTY_MB, true);

        assertThat(answer.sent()).as("bytes the server let the client send").isLessThan(FIFTY_MB);
        assertThat(answer.response()).startsWith("HTTP/1.1 413").contains("文件太大：每个文件最大 40 MB");
        assertThat(heapAfterGc() - heapBefore).as("heap growth after GC").isLessThan(TEN_MB);
    }

    private static String uploadTarget(Page page, String upload) {
        page.waitForFunction("s => document.querySelector(s) && document.querySelector(s).target", upload);
        return (String) page.evaluate("s => document.querySelector(s).target", upload);
    }

    /** What the client got to send, and everything the server answered until it closed the connection. */
    private record Answer(long sent, String response) {}

    /**
     * Posts {@code size} zero bytes as one file, with Content-Length or chunked, reading the answer
     * while sending, since the server may answer and close before the body is through.
     */
    private Answer post(Page page, String target, String fileName, long size, boolean declareLength) throws Exception {
        var session = page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .value;
        var path = target.startsWith("http") ? URI.create(target).getRawPath() : "/" + target;
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(120_000);
            var in = socket.getInputStream();
            var answer = CompletableFuture.supplyAsync(() -> {
                var read = new ByteArrayOutputStream();
                var buffer = new byte[8192];
                try {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        read.write(buffer, 0, n);
                    }
                } catch (IOException reset) {
                    // a reset after the answer: what arrived before it is the answer
                }
                return read.toString(StandardCharsets.UTF_8);
            });
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: JSESSIONID=" + session
                            + "\r\nX-Filename: " + fileName
                            + "\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n"
                            + (declareLength ? "Content-Length: " + size : "Transfer-Encoding: chunked") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            long sent = 0;
            var chunk = new byte[64 * 1024];
            try {
                while (sent < size) {
                    int n = (int) Math.min(chunk.length, size - sent);
                    if (!declareLength) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(chunk, 0, n);
                    if (!declareLength) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent += n;
                }
                if (!declareLength) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closed) {
                // the server stopped reading and closed the connection: the point of the test
            }
            return new Answer(sent, answer.get());
        }
    }

    private static long heapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
