package org.minsheng.publication;

import java.util.List;
import java.util.function.Supplier;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Where a block of the year-in-review starts: on the page the one before ends on when it fits in what is
 * left there, else on the next page. A block taller than a page starts where its first few elements (a
 * heading and its first table) fit, so a heading never ends a page. Starting every section on a new page
 * left a short last section alone on a mostly empty page (a tester's tour); this rule depends on the
 * heights of what is printed, not on which sections a year has.
 */
final class PageFlow {

    /** Far above any page: the block is measured in a column this tall, never cut. */
    private static final float TALL = 100_000f;

    private final Document document;
    private final PdfWriter writer;

    PageFlow(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    /**
     * Breaks the page, when needed, before a block is added.
     *
     * @param block builds the block's elements afresh: measuring lays out what it measures, so the elements
     *              measured are not the ones then added
     * @param keep  how many of its first elements are never parted from the page they start on
     */
    void startWhereFits(Supplier<List<Element>> block, int keep) {
        float room = writer.getVerticalPosition(false) - document.bottom();
        float all = height(block.get());
        if (all <= room) {
            return;
        }
        if (all <= document.top() - document.bottom()) {
            document.newPage();
            return;
        }
        var elements = block.get();
        if (height(elements.subList(0, Math.min(keep, elements.size()))) > room) {
            document.newPage();
        }
    }

    /** The height the elements take at the text width, laid out without being printed. */
    private float height(List<Element> elements) {
        var column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(document.left(), 0, document.right(), TALL);
        elements.forEach(column::addElement);
        try {
            column.go(true);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot measure the year-in-review's text", e);
        }
        return TALL - column.getYLine();
    }
}
