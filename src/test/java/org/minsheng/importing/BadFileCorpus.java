package org.minsheng.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the corpus of bad import files in src/test/resources/import-corpus: each file is wrong in
 * one way, and expected.properties names the message key it must be refused with. Run its main
 * method to regenerate; the files are committed so a change here shows up in review.
 * All files are for 芗城区 (350602) and January 2021, the demo data's open period.
 */
public final class BadFileCorpus {

    static final String HEADER = "报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明";
    static final Charset GB18030 = Charset.forName("GB18030");

    /** File name → (content, expected message key). */
    static Map<String, Map.Entry<byte[], String>> files() throws IOException {
        var files = new LinkedHashMap<String, Map.Entry<byte[], String>>();
        csv(files, "unknown-indicator.csv", "import.error.unknownIndicator", "2021-01,350602,芗城区,no_such,,,,4,");
        csv(files, "unknown-division.csv", "import.error.unknownDivision", "2021-01,350699,,meal_schools,,,,4,");
        csv(files, "unknown-period.csv", "import.error.unknownPeriod", "2031-01,350602,,meal_schools,,,,4,");
        csv(files, "out-of-scope-district.csv", "figure.error.outOfScope", "2021-01,350623,漳浦县,meal_schools,,,,4,");
        csv(files, "locked-period.csv", "figure.error.periodPublished", "2020-12,350602,芗城区,meal_schools,,,,5,");
        csv(
                files,
                "duplicate-rows.csv",
                "figure.error.duplicate",
                "2021-01,350602,芗城区,meal_schools,,,,4,",
                "2021-01,350602,芗城区,meal_schools,,,,5,");
        // the repeat's own value calls for an explanation: it is told that as well as the repeat
        csv(
                files,
                "duplicate-with-warning.csv",
                "figure.error.duplicate",
                "2021-01,350602,芗城区,meal_schools,,,,4,",
                "2021-01,350602,芗城区,meal_schools,,,,400,");
        // a long list whose period cannot be read: the row still names its district and indicator
        files.put(
                "long-list-unknown-period.csv",
                Map.entry(
                        "区县,指标,期间,数值\r\n350602,meal_schools,2021-13,4\r\n".getBytes(StandardCharsets.UTF_8),
                        "import.error.unknown.period"));
        csv(files, "text-in-number.csv", "figure.error.notANumber", "2021-01,350602,芗城区,meal_schools,,,,四所,");
        csv(files, "formula-in-csv.csv", "import.error.formula", "2021-01,350602,芗城区,meal_schools,,,,=1+3,");
        csv(
                files,
                "formula-hyperlink.csv",
                "import.error.formula",
                "2021-01,350602,芗城区,meal_schools,,,,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"4\"\")\",");
        csv(
                files,
                "too-many-decimals.csv",
                "figure.error.tooManyDecimals",
                "2021-01,350602,芗城区,road_widening,,,,2.55,");
        csv(files, "fraction-for-count.csv", "figure.error.wholeNumber", "2021-01,350602,芗城区,meal_schools,,,,4.5,");
        csv(files, "negative-count.csv", "figure.error.negative", "2021-01,350602,芗城区,passing_bays,,,,-1,");
        csv(
                files,
                "yearly-indicator-in-month.csv",
                "figure.error.notReported",
                "2021-01,350602,芗城区,cross_inspected,,,,3,");
        csv(files, "city-indicator.csv", "figure.error.notReported", "2021-01,350602,芗城区,lead_departments,,,,3,");
        csv(
                files,
                "warning-without-explanation.csv",
                "figure.error.explanationNeeded",
                "2021-01,350602,芗城区,meal_schools,,,,400,");
        csv(
                files,
                "number-as-explanation.csv",
                "figure.error.explanationIsValue",
                "2021-01,350602,芗城区,meal_schools,,,,400,4300");
        csv(
                files,
                "one-bad-among-good.csv",
                "figure.error.notANumber",
                "2021-01,350602,芗城区,meal_schools,,,,4,",
                "2021-01,350602,芗城区,passing_bays,,,,多个,");
        files.put("empty.csv", Map.entry(new byte[0], "import.error.empty"));
        files.put(
                "blank-lines.csv", Map.entry("\r\n\r\n,,\r\n".getBytes(StandardCharsets.UTF_8), "import.error.empty"));
        csv(files, "header-only.csv", "import.error.noRows");
        files.put(
                "no-header.csv",
                Map.entry(
                        "2021-01,350602,芗城区,meal_schools,,,,4,\r\n".getBytes(StandardCharsets.UTF_8),
                        "import.error.noHeader"));
        files.put(
                "unclosed-quote.csv",
                Map.entry(
                        (HEADER + "\r\n2021-01,350602,\"芗城区,meal_schools,,,,4,\r\n").getBytes(StandardCharsets.UTF_8),
                        "import.error.csvQuote"));
        files.put(
                "wrong-encoding.csv",
                Map.entry(new byte[] {'a', ',', (byte) 0xFF, (byte) 0xFF, '\r', '\n'}, "import.error.encoding"));
        files.put(
                "utf16.csv",
                Map.entry(
                        withBom(
                                new byte[] {(byte) 0xFF, (byte) 0xFE},
                                (HEADER + "\r\n").getBytes(StandardCharsets.UTF_16LE)),
                        "import.error.encoding"));
        files.put(
                "gbk-unknown-indicator.csv",
                Map.entry(
                        (HEADER + "\r\n2021-01,350602,芗城区,营养餐学校,,,,4,\r\n").getBytes(GB18030),
                        "import.error.unknownIndicator"));
        csv(
                files,
                "cell-too-long.csv",
                "import.error.cellTooLong",
                "2021-01,350602,芗城区,meal_schools,,,,4," + "说".repeat(2_500));
        files.put(
                "figures.pdf",
                Map.entry("%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "import.error.fileType"));
        files.put(
                "old-excel.xls",
                Map.entry(
                        new byte[] {
                            (byte) 0xD0,
                            (byte) 0xCF,
                            0x11,
                            (byte) 0xE0,
                            (byte) 0xA1,
                            (byte) 0xB1,
                            0x1A,
                            (byte) 0xE1,
                            0,
                            0
                        },
                        "import.error.oldExcel"));

        files.put(
                "not-really.xlsx",
                Map.entry("报告期,区划代码\r\n".getBytes(StandardCharsets.UTF_8), "import.error.unreadable"));
        var good = xlsx(List.of(List.of("2021-01", "350602", "芗城区", "meal_schools", "", "", "", 4d, "")));
        files.put("truncated.xlsx", Map.entry(Arrays.copyOf(good, good.length / 2), "import.error.unreadable"));
        files.put(
                "formula.xlsx",
                Map.entry(
                        xlsx(List.of(List.of(
                                "2021-01", "350602", "芗城区", "meal_schools", "", "", "", new Formula("2+2"), ""))),
                        "import.error.formula"));
        files.put(
                "formula-sum.xlsx",
                Map.entry(
                        xlsx(List.of(List.of(
                                "2021-01",
                                "350602",
                                "芗城区",
                                "meal_schools",
                                "",
                                "",
                                "",
                                new Formula("SUM(G3:G4)"),
                                ""))),
                        "import.error.formula"));
        files.put(
                "text-in-number.xlsx",
                Map.entry(
                        xlsx(List.of(List.of("2021-01", "350602", "芗城区", "meal_schools", "", "", "", "一百", ""))),
                        "figure.error.notANumber"));
        files.put(
                "too-many-decimals.xlsx",
                Map.entry(
                        xlsx(List.of(List.of("2021-01", "350602", "芗城区", "road_widening", "", "", "", 2.55d, ""))),
                        "figure.error.tooManyDecimals"));
        files.put(
                "negative-count.xlsx",
                Map.entry(
                        xlsx(List.of(List.of("2021-01", "350602", "芗城区", "dropouts", "", "", "", -3d, ""))),
                        "figure.error.negative"));
        files.put(
                "locked-period.xlsx",
                Map.entry(
                        xlsx(List.of(List.of("2020-06", "350602", "芗城区", "meal_schools", "", "", "", 5d, ""))),
                        "figure.error.periodPublished"));
        files.put(
                "out-of-scope-district.xlsx",
                Map.entry(
                        xlsx(List.of(List.of("2021-01", "350623", "漳浦县", "meal_schools", "", "", "", 4d, ""))),
                        "figure.error.outOfScope"));
        files.put(
                "duplicate-rows.xlsx",
                Map.entry(
                        xlsx(List.of(
                                List.of("2021-01", "350602", "芗城区", "passing_bays", "", "", "", 3d, ""),
                                List.of("2021-01", "350602", "芗城区", "passing_bays", "", "", "", 3d, ""))),
                        "figure.error.duplicate"));
        files.put("empty-sheet.xlsx", Map.entry(emptyWorkbook(), "import.error.empty"));
        files.put("zip-bomb.xlsx", Map.entry(inflated(good), "import.error.zipBomb"));
        return files;
    }

    /** A formula to put in a generated cell. */
    record Formula(String text) {}

    private static void csv(Map<String, Map.Entry<byte[], String>> files, String name, String key, String... rows) {
        var text = new StringBuilder(HEADER).append("\r\n");
        for (var row : rows) {
            text.append(row).append("\r\n");
        }
        files.put(name, Map.entry(text.toString().getBytes(StandardCharsets.UTF_8), key));
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("填报");
            sheet.createRow(0).createCell(0).setCellValue("测试文件");
            var header = sheet.createRow(1);
            var names = HEADER.split(",");
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            int r = 2;
            for (var values : rows) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    var value = values.get(c);
                    var cell = row.createCell(c);
                    if (value instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (value instanceof Formula f) {
                        cell.setCellFormula(f.text());
                    } else if (!value.toString().isEmpty()) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] emptyWorkbook() throws IOException {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            workbook.createSheet("空");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The same workbook with 40 MB of whitespace in the sheet: tiny compressed, huge inflated. */
    private static byte[] inflated(byte[] xlsx) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                var zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                var content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    var xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    var spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] withBom(byte[] bom, byte[] content) {
        var all = Arrays.copyOf(bom, bom.length + content.length);
        System.arraycopy(content, 0, all, bom.length, content.length);
        return all;
    }

    public static void main(String[] args) throws IOException {
        var dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/import-corpus");
        Files.createDirectories(dir);
        var expected =
                new StringBuilder("# file = the message key it must be refused with (written by BadFileCorpus)\n");
        for (var file : files().entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue().getKey());
            expected.append(file.getKey())
                    .append(" = ")
                    .append(file.getValue().getValue())
                    .append('\n');
        }
        Files.writeString(dir.resolve("expected.properties"), expected.toString(), StandardCharsets.UTF_8);
    }
}
