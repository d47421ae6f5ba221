package org.minsheng.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import org.minsheng.base.Download;
import org.minsheng.base.RefusedException;
import org.minsheng.base.UnknownException;
import org.springframework.security.access.AccessDeniedException;

/**
 * "下载 XLSX · 下载 CSV" beside a table. The file is built on the download request itself, so it shows
 * the data as of the click, through the same service (and access check) as the screen. Public so
 * every feature's views can put it under their tables.
 */
public class DownloadLinks extends HorizontalLayout {

    /**
     * @param id       prefix of the links' ids: {@code id-xlsx}, {@code id-csv}
     * @param download the export for a format; called on the download request
     */
    public DownloadLinks(String id, Function<Download.Format, Supplier<Download>> download) {
        addClassName("download-links");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        for (var format : Download.Format.values()) {
            var anchor = new Anchor(
                    handler(download.apply(format)),
                    AttachmentType.DOWNLOAD,
                    getTranslation("export." + format.name().toLowerCase()));
            anchor.setId(id + "-" + format.name().toLowerCase());
            add(anchor);
        }
    }

    /** Links with a choice in front, as the downloads page shows them. */
    public DownloadLinks(Component choice, String id, Function<Download.Format, Supplier<Download>> download) {
        this(id, download);
        addComponentAsFirst(choice);
    }

    /**
     * A download built on its own request from the service that checks access; a refusal becomes a
     * 403 (404 for an address naming what the installation lacks, a year the calendar has not) whose
     * body says why in the reader's language, rather than an error page or an empty file. For any link
     * that hands over a {@link Download}.
     */
    public static DownloadHandler handler(Supplier<Download> download) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                var file = download.get();
                return new DownloadResponse(
                        new ByteArrayInputStream(file.bytes()),
                        file.fileName(),
                        file.contentType(),
                        file.bytes().length);
            } catch (RefusedException refused) {
                return refuse(
                        event,
                        refused instanceof UnknownException ? 404 : 403,
                        event.getUI().getTranslation(refused.messageKey(), refused.parameters()));
            } catch (AccessDeniedException denied) {
                return refuse(event, 403, event.getUI().getTranslation("catalogue.error.accessDenied"));
            }
        });
    }

    /**
     * The refusal written as the answer's plain-text body: Vaadin's error response sets the status only,
     * and a browser saving the link or a script would otherwise get an empty file.
     */
    private static DownloadResponse refuse(DownloadEvent event, int status, String said) {
        var response = event.getResponse();
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        try {
            response.getOutputStream().write(said.getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            // the reader left: nobody is there to tell; the status is set all the same
        }
        return DownloadResponse.error(status, said);
    }
}
