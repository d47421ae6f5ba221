package org.minsheng.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as a spreadsheet people can work with: the title row, bold headers with an autofilter,
 * numbers stored as numbers and shown with the indicator's scale, columns wide enough for Chinese
 * text (a Han character is two Latin ones wide), panes frozen below the headers.
 */
final class XlsxTables {

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    private static final int MAX_WIDTH = 60;

    private XlsxTables() {}

    static byte[] write(Table table) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
            var bold = workbook.createFont();
            bold.setBold(true);
            var titleStyle = workbook.createCellStyle();
            titleStyle.setFont(bold);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Map<String, CellStyle> numberStyles = new HashMap<>();
            int columns = table.columns().size();
            int[] widths = new int[columns];

            var title = sheet.createRow(TITLE_ROW).createCell(0);
            title.setCellValue(table.title());
            title.setCellStyle(titleStyle);
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, columns - 1));
            }
            var header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < columns; c++) {
                var cell = header.createCell(c);
                cell.setCellValue(table.columns().get(c).header());
                cell.setCellStyle(headerStyle);
                widths[c] = width(table.columns().get(c).header()) + 3;
            }
            int r = HEADER_ROW + 1;
            for (var values : table.rows()) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    var value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    var scale = table.columns().get(c).scale();
                    // a revised figure stays a number; its format shows the mark after it (「5†」)
                    boolean revised = value instanceof Table.Revised;
                    if (value instanceof Table.Revised marked) {
                        value = marked.value();
                    }
                    if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer) {
                        cell.setCellValue(((Number) value).doubleValue());
                        // a list of mixed indicators has no column scale: each number keeps its own
                        int s = scale != null ? scale : value instanceof BigDecimal b ? Math.max(0, b.scale()) : 0;
                        var pattern = revised ? format(s) + "\"" + Table.REVISED + "\"" : format(s);
                        cell.setCellStyle(numberStyles.computeIfAbsent(pattern, k -> {
                            var style = workbook.createCellStyle();
                            style.setDataFormat(workbook.createDataFormat().getFormat(k));
                            return style;
                        }));
                    } else {
                        cell.setCellValue(revised ? value + Table.REVISED : value.toString());
                    }
                    widths[c] = Math.max(widths[c], width(value.toString()) + (revised ? 3 : 2));
                }
            }
            int last = r - 1;
            // below the table, a blank row apart, so the autofilter and a sort leave them where they are
            r++;
            for (var footnote : table.footnotes()) {
                sheet.createRow(r++).createCell(0).setCellValue(footnote);
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, Math.min(widths[c], MAX_WIDTH) * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, last), 0, columns - 1));
            sheet.createFreezePane(1, HEADER_ROW + 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String format(int scale) {
        return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
    }

    /** Display width in Latin characters: CJK and full-width characters take two. */
    static int width(String text) {
        return text.codePoints()
                .map(c -> c >= 0x1100 && Character.isIdeographic(c)
                                || (c >= 0xFF00 && c <= 0xFFEF)
                                || (c >= 0x3000 && c <= 0x303F)
                        ? 2
                        : 1)
                .sum();
    }
}
