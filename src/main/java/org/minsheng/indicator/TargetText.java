package org.minsheng.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import org.minsheng.base.i18n.Messages;

/**
 * A target and its status in words, as the dashboard's tile and the year-in-review both state them:
 * 「目标 170所（已修订）」 beside 「未完成」 must read the same on the page and in the publication.
 */
public final class TargetText {

    private TargetText() {}

    /**
     * 「目标 170所」, 「目标 不超过3人」 or 「目标 清零」, in the indicator's unit with its own English singular for a
     * target of one (1 hectare); with （已修订） once it was revised after publication.
     */
    public static String of(Target target, Indicator indicator, Locale locale, Messages messages) {
        return text("target.", target, indicator, locale, messages);
    }

    /**
     * The same without its 「目标」: 「170所」, 「不超过3人」, 「清零」, for a table whose column is headed 目标,
     * where each cell repeating the heading read 「目标 | 目标 156所」.
     */
    public static String inColumn(Target target, Indicator indicator, Locale locale, Messages messages) {
        return text("target.column.", target, indicator, locale, messages);
    }

    private static String text(String prefix, Target target, Indicator indicator, Locale locale, Messages messages) {
        var text = target.direction() == TargetDirection.REACH_ZERO
                ? messages.get(prefix + "reachZero")
                : messages.get(
                        prefix + target.direction().name().toLowerCase(Locale.ROOT),
                        indicator.withUnit(target.value(), locale));
        // changed after publication: the 完成 / 未完成 beside it is not the one first published
        return target.revised() ? messages.get("target.revised", text) : text;
    }

    /**
     * The key of the status of the actual as judged ({@link TargetStatus#of}): 已完成 / 未完成, or 已实现清零 /
     * 尚未清零 for a reach-zero target, or 进行中 while the year runs and the target is not reached yet. It
     * words the status its caller judged rather than judging again, so the word always matches the colour
     * (and the count) that caller shows beside it.
     */
    public static String statusKey(Target target, BigDecimal actual, TargetStatus status) {
        if (target.direction() == TargetDirection.REACH_ZERO) {
            if (status == TargetStatus.IN_PROGRESS && target.isMetBy(actual)) {
                // a zero of some units only: neither cleared nor 尚未清零 beside its own 0
                return "target.status.inProgress";
            }
            // 尚未清零 is no verdict: it reads as well for a year in progress as for one over
            return status == TargetStatus.MET ? "target.status.reachedZero" : "target.status.notZero";
        }
        return switch (status) {
            case MET -> "target.status.met";
            case IN_PROGRESS -> "target.status.inProgress";
            case MISSED -> "target.status.missed";
        };
    }
}
