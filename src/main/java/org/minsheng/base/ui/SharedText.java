package org.minsheng.base.ui;

/**
 * One copy of a page text for every session that shows it. A dashboard's tiles, tables and chart
 * configurations are a session's largest holding (tens of KB of HTML and JSON a page, docs/benchmarks.md
 * 5), and leaders mostly open the same views, whose texts are equal: held once rather than once a
 * session, a national page's session drops under the 300 KB goal. The JVM's string table keeps a text
 * only while some element still holds it, so a view nobody has open any more costs nothing.
 */
public final class SharedText {

    private SharedText() {}

    /** {@code text}, or the equal text another session already holds. */
    public static String of(String text) {
        return text == null ? null : text.intern();
    }
}
