package org.minsheng.export.ui;

import java.nio.charset.StandardCharsets;
import org.minsheng.base.web.Etags;
import org.minsheng.export.OpenDataFormat;
import org.minsheng.export.OpenDataService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The open-data files beside each public disclosure page: /public/{year}[/{unit code}]/data.csv (UTF-8
 * with a BOM), data-gb18030.csv, data.xlsx and data.json, for anyone, under the public pages' security
 * chain (no session). A year not published answers 404 in plain words; a file carries an ETag of its
 * bytes, so a harvester asking again gets 304 until the data changes.
 */
@Controller
class OpenDataController {

    private static final String FILE = "{file:data(?:-gb18030)?\\.(?:csv|xlsx|json)}";

    private final OpenDataService openData;

    OpenDataController(OpenDataService openData) {
        this.openData = openData;
    }

    @GetMapping("/public/{year:\\d{4}}/" + FILE)
    ResponseEntity<byte[]> root(@PathVariable int year, @PathVariable String file, WebRequest request) {
        return file(year, null, file, request);
    }

    @GetMapping("/public/{year:\\d{4}}/{code:\\d{2,12}}/" + FILE)
    ResponseEntity<byte[]> unit(
            @PathVariable int year, @PathVariable String code, @PathVariable String file, WebRequest request) {
        return file(year, code, file, request);
    }

    private ResponseEntity<byte[]> file(int year, String code, String file, WebRequest request) {
        var format = file.endsWith(".xlsx")
                ? OpenDataFormat.XLSX
                : file.endsWith(".json")
                        ? OpenDataFormat.JSON
                        : file.contains("gb18030") ? OpenDataFormat.CSV_GB18030 : OpenDataFormat.CSV;
        var download = openData.published(year, code, format);
        if (download.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .cacheControl(CacheControl.noStore())
                    .body(("该年度成果尚未公开 / not published: " + year).getBytes(StandardCharsets.UTF_8));
        }
        var bytes = download.get().bytes();
        var etag = Etags.of(bytes);
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        var disposition = format == OpenDataFormat.JSON ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.contentType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(download.get().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .eTag(etag)
                .cacheControl(CacheControl.noCache().cachePublic())
                .body(bytes);
    }
}
