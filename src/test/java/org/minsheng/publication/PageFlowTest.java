package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The page-breaking rule of the year-in-review, on blocks of any size: one that fits stays on the page,
 * one that does not starts the next, one taller than a page keeps its heading with its first table.
 */
class PageFlowTest {

    @Test
    void a_block_that_fits_in_what_is_left_stays_on_the_page() throws Exception {
        assertThat(pageOf("HEADING", layout(20, 3, 0))).isEqualTo(1);
    }

    @Test
    void a_block_that_does_not_fit_but_fits_a_page_starts_the_next_one() throws Exception {
        assertThat(pageOf("HEADING", layout(30, 3, 20))).isEqualTo(2);
    }

    @Test
    void a_block_taller_than_a_page_starts_where_its_heading_and_first_table_fit() throws Exception {
        var pdf = layout(20, 3, 90);
        assertThat(pageOf("HEADING", pdf)).isEqualTo(1);
        assertThat(pageOf("line 2", pdf))
                .as("the heading's first table with it")
                .isEqualTo(1);
    }

    @Test
    void a_heading_never_ends_a_page_even_of_a_block_taller_than_a_page() throws Exception {
        var pdf = layout(44, 3, 90);
        assertThat(pageOf("HEADING", pdf)).isEqualTo(2);
    }

    /** Filler lines, then a block: a heading, a table of a few lines, a table of many rows. */
    private static byte[] layout(int filler, int lines, int rows) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        var writer = PdfWriter.getInstance(document, out);
        document.open();
        for (int n = 0; n < filler; n++) {
            document.add(new Paragraph("filler " + n));
        }
        var flow = new PageFlow(document, writer);
        flow.startWhereFits(() -> block(lines, rows), 2);
        block(lines, rows).forEach(document::add);
        document.close();
        return out.toByteArray();
    }

    private static List<Element> block(int lines, int rows) {
        var block = new ArrayList<Element>();
        var heading = new Paragraph("HEADING");
        heading.setSpacingBefore(10);
        block.add(heading);
        var first = new PdfPTable(2);
        for (int n = 0; n < lines; n++) {
            first.addCell("line " + n);
            first.addCell("value");
        }
        block.add(first);
        if (rows > 0) {
            var table = new PdfPTable(2);
            table.setHeaderRows(1);
            for (int n = 0; n <= rows; n++) {
                table.addCell("row " + n);
                table.addCell("value");
            }
            block.add(table);
        }
        return block;
    }

    private static int pageOf(String text, byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            if (new PdfTextExtractor(reader).getTextFromPage(page).contains(text)) {
                return page;
            }
        }
        return 0;
    }
}
