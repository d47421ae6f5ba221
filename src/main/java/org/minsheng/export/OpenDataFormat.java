package org.minsheng.export;

/** The open-data files of a published year: what the website's readers download. */
public enum OpenDataFormat {
    /** UTF-8 with a BOM, which Excel on a Chinese Windows opens as it should. */
    CSV("csv", "text/csv; charset=UTF-8"),
    /** GB18030, for older Chinese software that reads no UTF-8. */
    CSV_GB18030("csv", "text/csv; charset=GB18030"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("json", "application/json");

    private final String extension;
    private final String contentType;

    OpenDataFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
