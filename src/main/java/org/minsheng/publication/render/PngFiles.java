package org.minsheng.publication.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadataNode;

/**
 * PNG bytes with the resolution in the pHYs chunk: a print shop's layout program then places a
 * 1890-pixel figure at 16 cm instead of guessing 72 dpi.
 */
public final class PngFiles {

    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngFiles() {}

    public static byte[] write(BufferedImage image, int dpi) {
        var writer = ImageIO.getImageWritersByFormatName("png").next();
        try (var out = new ByteArrayOutputStream();
                var stream = ImageIO.createImageOutputStream(out)) {
            var param = writer.getDefaultWriteParam();
            var metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            var physical = new IIOMetadataNode("pHYs");
            var perMetre = String.valueOf(Math.round(dpi / 0.0254));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            var root = new IIOMetadataNode(FORMAT);
            root.appendChild(physical);
            metadata.mergeTree(FORMAT, root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
