package org.minsheng.publication;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.IllustrativeNote;
import org.minsheng.dashboard.YearCell;
import org.minsheng.indicator.Indicator;
import org.minsheng.publication.render.CjkFont;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** Writes the year-in-review as an A4 PDF: text selectable and searchable, the CJK font embedded. */
@Component
class PublicationPdf {

    private static final Color ACCENT = new Color(0x00, 0x72, 0xB2);
    private static final Color MUTED = new Color(0x55, 0x5F, 0x6D);
    private static final Color RULE = new Color(0xDD, 0xE2, 0xE8);
    private static final Color INK = new Color(0x1A, 0x1F, 0x2B);
    /** the demo's note: a pale amber, as a caution and not as a figure's colour */
    private static final Color NOTE = new Color(0xFF, 0xF6, 0xE0);

    private static final Color NOTE_RULE = new Color(0xE8, 0xC8, 0x7A);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final CjkFont cjk;
    private final Translations translations;
    /** Times are printed in the commission's zone, whatever the server's. */
    private final ZoneId zone;

    PublicationPdf(CjkFont cjk, Translations translations, Clock clock) {
        this.zone = clock.getZone();
        this.cjk = cjk;
        this.translations = translations;
    }

    /**
     * @param charts       PNG figures per category, placed after the category's tables
     * @param illustrative the demo's note, said once at the start, before the figures it is about, when the
     *                     figures are the demo's (the charts are drawn without it; at the end too it read as a
     *                     repeat, a tester's tour); null for none
     */
    byte[] write(YearInReview review, Map<String, List<byte[]>> charts, IllustrativeNote illustrative) {
        var font = cjk.get();
        var title = new Font(font, 20, Font.BOLD, new Color(0x1A, 0x1F, 0x2B));
        var heading = new Font(font, 14, Font.BOLD, ACCENT);
        var body = new Font(font, 11);
        var small = new Font(font, 9, Font.NORMAL, MUTED);
        var bold = new Font(font, 10, Font.BOLD);
        var cell = new Font(font, 9.5f);

        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        // a chart that does not fit goes to the next page in order, never behind the text that follows it
        var writer = PdfWriter.getInstance(document, out);
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PageNumbers(
                page -> t("publication.pdf.pageNumber", String.valueOf(page)),
                new Font(font, 10.5f, Font.NORMAL, INK)));
        document.addTitle(t("publication.title", String.valueOf(review.year()), review.city()));
        document.addAuthor(t(review.data().city().level().issuerKey(), review.city()));
        document.open();

        var heading1 =
                CjkLineBreaks.paragraph(t("publication.title", String.valueOf(review.year()), review.city()), title);
        heading1.setLeading(28);
        heading1.setSpacingAfter(6);
        document.add(heading1);
        // under the title that names the year: 「回眸2021」 of January alone was read as the whole year
        review.coverage(this::t).ifPresent(months -> {
            var coverage = CjkLineBreaks.paragraph(months, new Font(font, 12, Font.BOLD, ACCENT));
            coverage.setSpacingAfter(4);
            document.add(coverage);
        });
        var asOf = review.dataAsOf() == null
                ? "—"
                : review.dataAsOf().atZoneSameInstant(zone).format(DATE);
        var meta = CjkLineBreaks.paragraph(review.meta(this::t, asOf), small);
        meta.setSpacingAfter(14);
        document.add(meta);
        if (illustrative != null) {
            // said once where the reader starts, before any figure; the charts below are drawn without it
            document.add(demoNote(illustrative, font));
        }

        var lede = CjkLineBreaks.paragraph(review.lede(), body);
        lede.setFirstLineIndent(22);
        lede.setLeading(20);
        lede.setSpacingAfter(12);
        document.add(lede);
        // the lede's and the tables' totals leave a unit out: said where the reader meets them
        review.acceptanceNote().ifPresent(leftOut -> {
            var note = CjkLineBreaks.paragraph(leftOut, small);
            note.setSpacingAfter(12);
            document.add(note);
        });

        var flow = new PageFlow(document, writer);
        for (var section : review.sections()) {
            // a section starts where the one before ends when its heading, lines and table fit there, else
            // on the next page; one taller than a page keeps at least its heading with its lines
            Supplier<List<Element>> text = () -> sectionText(review, section, heading, cell, bold);
            flow.startWhereFits(text, 2);
            text.get().forEach(document::add);
            for (var png : charts.getOrDefault(section.category(), List.of())) {
                document.add(figure(png, document));
            }
        }
        if (!review.edition().revisions().isEmpty()) {
            // the heading never ends a page: it stays with its first line, with all of them where they fit
            Supplier<List<Element>> revisions = () -> revisions(review, heading, small);
            flow.startWhereFits(revisions, 2);
            revisions.get().forEach(document::add);
        }
        document.close();
        return out.toByteArray();
    }

    /**
     * A section's text, in the order printed: its heading, its lines, and its units' table when it has one.
     * Built afresh for each use, as a measured element is not reused in the document.
     */
    private List<Element> sectionText(
            YearInReview review, YearInReview.Section section, Font heading, Font cell, Font bold) {
        var text = new ArrayList<Element>();
        var sectionHeading = CjkLineBreaks.paragraph(section.category(), heading);
        sectionHeading.setSpacingBefore(10);
        sectionHeading.setSpacingAfter(6);
        text.add(sectionHeading);
        var lines = new PdfPTable(new float[] {3.2f, 2f, 2.4f, 1.6f});
        lines.setWidthPercentage(100);
        for (var line : section.lines()) {
            lines.addCell(plain(label(review, line), cell));
            var value = plain(line.value(), bold);
            if (line.target().isBlank() && line.status().isBlank()) {
                // no target set: the value takes the row rather than two empty ruled cells beside it
                value.setColspan(3);
                lines.addCell(value);
                continue;
            }
            lines.addCell(value);
            lines.addCell(plain(line.target(), cell));
            lines.addCell(plain(line.status(), cell));
        }
        text.add(lines);
        var districtTable = districtTable(review, section.category(), cell, bold);
        if (districtTable != null) {
            districtTable.setSpacingBefore(8);
            text.add(districtTable);
        }
        return text;
    }

    private List<Element> revisions(YearInReview review, Font heading, Font small) {
        var revisions = new ArrayList<Element>();
        var revisionsHeading = CjkLineBreaks.paragraph(
                t("publication.revisions.heading", review.edition().shown().text(this::t)), heading);
        revisionsHeading.setSpacingBefore(16);
        revisionsHeading.setSpacingAfter(6);
        revisions.add(revisionsHeading);
        for (var revision : review.edition().revisions()) {
            revisions.add(CjkLineBreaks.paragraph(revision.text(), small));
        }
        return revisions;
    }

    /**
     * The demo's note at the start, in a tinted box across the text width: read before the figures it is
     * about, and once for the document rather than under each chart.
     */
    private PdfPTable demoNote(IllustrativeNote illustrative, BaseFont font) {
        var box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingAfter(12);
        var c = new PdfPCell(CjkLineBreaks.phrase(illustrative.text(this::t), new Font(font, 10, Font.NORMAL, INK)));
        c.setBackgroundColor(NOTE);
        c.setBorderColor(NOTE_RULE);
        c.setPadding(8);
        box.addCell(c);
        return box;
    }

    /** Districts down, the category's county-reported indicators across, the city total last. */
    private PdfPTable districtTable(YearInReview review, String category, Font cell, Font bold) {
        var data = review.data();
        var indicators = data.districtIndicators().stream()
                .filter(i -> i.categoryZh().equals(category))
                .toList();
        if (indicators.isEmpty()) {
            return null;
        }
        var table = new PdfPTable(indicators.size() + 1);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(header(t(data.rankedLevel().headingKey()), bold));
        indicators.forEach(i -> table.addCell(header(i.shortNameZh() + "（" + i.unitZh() + "）", bold)));
        for (var county : data.counties()) {
            table.addCell(plain(review.unitName(county), cell));
            indicators.forEach(i -> table.addCell(number(data.cell(i, county), i, cell)));
        }
        table.addCell(plain(t("dashboard.table.total", data.city().name()), bold));
        indicators.forEach(i -> table.addCell(number(data.total(i), i, bold)));
        return table;
    }

    /** A line's label, with the † of a figure revised in the edition shown. */
    private static String label(YearInReview review, YearInReview.Line line) {
        return review.revised(line) ? line.label() + "†" : line.label();
    }

    /** A chart at the full text width, kept whole on one page. */
    private static Image figure(byte[] png, Document document) {
        try {
            var image = Image.getInstance(png);
            float width = document.right() - document.left();
            image.scaleToFit(width, width * 2 / 3);
            image.setSpacingBefore(12);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot place a chart in the PDF", e);
        }
    }

    private static PdfPCell header(String text, Font font) {
        var c = plain(text, font);
        c.setBackgroundColor(new Color(0xF1, 0xF4, 0xF8));
        return c;
    }

    /** The figure, 不适用 (never the dash of a missing figure), or the dash. */
    private PdfPCell number(Optional<YearCell> figure, Indicator indicator, Font font) {
        var text = YearInReview.tableText(figure, indicator, t("figure.notApplicable"));
        var c = plain(text, font);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private static PdfPCell plain(String text, Font font) {
        var c = new PdfPCell(CjkLineBreaks.phrase(text, font));
        c.setBorderColor(RULE);
        c.setPadding(4);
        return c;
    }

    private String t(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.CHINESE, parameters);
    }
}
