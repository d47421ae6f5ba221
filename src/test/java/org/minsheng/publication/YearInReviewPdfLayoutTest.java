package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.publication.render.ChartPainter;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the year-in-review PDF reads page by page: the demo's note said once at its start (it was under
 * every chart, noise in a document that says it anyway), and no section left alone on a mostly empty page
 * (整治工作 stood by itself on the last of six pages) nor a heading ending a page.
 */
@IntegrationTest
class YearInReviewPdfLayoutTest {

    /** The note the dashboard page of 2020 prints (dashboard.illustrativeSplit of 全市), without spaces. */
    private static final String SPLIT = "说明：公开发布的是全市合计数；各区县数据为演示用的示意拆分，其合计与全市数一致。";

    @Autowired
    PublicationService publications;

    @Autowired
    DSLContext db;

    @Test
    void the_demos_note_stands_on_the_first_page_and_the_pdfs_charts_are_drawn_without_it() throws Exception {
        var pages = pages(as("comms", () -> publications.yearInReviewPdf(2020)).bytes());
        assertThat(pages.getFirst().text())
                .as("said before the figures it is about")
                .contains(SPLIT);
        assertThat(pages.stream().filter(page -> page.text().contains(SPLIT)))
                .as("and only there")
                .hasSize(1);
        var pdf = as("comms", () -> publications.yearInReviewPdf(2020)).bytes();
        var charts = charts(pdf);
        assertThat(charts).as("five charts").hasSize(5);
        assertThat(charts)
                .as("no chart inside the PDF repeats it in its footer")
                .allSatisfy(chart -> assertThat(noteInk(chart)).isZero());
        assertThat(charts)
                .as("each still says its source")
                .allSatisfy(chart -> assertThat(sourceInk(chart)).isPositive());
    }

    @Test
    @Transactional
    void a_year_an_office_entered_has_no_note_in_its_pdf() throws Exception {
        db.execute("update period set illustrative = false where year = 2020");
        var pages = pages(as("comms", () -> publications.yearInReviewPdf(2020)).bytes());
        assertThat(pages).noneMatch(page -> page.text().contains("演示用"));
    }

    @Test
    void a_short_last_section_follows_the_chart_before_it_rather_than_standing_alone_on_a_page() throws Exception {
        var review = as("comms", () -> publications.yearInReview(2020));
        var pages = pages(as("comms", () -> publications.yearInReviewPdf(2020)).bytes());
        var last = review.sections().getLast();
        assertThat(last.category()).isEqualTo("整治工作");
        var page = pages.stream()
                .filter(p -> p.text().contains(last.category()))
                .findFirst()
                .orElseThrow();
        assertThat(page.images())
                .as("the page of 整治工作 also carries the chart that ends the section before it")
                .isPositive();
        for (var section : review.sections()) {
            var first = section.lines().getFirst().label();
            assertThat(pages)
                    .as(
                            "%s: its heading stands on the page of its first line, never alone at a page's foot",
                            section.category())
                    .anyMatch(p ->
                            p.text().contains(section.category()) && p.text().contains(first));
        }
    }

    @Test
    void every_page_ends_with_its_number_between_dashes() throws Exception {
        var pages = pages(as("comms", () -> publications.yearInReviewPdf(2020)).bytes());
        assertThat(pages).as("a document of several pages").hasSizeGreaterThan(1);
        for (int n = 1; n <= pages.size(); n++) {
            assertThat(pages.get(n - 1).text())
                    .as("page %d is numbered at its foot, after its text", n)
                    .endsWith("—" + n + "—");
        }
    }

    @Test
    void a_units_pdf_is_numbered_too() throws Exception {
        var pages = pages(
                as("comms", () -> publications.yearInReviewPdf(2020, "350623")).bytes());
        assertThat(pages.getLast().text()).endsWith("—" + pages.size() + "—");
    }

    /** A chart as printed: its pixels, RGB, row by row. */
    record Chart(int width, int height, byte[] rgb) {

        /** The share of non-white pixels between two lines of the 1200×800 frame the chart is drawn in. */
        double ink(double top, double bottom) {
            double scale = width / (double) ChartPainter.WIDTH;
            int ink = 0;
            int all = 0;
            for (int y = (int) (top * scale); y < (int) (bottom * scale); y++) {
                for (int x = (int) (60 * scale); x < width - (int) (60 * scale); x++) {
                    int at = (y * width + x) * 3;
                    all++;
                    if ((rgb[at] & 0xFF) < 0xF0 || (rgb[at + 1] & 0xFF) < 0xF0 || (rgb[at + 2] & 0xFF) < 0xF0) {
                        ink++;
                    }
                }
            }
            return (double) ink / all;
        }
    }

    /**
     * Ink where the footer's notes stand: under the source and the as-of (baseline 34 under the rule at
     * 700) to the image's edge. The PDF's charts have no typed note, so only the demo's could be there.
     */
    private static double noteInk(Chart chart) {
        return chart.ink(745, ChartPainter.HEIGHT - 4);
    }

    /** Ink on the source's line, over the notes. */
    private static double sourceInk(Chart chart) {
        return chart.ink(716, 740);
    }

    private static List<Chart> charts(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var charts = new ArrayList<Chart>();
        for (int n = 1; n <= reader.getNumberOfPages(); n++) {
            var xobjects = reader.getPageN(n).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
            if (xobjects == null) {
                continue;
            }
            for (var key : xobjects.getKeys()) {
                var object = PdfReader.getPdfObject(xobjects.get(key));
                if (object instanceof PRStream stream && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                    assertThat(stream.getAsNumber(PdfName.BITSPERCOMPONENT).intValue())
                            .isEqualTo(8);
                    assertThat(stream.get(PdfName.COLORSPACE)).isEqualTo(PdfName.DEVICERGB);
                    charts.add(new Chart(
                            stream.getAsNumber(PdfName.WIDTH).intValue(),
                            stream.getAsNumber(PdfName.HEIGHT).intValue(),
                            PdfReader.getStreamBytes(stream)));
                }
            }
        }
        return charts;
    }

    /** A page's text without whitespace, and how many images it draws. */
    record Page(String text, int images) {}

    private static List<Page> pages(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var pages = new ArrayList<Page>();
        for (int n = 1; n <= reader.getNumberOfPages(); n++) {
            var text = new PdfTextExtractor(reader).getTextFromPage(n).replaceAll("\\s+", "");
            int images = 0;
            var xobjects = reader.getPageN(n).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
            if (xobjects != null) {
                for (var key : xobjects.getKeys()) {
                    var object = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(key));
                    if (PdfName.IMAGE.equals(object.getAsName(PdfName.SUBTYPE))) {
                        images++;
                    }
                }
            }
            pages.add(new Page(text, images));
        }
        return pages;
    }
}
