package org.minsheng.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the server reads of an upload, counted at the request's input stream: never more than the
 * limit plus one byte, and nothing at all when the declared length is already too large.
 */
class BoundedUploadTest {

    private static final int LIMIT = 64 * 1024 + 7;
    private static final String TOO_LARGE = "文件太大：最大 5 MB";

    private final List<Long> received = new ArrayList<>();

    private List<BoundedUpload> handlers() {
        return List.of(
                BoundedUpload.inMemory(LIMIT, TOO_LARGE, (name, data) -> received.add((long) data.length)),
                BoundedUpload.toTempFile(LIMIT, TOO_LARGE, (name, file) -> {
                    try {
                        received.add(Files.size(file));
                        Files.delete(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    @Test
    void an_endless_body_without_a_length_is_read_to_the_limit_plus_one_byte_and_refused() throws IOException {
        long partsBefore = partFiles();
        for (var handler : handlers()) {
            var body = new Zeros(Long.MAX_VALUE);
            var event = event(body, -1);
            handler.handleUploadRequest(event);
            assertThat(body.read).isEqualTo(LIMIT + 1);
            assertThat(event.isRejected()).isTrue();
            assertThat(event.getRejectionMessage()).isEqualTo(TOO_LARGE);
        }
        assertThat(received).as("nothing handed over").isEmpty();
        assertThat(partFiles()).as("the partial temporary file is deleted").isEqualTo(partsBefore);
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_without_reading_a_byte() throws IOException {
        for (var handler : handlers()) {
            var body = new Zeros(50L * 1024 * 1024);
            var event = event(body, 50L * 1024 * 1024);
            handler.handleUploadRequest(event);
            assertThat(body.read).isZero();
            assertThat(event.isRejected()).isTrue();
        }
        assertThat(received).isEmpty();
    }

    @Test
    void a_file_exactly_at_the_limit_is_handed_over_whole() throws IOException {
        for (var handler : handlers()) {
            var event = event(new Zeros(LIMIT), -1);
            handler.handleUploadRequest(event);
            assertThat(event.isRejected()).isFalse();
        }
        assertThat(received).containsExactly((long) LIMIT, (long) LIMIT);
    }

    private static UploadEvent event(InputStream body, long declaredLength) throws IOException {
        var request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, null, null, "z.csv", declaredLength, "text/csv", new Element("div"), null);
    }

    private static long partFiles() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().matches("upload-.*\\.part"))
                    .count();
        }
    }

    /** A body of zeros generated as it is read, counting what was read. */
    private static final class Zeros extends InputStream {

        private final long size;
        long read;

        Zeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read == size) {
                return -1;
            }
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read == size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            Arrays.fill(b, off, off + n, (byte) 0);
            read += n;
            return n;
        }
    }
}
