package org.minsheng.publication.render;

/**
 * The publication frame around a figure, already worded: who says so ("来源：漳州市纪委监委"), as of
 * when and which edition ("数据截至 2020年12月31日（第1版）"), and an optional note. Every exported
 * chart and card carries it, so a figure cut out of its article still says where its numbers come from.
 *
 * @param note          "注：…", or null
 * @param illustrative  the demo's note as the page and the PDF word it ("说明：…") when the figures are the
 *                      demo's, or null: a PNG of generated figures was posted as if they were real
 * @param revisedTarget "† 目标值在发布后修订过…" when a target the chart draws was revised after publication
 *                      (its legend entry carries the †, as the dashboard marks the target), or null
 */
public record ChartFrame(String source, String asOf, String note, String illustrative, String revisedTarget) {

    public ChartFrame(String source, String asOf, String note, String illustrative) {
        this(source, asOf, note, illustrative, null);
    }

    /**
     * The same frame without the demo's note: for a figure printed inside a document that says the note
     * itself (the year-in-review PDF says it once, not under each of its charts).
     */
    public ChartFrame withoutIllustrative() {
        return new ChartFrame(source, asOf, note, null, revisedTarget);
    }
}
