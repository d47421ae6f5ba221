package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Hostile.forAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minsheng.base.RefusedException;
import org.minsheng.support.Hostile;

/**
 * Whatever bytes arrive as an upload, the readers give rows or a refusal with a message key, never
 * another exception; the 39-file corpus (ImportBadFilesTest) has the known bad cases, this the unknown.
 */
class ImportParserPropertiesTest {

    @Test
    void any_csv_text_in_utf8_or_gb18030_reads_as_rows_within_the_limits_or_is_refused() {
        forAll(ImportParserPropertiesTest::csvBytes, bytes -> {
            try {
                // what the cells say (controls, formulas, nonsense) is for the checks after reading, which
                // HostileInputTest drives through the dry run; here: rows, numbered from the file's first line
                assertThat(CsvReader.read(bytes, "hostile.csv")).allSatisfy(row -> assertThat(row.number()).isPositive());
            } catch (RefusedException refused) {
                assertThat(refused.messageKey()).startsWith("import.error.");
            }
        });
    }

    @Test
    void random_bytes_are_refused_as_a_file_never_crash_the_reader() {
        forAll(random -> {
            var bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            return bytes;
        }, bytes -> {
            try {
                CsvReader.read(bytes, "random.csv");
            } catch (RefusedException refused) {
                assertThat(refused.messageKey()).startsWith("import.error.");
            }
        });
    }

    @Test
    void a_damaged_xlsx_is_refused_with_a_message_key() {
        var valid = workbook();
        forAll(random -> damage(valid, random), bytes -> {
            try {
                XlsxReader.read(bytes);
            } catch (RefusedException refused) {
                assertThat(refused.messageKey()).startsWith("import.error.");
            }
        });
    }

    private static byte[] csvBytes(Random random) {
        var text = new StringBuilder("报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明\n");
        int rows = random.nextInt(6);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 9; c++) {
                var cell = Hostile.anyText(random);
                text.append(random.nextInt(4) == 0 ? '"' + cell + '"' : cell).append(c < 8 ? "," : "\n");
            }
        }
        return text.toString().getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : CsvReader.GB18030);
    }

    private static byte[] damage(byte[] valid, Random random) {
        var bytes = valid.clone();
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return random.nextInt(5) == 0 ? java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes;
    }

    private static byte[] workbook() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("填报");
            var header = sheet.createRow(0);
            var titles = new String[] {"报告期", "区划代码", "区县", "指标代码", "指标", "单位", "上期值", "本期值", "情况说明"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            var row = sheet.createRow(1);
            var values = new String[] {"2021-01", "350602", "芗城区", "meal_schools", "营养改善计划学校", "所", "4", "4", "已核实"};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
