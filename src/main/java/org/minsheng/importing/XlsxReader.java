package org.minsheng.importing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minsheng.base.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the first sheet of an XLSX as typed: numbers as numbers, text as text, formulas as their
 * text and never evaluated (so neither a calculation nor an external link is followed). POI's zip
 * guards refuse a part that inflates too much or grows too big before it is held in memory.
 */
final class XlsxReader {

    private static final Logger log = LoggerFactory.getLogger(XlsxReader.class);

    static {
        ZipSecureFile.setMinInflateRatio(ImportLimits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(ImportLimits.MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(ImportLimits.MAX_TEXT_CHARS);
    }

    private XlsxReader() {}

    static List<RawRow> read(byte[] bytes) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new RefusedException("import.error.empty");
            }
            var sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > ImportLimits.MAX_ROWS + 10) {
                throw new RefusedException("import.error.tooManyRows", ImportLimits.MAX_ROWS);
            }
            var rows = new ArrayList<RawRow>();
            for (Row row : sheet) {
                var cells = new ArrayList<RawRow.RawCell>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    var cell = cell(row.getCell(c));
                    cells.add(
                            cell.text().length() > ImportLimits.MAX_CELL_CHARS
                                    ? RawRow.RawCell.tooLong(cell.text())
                                    : cell);
                }
                rows.add(new RawRow(sheet.getSheetName(), row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (RefusedException refused) {
            throw refused;
        } catch (Exception unreadable) {
            // POI says "Zip bomb detected" or "exceeds the max" for the guarded cases
            var message = String.valueOf(unreadable.getMessage());
            log.info("Unreadable XLSX upload: {}", message);
            if (message.contains("Zip bomb") || message.contains("exceed")) {
                throw new RefusedException("import.error.zipBomb");
            }
            throw new RefusedException("import.error.unreadable");
        }
    }

    private static RawRow.RawCell cell(Cell cell) {
        if (cell == null) {
            return RawRow.RawCell.BLANK;
        }
        return switch (cell.getCellType()) {
            case FORMULA -> new RawRow.RawCell("=" + cell.getCellFormula(), RawRow.Kind.FORMULA);
            case NUMERIC -> new RawRow.RawCell(number(cell.getNumericCellValue()), RawRow.Kind.NUMBER);
            case STRING -> new RawRow.RawCell(cell.getStringCellValue(), RawRow.Kind.TEXT);
            case BOOLEAN -> new RawRow.RawCell(String.valueOf(cell.getBooleanCellValue()), RawRow.Kind.TEXT);
            case ERROR -> new RawRow.RawCell("#" + cell.getErrorCellValue(), RawRow.Kind.TEXT);
            default -> RawRow.RawCell.BLANK;
        };
    }

    /** The shortest decimal that is this double, as a person typed it (2.5, not 2.50000000001). */
    static String number(double value) {
        var decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
    }

    static boolean isXlsx(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static boolean isOldExcel(byte[] bytes) {
        return bytes.length >= 4
                && (bytes[0] & 0xFF) == 0xD0
                && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0;
    }
}
