package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.minsheng.publication.render.CjkFont;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The PDF's lines of Chinese never begin with closing punctuation nor end with opening punctuation: a
 * stranger's trial printed the province's lede with lines starting 「；」 and 「】」.
 */
class CjkLineBreaksTest {

    /** The trial's lede, gap markers and all: semicolons and brackets in every width's way. */
    private static final String LEDE = "全省29所农村公办义务教育寄宿制学校实施营养改善计划；全省建档立卡贫困家庭适龄儿童辍学人数为1人，尚未清零；"
            + "选取【交叉指导检查学校：暂无数据】学校开展交叉指导检查；全省建档立卡贫困户家庭医生签约服务已覆盖2.33万人；"
            + "完成农村公路单改双2.4公里；完成错车道增设38个；督促【牵头市直部门：暂无数据】市直部门分别牵头；"
            + "开门整治4方面【整治问题类别：暂无数据】民生领域损害群众利益问题。";

    @Test
    void a_line_may_end_after_a_closing_mark_but_not_before_it_nor_after_an_opening_one() {
        assertThat(mayEndAfter("学校；开【交", 1)).as("学|；").isFalse();
        assertThat(mayEndAfter("学校；开【交", 2)).as("；|开").isTrue();
        assertThat(mayEndAfter("学校；开【交", 4)).as("【|交").isFalse();
        assertThat(mayEndAfter("学校；开【交", 0)).as("学|校").isTrue();
    }

    @Test
    void a_short_quoted_term_stays_on_one_line_and_a_line_may_end_before_or_after_it() {
        var text = "民生“答卷人”问题";
        for (int inside = 2; inside <= 4; inside++) {
            assertThat(mayEndAfter(text, inside))
                    .as("inside the quote, after %s", text.charAt(inside))
                    .isFalse();
        }
        assertThat(mayEndAfter(text, 1)).as("生|“").isTrue();
        assertThat(mayEndAfter(text, 6)).as("”|问").isTrue();
    }

    private static boolean mayEndAfter(String text, int index) {
        var chars = text.toCharArray();
        return CjkLineBreaks.RULE.isSplitCharacter(0, index, chars.length, chars, null);
    }

    @Test
    void no_printed_line_begins_with_closing_or_ends_with_opening_punctuation_at_any_width() throws Exception {
        var font = new Font(new CjkFont("").get(), 11);
        int broken = 0;
        for (int width = 160; width <= 480; width += 7) {
            var defaults = lines(width, (text, f) -> new Paragraph(text, f), font);
            if (defaults.stream().anyMatch(CjkLineBreaksTest::badlyBroken)) {
                broken++;
            }
            assertThat(lines(width, CjkLineBreaks::paragraph, font))
                    .as("%d pt wide", width)
                    .noneMatch(CjkLineBreaksTest::badlyBroken)
                    .hasSizeGreaterThan(1);
        }
        assertThat(broken)
                .as("widths at which OpenPDF's own rule breaks the lede badly: the check above can fail")
                .isGreaterThan(5);
    }

    private static boolean badlyBroken(String line) {
        return !line.isEmpty()
                && ("，。、；：】）”".indexOf(line.charAt(0)) >= 0 || "【（“".indexOf(line.charAt(line.length() - 1)) >= 0);
    }

    private static List<String> lines(int width, BiFunction<String, Font, Paragraph> paragraph, Font font)
            throws Exception {
        var out = new ByteArrayOutputStream();
        var document = new Document(new Rectangle(width + 20, 2000), 10, 10, 10, 10);
        PdfWriter.getInstance(document, out);
        document.open();
        var p = paragraph.apply(LEDE, font);
        p.setAlignment(Element.ALIGN_LEFT);
        document.add(p);
        document.close();
        var text = new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
        return Arrays.stream(text.split("\n")).map(String::strip).toList();
    }
}
