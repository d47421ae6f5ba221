package org.minsheng.publication;

import java.util.function.IntFunction;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Numbers every page at its foot, centred, as a Chinese official publication does (「— 2 —」): a printed
 * year-in-review of six pages had none, and a reader could neither cite a page nor tell one was missing.
 * Written in the bottom margin, outside the text, so the flow of the pages stays as it was.
 */
final class PageNumbers extends PdfPageEventHelper {

    /** From the page's lower edge to the number's baseline: inside the bottom margin, under the text. */
    private static final float BASELINE = 30;

    private final IntFunction<String> number;
    private final Font font;

    /** @param number the page's number as printed, from its number counted from 1 */
    PageNumbers(IntFunction<String> number, Font font) {
        this.number = number;
        this.font = font;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float centre = (document.left() + document.right()) / 2;
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_CENTER,
                new Phrase(number.apply(writer.getPageNumber()), font),
                centre,
                BASELINE,
                0);
    }
}
