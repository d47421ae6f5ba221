package org.minsheng.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minsheng.division.Division.Level;
import org.minsheng.division.DivisionListReader.ListedUnit;

class DivisionListReaderTest {

    @TempDir
    Path temp;

    @Test
    void prefixes_are_accepted_in_the_lists_short_form_and_in_gb_t_2260_form() {
        assertThat(DivisionListReader.shortPrefix("35")).isEqualTo("35");
        assertThat(DivisionListReader.shortPrefix("350000")).isEqualTo("35");
        assertThat(DivisionListReader.shortPrefix(" 350600 ")).isEqualTo("3506");
        assertThat(DivisionListReader.shortPrefix("350604")).isEqualTo("350604");
        assertThat(DivisionListReader.shortPrefix("350604001")).isEqualTo("350604001");
        for (var bad : new String[] {"", "3", "35060", "3506040011", "35a6", "350604001001"}) {
            assertThatThrownBy(() -> DivisionListReader.shortPrefix(bad)).isInstanceOf(DivisionException.class);
        }
    }

    @Test
    void short_codes_are_padded_for_province_and_city_only() {
        assertThat(DivisionListReader.storedCode("35")).isEqualTo("350000");
        assertThat(DivisionListReader.storedCode("3506")).isEqualTo("350600");
        assertThat(DivisionListReader.storedCode("350604")).isEqualTo("350604");
        assertThat(DivisionListReader.storedCode("350604001")).isEqualTo("350604001");
    }

    @Test
    void quoted_fields_may_hold_commas_and_quotes() {
        assertThat(DivisionListReader.fields("350604001,\"石码街道\",350604,35,3506"))
                .containsExactly("350604001", "石码街道", "350604", "35", "3506");
        assertThat(DivisionListReader.fields("1,\"a, \"\"b\"\"\",2")).containsExactly("1", "a, \"b\"", "2");
        assertThat(DivisionListReader.fields("1,,2")).containsExactly("1", "", "2");
    }

    @Test
    void columns_are_found_by_name_whatever_their_order_and_a_bom_or_crlf_does_not_matter() throws IOException {
        var streets = temp.resolve("streets.csv");
        Files.writeString(
                streets,
                "\uFEFFareaCode,provinceCode,name,code,cityCode\r\n"
                        + "350604,35,\"石码街道\",350604001,3506\r\n"
                        + "350102,35,\"鼓东街道\",350102001,3501\r\n");

        var units = DivisionListReader.read("3506", List.of(new SourceFile("streets.csv", streets)));

        assertThat(units).containsExactly(new ListedUnit("350604001", "石码街道", Level.TOWN, "350604", "streets.csv", 2));
    }

    @Test
    void cities_point_at_their_province_in_padded_form() throws IOException {
        var cities = temp.resolve("cities.csv");
        Files.writeString(cities, "code,name,provinceCode\n3506,\"漳州市\",35\n");

        var units = DivisionListReader.read("35", List.of(new SourceFile("CITIES.CSV", cities)));

        assertThat(units).containsExactly(new ListedUnit("350600", "漳州市", Level.CITY, "350000", "CITIES.CSV", 2));
    }

    @Test
    void a_city_without_counties_is_not_listed_twice_and_its_towns_hang_from_the_city() throws IOException {
        var cities = temp.resolve("cities.csv");
        Files.writeString(cities, "code,name,provinceCode\n4419,东莞市,44\n");
        var areas = temp.resolve("areas.csv");
        Files.writeString(areas, "code,name,cityCode,provinceCode\n441900,东莞市,4419,44\n");
        var streets = temp.resolve("streets.csv");
        Files.writeString(streets, "code,name,areaCode,cityCode,provinceCode\n441900003,东城街道,441900,4419,44\n");

        var units = DivisionListReader.read(
                "4419",
                List.of(
                        new SourceFile("cities.csv", cities),
                        new SourceFile("areas.csv", areas),
                        new SourceFile("streets.csv", streets)));

        assertThat(units)
                .extracting(ListedUnit::code, ListedUnit::level, ListedUnit::parentCode)
                .containsExactly(
                        Tuple.tuple("441900", Level.CITY, "440000"), Tuple.tuple("441900003", Level.TOWN, "441900"));
    }

    /** The probe of issue 21: a 204 KB zip whose areas.csv holds one 200 MiB line. */
    @Test
    void a_zip_expanding_to_a_200_mib_line_is_refused_at_the_line_limit_without_reading_the_line() throws IOException {
        var zip = zip("bomb.zip", out -> {
            out.putNextEntry(new ZipEntry("areas.csv"));
            out.write("code,name,cityCode,provinceCode\n350699,".getBytes(StandardCharsets.UTF_8));
            var name = "名".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 200L * 1024 * 1024; written += name.length) {
                out.write(name);
            }
            out.write(",3506,35\n".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(zip)).isLessThan(1024 * 1024);

        assertRefused(
                () -> DivisionListReader.read("3506", List.of(new SourceFile("bomb.zip", zip))),
                "divisions.import.lineTooLong",
                "bomb.zip:areas.csv",
                2,
                1_000);
    }

    @Test
    void a_name_longer_than_a_hundred_characters_is_refused_with_its_line() throws IOException {
        var areas = temp.resolve("areas.csv");
        Files.writeString(
                areas,
                "code,name,cityCode,provinceCode\n350699,\"" + "名".repeat(101) + "\",3506,35\n" + "350698,\""
                        + "名".repeat(100) + "\",3506,35\n");
        assertRefused(
                () -> DivisionListReader.read("3506", List.of(new SourceFile("areas.csv", areas))),
                "divisions.import.nameTooLong",
                "areas.csv",
                2,
                "350699",
                100);

        Files.writeString(areas, "code,name,cityCode,provinceCode\n350698,\"" + "名".repeat(100) + "\",3506,35\n");
        assertThat(DivisionListReader.read("3506", List.of(new SourceFile("areas.csv", areas))))
                .hasSize(1);
    }

    @Test
    void a_zip_expanding_past_64_mib_of_short_lines_is_refused_at_the_total_limit() throws IOException {
        var line = ("999999," + "x".repeat(900) + ",9999,99\n").getBytes(StandardCharsets.UTF_8);
        var zip = zip("big.zip", out -> {
            out.putNextEntry(new ZipEntry("areas.csv"));
            out.write("code,name,cityCode,provinceCode\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 70L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        });

        assertRefused(
                () -> DivisionListReader.read("3506", List.of(new SourceFile("big.zip", zip))),
                "divisions.import.tooMuchData",
                64L);
    }

    @Test
    void a_zip_with_more_than_a_hundred_entries_is_refused_before_any_is_read() throws IOException {
        var zip = zip("many.zip", out -> {
            out.putNextEntry(new ZipEntry("areas.csv"));
            out.write("code,name,cityCode,provinceCode\n350604,龙海区,3506,35\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100; i++) {
                out.putNextEntry(new ZipEntry("empty-" + i + ".txt"));
            }
        });

        assertRefused(
                () -> DivisionListReader.read("3506", List.of(new SourceFile("many.zip", zip))),
                "divisions.import.tooManyEntries",
                "many.zip",
                100);
    }

    @Test
    void a_file_over_40_mib_is_refused_before_it_is_read() throws IOException {
        var villages = temp.resolve("villages.csv");
        try (var file = new RandomAccessFile(villages.toFile(), "rw")) {
            file.setLength(40L * 1024 * 1024 + 1);
        }

        assertRefused(
                () -> DivisionListReader.read("3506", List.of(new SourceFile("villages.csv", villages))),
                "divisions.import.fileTooLarge",
                "villages.csv",
                40L);
    }

    private interface ZipContent {
        void write(ZipOutputStream out) throws IOException;
    }

    private Path zip(String name, ZipContent content) throws IOException {
        var zip = temp.resolve(name);
        try (var out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            content.write(out);
        }
        return zip;
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable read, String key, Object... parameters) {
        assertThatThrownBy(read).isInstanceOfSatisfying(DivisionException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.parameters()).containsExactly(parameters);
        });
    }
}
