package org.minsheng.support;

import java.io.IOException;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** What a PDF says, for tests that read an exported document back. */
public final class PdfText {

    private PdfText() {}

    /**
     * Every page's text with all whitespace removed: the PDF breaks lines where the layout does, so a
     * phrase is searched for without the breaks that happen to fall inside it.
     */
    public static String withoutSpaces(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString().replaceAll("\\s+", "");
    }
}
