package org.minsheng.publication.render;

import java.awt.Font;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minsheng.base.RefusedException;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font embedded in PDFs. Without one, Chinese would print as empty boxes, so the export
 * refuses with a message naming the Debian package to install instead of producing such a file.
 */
@Component
public class CjkFont {

    /** path and, for a collection (.ttc), the index of the face to use */
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");

    private final List<String> candidates;
    private BaseFont font;
    private Font awtFont;

    public CjkFont(@Value("${minsheng.publication.font:}") String configured) {
        candidates = new ArrayList<>();
        if (!configured.isBlank()) {
            candidates.add(configured);
        }
        candidates.addAll(CANDIDATES);
    }

    public synchronized BaseFont get() {
        if (font == null) {
            var found = found();
            try {
                font = BaseFont.createFont(found, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot load the Chinese font " + found, e);
            }
        }
        return font;
    }

    /**
     * The same face for Java2D, so chart images and cards print the same characters as the PDF. A
     * collection (.ttc) holds several faces; the index after the comma picks one.
     */
    public synchronized Font awt() {
        if (awtFont == null) {
            var found = found();
            var parts = found.split(",(?=\\d+$)");
            int index = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            try {
                var faces = Font.createFonts(new File(parts[0]));
                awtFont = faces[Math.min(index, faces.length - 1)];
            } catch (Exception e) {
                throw new IllegalStateException("Cannot load the Chinese font " + found, e);
            }
        }
        return awtFont;
    }

    private String found() {
        return candidates.stream()
                .filter(c -> Files.isReadable(Path.of(c.replaceFirst(",\\d+$", ""))))
                .findFirst()
                .orElseThrow(() -> new RefusedException("publication.error.noFont"));
    }
}
