package org.minsheng.export;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minsheng.base.Download;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.provenance.PublicServings;
import org.minsheng.publication.PublicDisclosureService;
import org.minsheng.publication.PublicYear;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published figures of a unit's year as open data (CSV in UTF-8 with a BOM or GB18030, XLSX, JSON),
 * for anyone: exactly the numbers of the public disclosure page (PublicDisclosureService, which refuses
 * any year not published), one row per indicator and unit, with the edition, whether the figure was
 * corrected since publication, and a status column that tells 不适用 from a missing figure. A CSV
 * starts with its header row, as a machine reads it; the XLSX, read by people, has its title row above.
 */
@Service
public class OpenDataService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a figure is: a value, 不适用 (the indicator does not apply there), or no figure at all. */
    enum Status {
        VALUE,
        NOT_APPLICABLE,
        MISSING
    }

    /** One published figure: the unit's own total (a unit's row) or a unit below it. */
    private record Row(Indicator indicator, Division unit, Optional<YearCell> cell) {

        Status status() {
            return cell.filter(c -> !c.isMissing())
                    .map(c -> c.notApplicable() ? Status.NOT_APPLICABLE : Status.VALUE)
                    .orElse(Status.MISSING);
        }

        BigDecimal value() {
            return status() == Status.VALUE ? cell.get().value() : null;
        }

        /**
         * This unit's figure was corrected after publication (a total: a figure counted in it was), as the
         * dashboard marks it; not every unit's figure of a corrected indicator.
         */
        boolean corrected() {
            return cell.map(c -> c.corrections() > 0).orElse(false);
        }
    }

    private final PublicDisclosureService disclosure;
    private final Translations translations;

    private final PublicServings servings;

    OpenDataService(PublicDisclosureService disclosure, Translations translations, PublicServings servings) {
        this.servings = servings;
        this.disclosure = disclosure;
        this.translations = translations;
    }

    /** The file of a unit's published year (code null: the root); empty when the year is not published. */
    public Optional<Download> published(int year, String code, OpenDataFormat format) {
        return disclosure.year(year, code).map(page -> {
            var rows = rows(page.review().data());
            var name = t(
                            "openData.fileName",
                            String.valueOf(year),
                            page.review().city(),
                            page.review().revision()) + (format == OpenDataFormat.CSV_GB18030 ? "-GB18030" : "") + "."
                    + format.extension();
            var bytes = switch (format) {
                case CSV -> CsvTables.data(table(page, rows));
                case CSV_GB18030 -> CsvTables.data(table(page, rows), Charset.forName("GB18030"));
                case XLSX -> XlsxTables.write(table(page, rows));
                case JSON -> JSON.writeValueAsBytes(data(page, rows));
            };
            servings.served(
                    PublicServings.Kind.OPEN_DATA,
                    year,
                    page.code(),
                    page.review().revision());
            return new Download(name, format.contentType(), bytes);
        });
    }

    /** Per indicator, the unit's own figure, then each unit below where the indicator is reported there. */
    private static List<Row> rows(CityYear data) {
        var rows = new ArrayList<Row>();
        var belowReported = data.districtIndicators();
        // a county or a town never reports what only a city does (牵头市直部门): listing it there would
        // publish it as 缺报, a failure to report that never was
        boolean belowCity = data.city().level().ordinal() > Division.Level.CITY.ordinal();
        for (var indicator : data.indicators()) {
            if (belowCity && indicator.reportedByCity()) {
                continue;
            }
            rows.add(new Row(indicator, data.city(), data.total(indicator)));
            if (belowReported.contains(indicator)) {
                data.counties().forEach(unit -> rows.add(new Row(indicator, unit, data.cell(indicator, unit))));
            }
        }
        return rows;
    }

    private Table table(PublicYear page, List<Row> rows) {
        var review = page.review();
        var columns = List.of(
                Table.Column.text(t("openData.column.year")),
                Table.Column.text(t("openData.column.unitCode")),
                Table.Column.text(t("openData.column.unit")),
                Table.Column.text(t("openData.column.indicatorCode")),
                Table.Column.text(t("openData.column.indicator")),
                Table.Column.text(t("openData.column.measure")),
                Table.Column.mixed(t("openData.column.value")),
                Table.Column.text(t("openData.column.status")),
                Table.Column.text(t("openData.column.corrected")),
                Table.Column.text(t("openData.column.edition")));
        var values = new ArrayList<List<Object>>();
        for (var row : rows) {
            var list = new ArrayList<Object>();
            list.add(String.valueOf(review.year()));
            list.add(row.unit().code());
            // a unit the totals leave out is named so, as the public page's table and the table export name it
            list.add(review.unitName(row.unit()));
            list.add(row.indicator().code());
            list.add(row.indicator().nameZh());
            list.add(row.indicator().unitZh());
            list.add(
                    row.value() == null
                            ? null
                            : row.value().setScale(row.indicator().scale(), java.math.RoundingMode.HALF_UP));
            list.add(t("openData.status." + row.status().name().toLowerCase()));
            list.add(row.corrected() ? "†" : "");
            list.add(String.valueOf(review.revision()));
            values.add(list);
        }
        var title = t("openData.title", String.valueOf(review.year()), review.city(), review.revision());
        var leftOut = review.acceptanceNote();
        if (leftOut.isPresent()) {
            title = title + t("export.title.separator") + leftOut.get();
        }
        return new Table(title, String.valueOf(review.year()), columns, values);
    }

    /** A unit's published year as typed data (code null: the root); empty when it is not published. */
    public Optional<OpenData> data(int year, String code) {
        return disclosure.year(year, code).map(page -> {
            servings.served(
                    PublicServings.Kind.API, year, page.code(), page.review().revision());
            return data(page, rows(page.review().data()));
        });
    }

    /**
     * A month (1–12) of a unit's published year as typed data (code null: the root), its monthly
     * indicators only; empty when the year is not published or there is no such month.
     */
    public Optional<OpenData.Month> month(int year, String code, int month) {
        return disclosure.month(year, code, month).map(page -> {
            var edition = page.edition();
            servings.served(PublicServings.Kind.API, year, page.code(), edition.number());
            var data = page.data();
            var figures = rows(data).stream()
                    .filter(row -> row.indicator().monthly())
                    .map(row -> new OpenData.MonthFigure(
                            row.indicator().code(),
                            row.indicator().nameZh(),
                            row.indicator().unitZh(),
                            row.indicator().cumulative() ? "cumulative" : "per_period",
                            row.unit().code(),
                            row.unit().name(),
                            row.value(),
                            row.status().name().toLowerCase(),
                            row.corrected()))
                    .toList();
            return new OpenData.Month(
                    year,
                    page.month(),
                    new OpenData.Unit(page.code(), data.city().name()),
                    edition.number(),
                    data.dataAsOf(),
                    figures);
        });
    }

    /** The headline lines of a unit's published year; empty when it is not published. */
    public Optional<OpenData.Headlines> headlines(int year, String code) {
        return disclosure.year(year, code).map(page -> {
            servings.served(
                    PublicServings.Kind.API, year, page.code(), page.review().revision());
            var review = page.review();
            var lines = review.sections().stream()
                    .flatMap(section -> section.lines().stream()
                            .map(line -> new OpenData.Headline(
                                    section.category(),
                                    line.indicatorCode(),
                                    line.label(),
                                    line.value(),
                                    line.target(),
                                    line.status(),
                                    line.number(),
                                    // the publication's †: the printed figure changed through a revision
                                    review.revised(line))))
                    .toList();
            return new OpenData.Headlines(
                    review.year(),
                    new OpenData.Unit(page.code(), review.city()),
                    review.revision(),
                    review.lede(),
                    lines);
        });
    }

    private static OpenData data(PublicYear page, List<Row> rows) {
        var review = page.review();
        var codes = review.data().indicators().stream()
                .collect(java.util.stream.Collectors.toMap(Indicator::id, Indicator::code));
        return new OpenData(
                review.year(),
                new OpenData.Unit(page.code(), review.city()),
                review.revision(),
                review.dataAsOf(),
                review.acceptanceNote().orElse(null),
                review.edition().revisions().stream()
                        .map(r -> new OpenData.Revision(codes.get(r.indicatorId()), r.text()))
                        .toList(),
                rows.stream()
                        .map(row -> new OpenData.Figure(
                                row.indicator().code(),
                                row.indicator().nameZh(),
                                row.indicator().unitZh(),
                                row.unit().code(),
                                review.unitName(row.unit()),
                                row.value(),
                                row.status().name().toLowerCase(),
                                row.corrected()))
                        .toList());
    }

    /** Open data is Chinese, as the publication is, whatever the reader's language. */
    private String t(String key, Object... params) {
        return translations.getTranslation(key, Translations.CHINESE, params);
    }
}
