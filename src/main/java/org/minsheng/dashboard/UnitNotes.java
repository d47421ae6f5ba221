package org.minsheng.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minsheng.division.Division;

/**
 * The words a page says of the units its totals or a chart leave out: those still awaiting acceptance
 * (marked beside their names, and listed in the acceptance note), those without an approved figure, and
 * those a chart gives no band. Apart from {@link ChartContents}, which draws the charts, because these
 * notes follow the page's acceptance and reporting, not any one chart; the charts and tables of screen
 * and print reach them through {@link ChartContents}, so the two cannot word them differently.
 */
final class UnitNotes {

    /** How many units the acceptance note and a chart's note of units without figures name before 「等」. */
    private static final int NAMED_BELOW = 10;

    private final ChartContents.Words words;

    UnitNotes(ChartContents.Words words) {
        this.words = words;
    }

    /**
     * The units a chart gives no band, in one line: 「另有 23 个乡镇（街道）暂无数据：佛昙镇、…等」, the first
     * {@value #NAMED_BELOW} named; 「25 个乡镇（街道）均暂无数据」 where {@code nothingDrawn}, which the chart
     * says instead of an empty plot. Empty where every unit has its band.
     */
    Optional<String> undrawnNote(Dashboard data, List<String> undrawn, boolean nothingDrawn) {
        return undrawnNote(data.rankedLevel(), undrawn, nothingDrawn);
    }

    /** The same for units of {@code level}: a table's rows leave out the units its charts do. */
    Optional<String> undrawnNote(Division.Level level, List<String> undrawn, boolean nothingDrawn) {
        if (undrawn.isEmpty()) {
            return Optional.empty();
        }
        if (nothingDrawn) {
            return Optional.of(words.get(
                    "dashboards.undrawn.all", undrawn.size(), words.get(level.unitsKey()), words.get(level.eachKey())));
        }
        return Optional.of(words.get(
                "dashboards.undrawn",
                undrawn.size(),
                words.get(level.unitsKey()),
                words.get(level.eachKey()),
                firstNamed(undrawn)));
    }

    /** The first {@value #NAMED_BELOW} names, then 「等」 where there are more: a province may leave out dozens. */
    private String firstNamed(List<String> names) {
        var named = names.stream().limit(NAMED_BELOW).collect(Collectors.joining(words.get("list.separator")));
        return names.size() > NAMED_BELOW ? words.get("dashboard.acceptance.noteMore", named) : named;
    }

    /**
     * The mark of a ranked unit outside the focus's totals: 「待省级确认」 while the focus's level has not
     * accepted its year, 「已退回」 once returned. Empty for a unit the totals count.
     */
    Optional<String> pendingMark(Dashboard data, Division unit) {
        return data.pending(unit)
                .map(p -> p.returned()
                        ? words.get("dashboard.acceptance.returned")
                        : words.get(
                                "dashboard.acceptance.waiting",
                                words.get(acceptingKey(data.focus().level()))));
    }

    /** A ranked unit's name as charts and tables print it, marked 「漳州市（待省级确认）」 when the totals leave it out. */
    String unitLabel(Dashboard data, Division unit) {
        return pendingMark(data, unit)
                .map(mark -> words.get("dashboard.acceptance.label", unit.name(), mark))
                .orElse(unit.name());
    }

    /**
     * A ranked unit's name as a chart's axis prints it, with the short mark: 「厦门市（待确认）」, 「Xiamen
     * (pending)」. Beside the
     * bars the long one, 「(awaiting acceptance by the province)」, was cut on a phone to 「…g acceptance by
     * the province)」 (a stranger's trial); the acceptance note and the tables say the whole of it.
     */
    String chartLabel(Dashboard data, Division unit) {
        return data.pending(unit)
                .map(p -> p.returned()
                        ? words.get("dashboard.acceptance.returned")
                        : words.get("dashboard.acceptance.waitingShort"))
                .map(mark -> words.get("dashboard.acceptance.label", unit.name(), mark))
                .orElse(unit.name());
    }

    /**
     * What the totals leave out, said beside them: 「合计只计入已确认的 7 个市；2 个市待确认：厦门市、莆田市（已退回）」.
     * Empty where the totals count every ranked unit.
     */
    Optional<String> acceptanceNote(Dashboard data) {
        if (!data.hasData()) {
            // no approved figure in the window: there are no totals to qualify, and 「合计只计入已确认的 1 个市」
            // beside 「本年度尚无已审核数据」 read as a contradiction (a stranger's trial)
            return Optional.empty();
        }
        var pending = data.pendingUnits();
        var deeper = data.acceptance().deeper();
        var notes = new ArrayList<String>();
        if (!pending.isEmpty()) {
            var level = data.rankedLevel();
            long accepted = data.counties().stream()
                    .filter(c -> c.level() == level && data.pending(c).isEmpty())
                    .count();
            var names = pending.stream()
                    .map(d -> name(d, data.pending(d).orElseThrow()))
                    .collect(Collectors.joining(words.get("list.separator")));
            notes.add(words.get(
                    "dashboard.acceptance.note", accepted, words.get(level.unitsKey()), pending.size(), names));
        }
        if (!deeper.pending().isEmpty()) {
            // units below the ranked ones (福建省's counties with {county, province}): a province may leave
            // out dozens, so the note names the first few
            var names = firstNamed(deeper.pending().stream()
                    .map(p -> name(p.unit(), p.pending()))
                    .toList());
            notes.add(words.get(
                    "dashboard.acceptance.note",
                    deeper.counted(),
                    words.get(deeper.level().unitsKey()),
                    deeper.pending().size(),
                    names));
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
    }

    private String name(Division unit, Acceptance.Pending pending) {
        return pending.returned() ? words.get("dashboard.acceptance.noteReturned", unit.name()) : unit.name();
    }

    /** The level whose acceptance a page's totals follow: the focus's accepted one, else the one below it. */
    static Division.Level countedLevel(Dashboard data) {
        var acceptance = data.acceptance();
        return acceptance.accepted() != null
                ? acceptance.accepted()
                : acceptance.deeper().level() != null ? acceptance.deeper().level() : data.rankedLevel();
    }

    /**
     * 「合计只含已有审核数据的 1 个县区；10 个县区尚无审核数据：…」 when some units the totals count have nothing
     * approved yet; 「计入合计的 1 个市尚无审核数据：漳州市」 when none of them has, and the figures on the page
     * are all of units the totals leave out (which the acceptance note names).
     */
    Optional<String> missingNote(Dashboard data) {
        var missing = data.unitsWithoutFigures();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        var units = words.get(data.rankedLevel().unitsKey());
        var names = missing.stream().map(Division::name).collect(Collectors.joining(words.get("list.separator")));
        int reporting = data.countedUnits().size() - missing.size();
        return Optional.of(
                reporting == 0
                        ? words.get("dashboard.missing.none", missing.size(), units, names)
                        : words.get("dashboard.missing.note", reporting, units, missing.size(), names));
    }

    /** A level as the one that accepts the units below it (省级, 市级; the province, the city). */
    private static String acceptingKey(Division.Level level) {
        return "division.accepting." + level.name().toLowerCase(Locale.ROOT);
    }
}
