package org.minsheng.base.chart;

/**
 * Pixel sizes for publication. PRINT is a 16 cm wide figure at 300 dpi (16 / 2.54 × 300 ≈ 1890
 * pixels); the resolution is written into the PNG so layout programs place it at that size.
 */
public enum ImageSize {
    WEB(1200, 800, 96, null),
    PRINT(1890, 1260, 300, "16cm");

    public final int width;
    public final int height;
    public final int dpi;
    /** the physical width an SVG declares, or null for its pixel size */
    public final String physicalWidth;

    ImageSize(int width, int height, int dpi, String physicalWidth) {
        this.width = width;
        this.height = height;
        this.dpi = dpi;
        this.physicalWidth = physicalWidth;
    }
}
