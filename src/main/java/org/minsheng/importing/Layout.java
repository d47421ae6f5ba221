package org.minsheng.importing;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minsheng.base.i18n.Translations;

/**
 * Where a file keeps what each row means. Two layouts are read: the downloaded template, known by
 * its first header cells (报告期, 区划代码) and read by position as it always was; and an office's own
 * long list, one figure a row, whose header row names its columns in any order, in Chinese or
 * English. A long list needs district, indicator, period and value columns; the explanation is
 * optional.
 *
 * @param longList whether rows name their district, indicator and period (by code or name) rather
 *                 than carrying the template's codes
 */
record Layout(boolean longList, Map<Field, At> columns) {

    /** What a column means, in either layout. */
    enum Field {
        DIVISION,
        INDICATOR,
        PERIOD,
        VALUE,
        EXPLANATION;

        /** The long list's name for the column, shown on the import page and in its problems. */
        String headerKey() {
            return "import.field." + name().toLowerCase(Locale.ROOT);
        }

        /** The message of a long list's name in this column that is blank, unknown or ambiguous. */
        String problemKey(Names.Trouble trouble) {
            return "import.error." + trouble.name().toLowerCase(Locale.ROOT) + "." + name().toLowerCase(Locale.ROOT);
        }

        /**
         * The headers an office writes for this column, compared after {@link Names#normalize}. The
         * first names win when two columns could mean the same (区县 over 单位). 单位 is the
         * reporting unit here; the template, where it means a unit of measure, is told apart first.
         */
        List<String> aliases() {
            return switch (this) {
                case DIVISION ->
                    List.of(
                            "区县",
                            "区县名称",
                            "区县代码",
                            "区划",
                            "区划代码",
                            "行政区划",
                            "地区",
                            "县区",
                            "填报单位",
                            "单位名称",
                            "单位",
                            "district",
                            "districtcode",
                            "division",
                            "divisioncode",
                            "county",
                            "reportingunit");
                case INDICATOR -> List.of("指标", "指标名称", "指标代码", "指标简称", "indicator", "indicatorname", "indicatorcode");
                case PERIOD -> List.of("期间", "时期", "报告期", "报送期", "统计期", "所属期", "period", "reportingperiod");
                case VALUE -> List.of("数值", "本期值", "数据", "填报值", "指标值", "值", "value", "figure");
                case EXPLANATION ->
                    List.of("情况说明", "说明", "备注", "explanation", "note", "notes", "remarks", "comment", "comments");
            };
        }
    }

    /**
     * A column of the file: its index, its letter as the spreadsheet shows it and the key of its
     * name; index -1 when the file has no such column (a long list without explanations).
     */
    record At(int index, String letter, String headerKey) {

        static At absent(Field field) {
            return new At(-1, "", field.headerKey());
        }
    }

    /** A header row found: its position in the file and the layout it announces. */
    record Header(int index, Layout layout) {}

    static final Layout TEMPLATE = new Layout(false, template());

    At at(Field field) {
        return columns.getOrDefault(field, At.absent(field));
    }

    RawRow.RawCell cell(RawRow row, Field field) {
        int index = at(field).index();
        return index < 0 ? RawRow.RawCell.BLANK : row.cell(index);
    }

    String text(RawRow row, Field field) {
        return cell(row, field).text().strip();
    }

    /**
     * The first row that is the template's header or names a long list's columns. The template's
     * header names a long list's columns too, and a long list may begin with 报告期 as the template
     * does, so the template is known by its first two headers; a row that only begins with 报告期
     * is still read as a (damaged) template, as it always was.
     */
    static Optional<Header> find(List<RawRow> rows) {
        var first = headers(Column.PERIOD);
        var second = headers(Column.DIVISION_CODE);
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            boolean template = first.contains(row.text(0));
            if (template && second.contains(row.text(1))) {
                return Optional.of(new Header(i, TEMPLATE));
            }
            var named = longList(row);
            if (named.isPresent() || template) {
                return Optional.of(new Header(i, named.orElse(TEMPLATE)));
            }
        }
        return Optional.empty();
    }

    /** A template column's header in Chinese and English. */
    private static List<String> headers(Column column) {
        return Translations.LOCALES.stream()
                .map(l -> Translations.bundle(l).getString(column.headerKey()))
                .toList();
    }

    private static Optional<Layout> longList(RawRow row) {
        var headers = row.cells().stream().map(c -> Names.normalize(c.text())).toList();
        var columns = new EnumMap<Field, At>(Field.class);
        var taken = new HashSet<Integer>();
        for (var field : Field.values()) {
            for (var alias : field.aliases()) {
                int index = indexOf(headers, alias, taken);
                if (index >= 0) {
                    taken.add(index);
                    columns.put(field, new At(index, letter(index), field.headerKey()));
                    break;
                }
            }
        }
        boolean complete =
                columns.keySet().containsAll(List.of(Field.DIVISION, Field.INDICATOR, Field.PERIOD, Field.VALUE));
        return complete ? Optional.of(new Layout(true, Map.copyOf(columns))) : Optional.empty();
    }

    private static int indexOf(List<String> headers, String alias, Set<Integer> taken) {
        for (int i = 0; i < headers.size(); i++) {
            if (!taken.contains(i) && headers.get(i).equals(alias)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<Field, At> template() {
        var columns = new EnumMap<Field, At>(Field.class);
        columns.put(Field.PERIOD, at(Column.PERIOD));
        columns.put(Field.DIVISION, at(Column.DIVISION_CODE));
        columns.put(Field.INDICATOR, at(Column.INDICATOR_CODE));
        columns.put(Field.VALUE, at(Column.VALUE));
        columns.put(Field.EXPLANATION, at(Column.EXPLANATION));
        return Map.copyOf(columns);
    }

    private static At at(Column column) {
        return new At(column.ordinal(), column.letter(), column.headerKey());
    }

    /** A column's letters as a spreadsheet names them: A … Z, AA, AB, … */
    static String letter(int index) {
        var letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
