package org.minsheng.publication;

import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.DefaultSplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Where a printed line of Chinese may end: wherever OpenPDF would end it, except before closing
 * punctuation and after opening punctuation (Chinese typesetting's 避头尾, "line-start and line-end
 * prohibitions"). OpenPDF breaks after any CJK character, full-width punctuation included, so the lede
 * printed lines beginning with 「；」 and 「】」 and a title ending 「答卷\n人”」 without this.
 */
final class CjkLineBreaks extends DefaultSplitCharacter {

    static final CjkLineBreaks RULE = new CjkLineBreaks();

    /** Never the first character of a line. */
    private static final String CLOSING = "，。、；：？！）】」』》〉〕”’％…·,.;:?!)]}%";

    /** Never the last character of a line. */
    private static final String OPENING = "（【「『《〈〔“‘([{";

    /** The longest quoted term kept on one line. */
    private static final int SHORT_QUOTE = 6;

    private CjkLineBreaks() {}

    /** Text as the PDF prints it, broken by this rule. */
    static Phrase phrase(String text, Font font) {
        return new Phrase(chunk(text, font));
    }

    /** A paragraph as the PDF prints it, broken by this rule. */
    static Paragraph paragraph(String text, Font font) {
        return new Paragraph(chunk(text, font));
    }

    private static Chunk chunk(String text, Font font) {
        var chunk = new Chunk(text, font);
        chunk.setSplitCharacter(RULE);
        return chunk;
    }

    /** Whether a line may end after the character at {@code current} ({@code end} is exclusive). */
    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char here = getCurrentCharacter(current, cc, ck);
        // OpenPDF's own rule ends a line after a CJK character but not after full-width punctuation
        // (；，。 lie outside its ranges), which is where Chinese lines end best
        boolean mayEnd = super.isSplitCharacter(start, current, end, cc, ck) || CLOSING.indexOf(here) >= 0;
        if (!mayEnd || OPENING.indexOf(here) >= 0) {
            return false;
        }
        return (current + 1 >= end || CLOSING.indexOf(getCurrentCharacter(current + 1, cc, ck)) < 0)
                && !insideShortQuote(start, current, end, cc, ck);
    }

    /**
     * Within a quoted term of a few characters (“关键事”, “答卷人”), which the title must not split: it printed
     * 「答卷」 on one line and 「人”」 alone on the next.
     */
    private boolean insideShortQuote(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        int open = -1;
        for (int i = current; i >= Math.max(start, current - SHORT_QUOTE); i--) {
            char c = getCurrentCharacter(i, cc, ck);
            if (c == '”') {
                return false;
            }
            if (c == '“') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = current + 1; i < Math.min(end, open + SHORT_QUOTE + 2); i++) {
            if (getCurrentCharacter(i, cc, ck) == '”') {
                return true;
            }
        }
        return false;
    }
}
