package org.minsheng.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minsheng.figure.Cell;
import org.minsheng.figure.EntrySheet;

/**
 * The template: a title row, a header row, then one row per district and indicator with the codes,
 * names, unit and last period's approved value filled in. The sheet is protected without a password
 * and only the value and explanation columns are unlocked: protection guides, the import checks.
 */
final class TemplateWriter {

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;

    private TemplateWriter() {}

    static byte[] write(
            EntrySheet sheet,
            String periodCode,
            String title,
            Locale locale,
            BiFunction<String, Object[], String> translate) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var ws = workbook.createSheet(translate.apply("import.template.sheet", new Object[0]));
            var styles = new Styles(workbook);
            ws.createRow(TITLE_ROW).createCell(0).setCellValue(title);
            ws.getRow(TITLE_ROW).getCell(0).setCellStyle(styles.title);
            ws.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, Column.values().length - 1));
            var header = ws.createRow(HEADER_ROW);
            for (var column : Column.values()) {
                var cell = header.createCell(column.ordinal());
                cell.setCellValue(translate.apply(column.headerKey(), new Object[0]));
                cell.setCellStyle(column.editable() ? styles.editableHeader : styles.header);
                ws.setColumnWidth(column.ordinal(), column.width() * 256);
            }
            int r = HEADER_ROW + 1;
            for (var cell : sheet.cells()) {
                // a monthly indicator in the year period is its year total, the December cumulative: say so
                var name = sheet.period().isYear() && cell.indicator().monthly()
                        ? translate.apply(
                                "entry.yearTotal",
                                new Object[] {cell.indicator().name(locale)})
                        : cell.indicator().name(locale);
                row(ws, r++, cell, periodCode, name, locale, styles, translate);
            }
            ws.createFreezePane(0, HEADER_ROW + 1);
            ws.lockSelectLockedCells(false);
            ws.lockSelectUnlockedCells(false);
            ws.lockFormatColumns(false);
            ws.enableLocking();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(
            XSSFSheet ws,
            int index,
            Cell cell,
            String periodCode,
            String indicatorName,
            Locale locale,
            Styles styles,
            BiFunction<String, Object[], String> translate) {
        var row = ws.createRow(index);
        var indicator = cell.indicator();
        text(row.createCell(Column.PERIOD.ordinal()), periodCode, styles.locked);
        text(row.createCell(Column.DIVISION_CODE.ordinal()), cell.division().code(), styles.locked);
        text(row.createCell(Column.DIVISION.ordinal()), cell.division().name(), styles.locked);
        text(row.createCell(Column.INDICATOR_CODE.ordinal()), indicator.code(), styles.locked);
        text(row.createCell(Column.INDICATOR.ordinal()), indicatorName, styles.locked);
        text(row.createCell(Column.UNIT.ordinal()), indicator.unit(locale), styles.locked);
        var previous = row.createCell(Column.PREVIOUS.ordinal());
        previous.setCellStyle(styles.lockedNumber(indicator.scale()));
        if (cell.previousNotApplicable()) {
            // an answer, not a missing figure: an empty cell would read as "not reported"
            previous.setCellValue(translate.apply("figure.notApplicable", new Object[0]));
        } else if (cell.previousValue() != null) {
            previous.setCellValue(cell.previousValue().doubleValue());
        }
        row.createCell(Column.VALUE.ordinal()).setCellStyle(styles.value(indicator.scale()));
        row.createCell(Column.EXPLANATION.ordinal()).setCellStyle(styles.explanation);
    }

    private static void text(org.apache.poi.ss.usermodel.Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Cell styles are workbook-wide and limited in number, so each is made once. */
    private static final class Styles {
        final XSSFWorkbook workbook;
        final CellStyle title;
        final CellStyle header;
        final CellStyle editableHeader;
        final CellStyle locked;
        final CellStyle explanation;
        final Map<Integer, CellStyle> lockedNumbers = new HashMap<>();
        final Map<Integer, CellStyle> values = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            var bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            editableHeader = workbook.createCellStyle();
            editableHeader.cloneStyleFrom(header);
            editableHeader.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            locked = workbook.createCellStyle();
            locked.setDataFormat(workbook.createDataFormat().getFormat("@"));
            explanation = workbook.createCellStyle();
            explanation.setLocked(false);
            explanation.setWrapText(true);
            explanation.setDataFormat(workbook.createDataFormat().getFormat("@"));
            explanation.setBorderBottom(BorderStyle.THIN);
        }

        CellStyle lockedNumber(int scale) {
            return lockedNumbers.computeIfAbsent(scale, s -> {
                var style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(format(s)));
                return style;
            });
        }

        CellStyle value(int scale) {
            return values.computeIfAbsent(scale, s -> {
                var style = workbook.createCellStyle();
                style.setLocked(false);
                style.setDataFormat(workbook.createDataFormat().getFormat(format(s)));
                style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setBorderBottom(BorderStyle.THIN);
                return style;
            });
        }
    }

    /** Excel's number format for a scale: 0, 0.0, 0.00, … */
    static String format(int scale) {
        return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
    }
}
