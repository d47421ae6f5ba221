package org.minsheng.publication;

/**
 * One piece of a rendered phrase. The editor's preview shows the kinds differently: a gap is a known
 * placeholder whose figure is missing this year (the data's problem, shown as a visible marker, never
 * as 0); an unknown placeholder is the template's own error, named so the editor can fix it. Published
 * text leaves out a clause with either, so neither marker ever reaches the public.
 *
 * @param placeholder the placeholder's name for a gap or an unknown one, null for text
 */
public record PhrasePart(Kind kind, String text, String placeholder) {

    public enum Kind {
        /** the template's words and the filled-in figures */
        TEXT,
        /** a known placeholder without a figure: 【增设错车道：暂无数据】 */
        GAP,
        /** a placeholder the product does not know, such as {完成率} */
        UNKNOWN
    }

    static PhrasePart text(String text) {
        return new PhrasePart(Kind.TEXT, text, null);
    }
}
