package org.minsheng.publication.render;

/**
 * The publication frame around a figure, already worded: who says so ("来源：漳州市纪委监委"), as of
 * when and which edition ("数据截至 2020年12月31日（第1版）"), and an optional note. Every exported
 * chart and card carries it, so a figure cut out of its article still says where its numbers come from.
 *
 * @param note         "注：…", or null
 * @param illustrative the demo's note as the page and the PDF word it ("说明：…") when the figures are the
 *                     demo's, or null: a PNG of generated figures was posted as if they were real
 */
public record ChartFrame(String source, String asOf, String note, String illustrative) {}
