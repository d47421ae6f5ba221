package org.minsheng.base.chart;

/** PNG for slides, web and print; SVG for designers who want to restyle the figure. */
public enum ImageFormat {
    PNG("png", "image/png"),
    SVG("svg", "image/svg+xml");

    public final String extension;
    public final String contentType;

    ImageFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }
}
