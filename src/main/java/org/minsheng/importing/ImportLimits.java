package org.minsheng.importing;

/**
 * Bounds on what an upload may cost the server. A district's month is a dozen rows, so these leave
 * room for a whole city's year while refusing files built to exhaust memory.
 */
public final class ImportLimits {

    /** Largest accepted upload. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Most data rows in one file. */
    public static final int MAX_ROWS = 5_000;
    /** Most characters in one cell (an explanation is a few sentences). */
    public static final int MAX_CELL_CHARS = 2_000;
    /** Largest uncompressed part of an XLSX; with the inflate ratio it stops zip bombs. */
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    /** A part inflating more than 100 times is treated as a zip bomb (POI's check). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Most characters of text an XLSX may hold in total (shared strings). */
    static final long MAX_TEXT_CHARS = 10_000_000L;

    private ImportLimits() {}
}
