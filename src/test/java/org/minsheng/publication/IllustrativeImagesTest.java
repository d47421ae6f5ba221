package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.Download;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.publication.render.ChartPainter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * An exported chart and the headline card of the demo's figures say so at their foot, in the words of the
 * dashboard's note and the year-in-review's: a PNG of the demo's split was posted as if its numbers were real,
 * since only the page and the PDF around it said otherwise. Figures an office entered carry no such note.
 */
@IntegrationTest
class IllustrativeImagesTest {

    /** The note the dashboard page of 2020 and its PDF print (dashboard.illustrativeSplit of 全市). */
    private static final String SPLIT = "说明：公开发布的是全市合计数；各区县数据为演示用的示意拆分，其合计与全市数一致。";

    /** The rule over the footer, in the 1200×800 frame: everything under it is the frame, not the chart. */
    private static final double FOOTER = 700;

    @Autowired
    PublicationImageService images;

    @Autowired
    DSLContext db;

    @Test
    void a_chart_of_the_demos_figures_carries_the_pages_note_under_its_source() throws Exception {
        for (var kind : List.of(ChartKind.RANKING, ChartKind.TREND, ChartKind.HEAT_MAP)) {
            var texts = texts(chart(kind, null));
            assertThat(texts)
                    .as(kind.name())
                    .filteredOn(t -> t.text().startsWith("说明："))
                    .singleElement()
                    .satisfies(note -> {
                        assertThat(note.text()).isEqualTo(SPLIT);
                        assertThat(note.y())
                                .as("under the footer's rule, above the edge")
                                .isBetween(FOOTER + 40, ChartPainter.HEIGHT - 12);
                        assertThat(note.size())
                                .as("small, as the footer's note")
                                .isBetween(14.0, 16.0);
                    });
        }
    }

    @Test
    void a_typed_note_and_the_demos_note_are_both_drawn_whole_on_their_own_lines() throws Exception {
        var texts = texts(chart(ChartKind.RANKING, "各区县数据为示意拆分"));
        var typed = texts.stream()
                .filter(t -> t.text().equals("注：各区县数据为示意拆分"))
                .findFirst()
                .orElseThrow();
        var demo =
                texts.stream().filter(t -> t.text().equals(SPLIT)).findFirst().orElseThrow();
        var source = texts.stream()
                .filter(t -> t.text().startsWith("来源："))
                .findFirst()
                .orElseThrow();
        assertThat(source.y()).isGreaterThan(FOOTER);
        assertThat(typed.y()).isGreaterThan(source.y() + source.size());
        assertThat(demo.y()).isGreaterThan(typed.y() + typed.size()).isLessThan(ChartPainter.HEIGHT - 12);
    }

    @Test
    void the_headline_card_of_the_demos_figures_says_so_at_its_foot() throws Exception {
        assertThat(noteInk(as("comms", () -> images.headlineCard(2020)))).isGreaterThan(0.01);
        assertThat(noteInk(as("comms", () -> images.headlineCard(2020, "350602"))))
                .as("a district's card: its figures are part of the city's split")
                .isGreaterThan(0.01);
    }

    @Test
    @Transactional
    void figures_an_office_entered_carry_no_note_on_a_chart_or_the_card() throws Exception {
        db.execute("update period set illustrative = false where year = 2020");
        assertThat(texts(chart(ChartKind.RANKING, null)))
                .noneMatch(t -> t.text().startsWith("说明："));
        assertThat(noteInk(as("comms", () -> images.headlineCard(2020)))).isZero();
    }

    private Download chart(ChartKind kind, String note) {
        return as(
                "comms",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2020),
                        kind == ChartKind.HEAT_MAP ? null : "meal_schools",
                        kind,
                        ImageSize.WEB,
                        ImageFormat.SVG,
                        note)));
    }

    /** A text of the SVG where it is drawn: its baseline and its type size, in the 1200×800 frame. */
    record Text(String text, double y, double size) {}

    private static List<Text> texts(Download svg) throws Exception {
        var document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.bytes()));
        var nodes = document.getElementsByTagName("text");
        var texts = new ArrayList<Text>();
        for (int n = 0; n < nodes.getLength(); n++) {
            var element = (org.w3c.dom.Element) nodes.item(n);
            texts.add(new Text(
                    element.getTextContent(),
                    Double.parseDouble(element.getAttribute("y")),
                    Double.parseDouble(element.getAttribute("font-size"))));
        }
        return texts;
    }

    /**
     * Ink in the card's band for a one-line note, under the source and the as-of: the card is 130 pixels
     * taller than its footer's rule, the source stands 46 under it and a note's line 90 under it.
     */
    private static double noteInk(Download card) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.bytes()));
        int top = image.getHeight() - 64;
        int bottom = image.getHeight() - 32;
        int ink = 0;
        int all = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 72; x < image.getWidth() - 72; x++) {
                all++;
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / all;
    }
}
