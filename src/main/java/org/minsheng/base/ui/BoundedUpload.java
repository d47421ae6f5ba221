package org.minsheng.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Upload handlers that stop reading at a size limit. {@code Upload.setMaxFileSize} is checked only in
 * the browser, and Vaadin's own handlers read whatever arrives (the in-memory one into one array), so
 * a body sent by hand could fill the heap. These refuse a declared length over the limit before
 * reading a byte and stop an undeclared one at the limit plus one byte; Tomcat then drops the
 * connection after at most its swallow limit (2 MB) of the rest. A refused file never reaches the
 * callback: the user gets the message as a notification, and the client as the answer (413).
 *
 * <p>The callbacks run on the upload's request, outside the UI's lock, as the signed-in user.
 */
public final class BoundedUpload implements UploadHandler {

    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final String tooLarge;
    private final Sink sink;

    private BoundedUpload(long maxBytes, String tooLarge, Sink sink) {
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.sink = sink;
    }

    /** Holds a file of at most {@code maxBytes} in memory and hands it over with the name the user gave it. */
    public static BoundedUpload inMemory(int maxBytes, String tooLarge, BiConsumer<String, byte[]> received) {
        return new BoundedUpload(maxBytes, tooLarge, (name, in, limit) -> {
            var out = new ByteArrayOutputStream();
            if (!copy(in, out, limit)) {
                return false;
            }
            received.accept(name, out.toByteArray());
            return true;
        });
    }

    /**
     * Writes a file of at most {@code maxBytes} to a temporary file, which then belongs to the
     * callback (to delete once used); a refused file's partial copy is deleted here.
     */
    public static BoundedUpload toTempFile(long maxBytes, String tooLarge, BiConsumer<String, Path> received) {
        return new BoundedUpload(maxBytes, tooLarge, (name, in, limit) -> {
            var file = Files.createTempFile("upload-", ".part");
            boolean kept = false;
            try {
                try (var out = Files.newOutputStream(file)) {
                    kept = copy(in, out, limit);
                }
                if (kept) {
                    received.accept(name, file);
                }
                return kept;
            } finally {
                if (!kept) {
                    Files.deleteIfExists(file);
                }
            }
        });
    }

    /** Vaadin's own check for a multipart body, whose parts the servlet container has already parsed. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        // the declared length (Content-Length, or the part's size) is refused without reading the body
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        try (var in = event.getInputStream()) {
            if (!sink.take(event.getFileName(), in, maxBytes)) {
                refuse(event);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A refused file is answered with 413 and the reason as plain UTF-8 text, flushed at once, so
     * that a client still sending reads it before Tomcat closes the connection on the unread rest.
     * Everything else gets Vaadin's own answer.
     */
    @Override
    public void responseHandled(UploadResult result) {
        if (result.exception() != null
                || !result.allRejected()
                || result.rejectedFiles().stream().noneMatch(f -> tooLarge.equals(f.reason()))) {
            UploadHandler.super.responseHandled(result);
            return;
        }
        var response = result.response();
        response.setStatus(413);
        response.setContentType("text/plain;charset=UTF-8");
        try {
            var writer = response.getWriter();
            writer.write(tooLarge);
            writer.flush();
        } catch (IOException gone) {
            // the client hung up first: there is nobody left to tell
        }
    }

    private void refuse(UploadEvent event) {
        event.reject(tooLarge);
        var ui = event.getUI();
        if (ui != null) {
            ui.access(() -> Notifications.error(tooLarge));
        }
    }

    /** Copies at most {@code limit} bytes; false, having read one byte more and no further, if there were more. */
    private static boolean copy(InputStream in, OutputStream out, long limit) throws IOException {
        var buffer = new byte[BUFFER];
        long total = 0;
        while (true) {
            int wanted = (int) Math.min(buffer.length, limit + 1 - total);
            int read = in.read(buffer, 0, wanted);
            if (read < 0) {
                return true;
            }
            total += read;
            if (total > limit) {
                return false;
            }
            out.write(buffer, 0, read);
        }
    }

    /** Where an upload goes: true if it fitted and was handed over. */
    @FunctionalInterface
    private interface Sink {
        boolean take(String fileName, InputStream in, long limit) throws IOException;
    }
}
