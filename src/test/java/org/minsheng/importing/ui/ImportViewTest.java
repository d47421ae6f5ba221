package org.minsheng.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.importing.ImportProblem;
import org.minsheng.importing.ImportService;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import page as 芗城区's statistician uses it: upload, read the dry run, commit or not. Not
 * transactional: the commit runs on a background thread in its own transaction, so the test removes
 * what it wrote.
 */
@IntegrationTest
class ImportViewTest {

    private static final String HEADER = "报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明\r\n";

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    ImportService imports;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "stat-xiangcheng");
        UI.getCurrent().navigate("import");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
        var batches = db.fetch("select id from import_batch where file_name = '芗城区.csv'")
                .getValues(0, Long.class);
        db.execute("delete from audit_entry where import_id = any(?)", (Object) batches.toArray(Long[]::new));
        db.execute("delete from figure f using period p where p.id = f.period_id and p.year = 2021"
                + " and f.status = 'draft' and f.division_id = (select id from division where code = '350602')");
        db.execute("delete from import_batch where id = any(?)", (Object) batches.toArray(Long[]::new));
    }

    /** A refused file is refused for its own reason: every refusal said 「文件太大」, a .txt file's too. */
    @Test
    void a_refused_file_is_told_its_own_reason() {
        var upload = _get(Upload.class);
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "只接受 .xlsx 或 .csv 文件。", "notes.txt"));
        assertThat(KaribuSpring.notifications()).containsExactly("只接受 .xlsx 或 .csv 文件。");
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "文件太大。", "big.csv"));
        assertThat(KaribuSpring.notifications()).contains("文件太大：最大 5 MB");
    }

    @Test
    void a_good_file_previews_its_counts_and_is_written_on_commit() {
        assertThat(_get(Anchor.class, spec -> spec.withId("import-template")).isVisible())
                .isTrue();
        upload("芗城区.csv", HEADER + "2021-01,350602,芗城区,meal_schools,,所,4,5,\r\n");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .contains("共 1 行", "新增 1", "0 行需要修改");
        var commit = _get(Button.class, spec -> spec.withId("import-commit"));
        assertThat(commit.isEnabled()).isTrue();
        commit.click();
        assertThat(_get(Div.class, spec -> spec.withId("import-working")).isVisible())
                .as("progress shown")
                .isTrue();
        assertThat(commit.isEnabled())
                .as("no second commit while the first runs")
                .isFalse();
        assertThat(UI.getCurrent().getPollInterval())
                .as("the page asks for the result")
                .isPositive();
        awaitCommit();
        assertThat(db.fetchValue("select count(*) from figure f join period p on p.id = f.period_id"
                        + " where p.year = 2021 and f.status = 'draft'"))
                .isEqualTo(1L);
        assertThat(_find(Paragraph.class, spec -> spec.withId("import-summary")))
                .as("cleared after commit")
                .isEmpty();
    }

    /**
     * A warning already explained blocks nothing, as on the form: the summary said 「1 行有问题（其中 0 行有错误）」
     * of it (a tester's tour). It counts only the rows to fix, and lists the explained warning as such.
     */
    @Test
    void an_explained_warning_is_no_problem_to_fix_and_is_listed_as_explained() {
        upload(
                "芗城区.csv",
                HEADER + "2021-01,350602,芗城区,meal_schools,,所,4,60,新建学校\r\n"
                        + "2021-01,350602,芗城区,passing_bays,,个,,3,\r\n");
        assertThat(problemRows())
                .as("the warnings of 60 schools where there were 4, each told as explained")
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row).startsWith("芗城区.csv 2 ").contains("H · 本期值", "提示（已说明）"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .endsWith("0 行需要修改；1 行的提示已有情况说明")
                .doesNotContain("有问题");
        assertThat(_get(Button.class, spec -> spec.withId("import-commit")).isEnabled())
                .isTrue();
    }

    /** The same file again changes nothing, and the page says so beside the disabled button (a tester's tour). */
    @Test
    void a_file_already_imported_says_there_is_nothing_to_import() {
        var file = HEADER + "2021-01,350602,芗城区,meal_schools,,所,4,5,\r\n";
        upload("芗城区.csv", file);
        _get(Button.class, spec -> spec.withId("import-commit")).click();
        awaitCommit();
        upload("芗城区.csv", file);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .contains("不变 1")
                .endsWith("。没有需要导入的内容：每一行都与已保存的数据相同或未填");
        assertThat(_get(Button.class, spec -> spec.withId("import-commit")).isEnabled())
                .isFalse();
    }

    /**
     * A period closed between the dry run and the commit: the commit wrote nothing, as it must, but the
     * page said only 「文件有错误或没有要写入的数据」 above the old dry run's 「0 个有错误」 (a stranger's
     * trial). It now says that something changed and shows the checks as they are now.
     */
    @Test
    void a_commit_refused_for_what_changed_since_the_dry_run_shows_the_checks_as_they_are_now() {
        upload("芗城区.csv", HEADER + "2021-01,350602,芗城区,meal_schools,,所,4,5,\r\n");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .contains("0 行需要修改");
        db.execute("update period set status = 'closed' where kind = 'month' and year = 2021 and month = 1");
        try {
            _get(Button.class, spec -> spec.withId("import-commit")).click();
            awaitCommit();
            assertThat(KaribuSpring.notifications()).contains("预览之后情况有变，重新检查发现了问题，未导入任何数据：请看下面最新的检查结果");
            assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary"))
                            .getText())
                    .doesNotContain("0 行需要修改");
            var problems = _get(Grid.class, spec -> spec.withId("import-problems"));
            assertThat(GridKt._size(problems))
                    .as("the problems found now are listed")
                    .isPositive();
            assertThat(_get(Button.class, spec -> spec.withId("import-commit")).isEnabled())
                    .isFalse();
            assertThat(db.fetchValue("select count(*) from figure f join period p on p.id = f.period_id"
                            + " where p.year = 2021 and f.status = 'draft'"))
                    .as("nothing written")
                    .isEqualTo(0L);
        } finally {
            db.execute("update period set status = 'open' where kind = 'month' and year = 2021 and month = 1");
        }
    }

    /**
     * With no period open the page says so, as the entry sheet does, instead of an empty picker beside a
     * greyed template link (a stranger's trial); nothing can be uploaded.
     */
    @Test
    void with_no_period_open_the_page_says_so_and_takes_no_file() {
        assertThat(_find(Paragraph.class, spec -> spec.withId("import-none-open")))
                .isEmpty();
        var open = db.fetch("update period set status = 'closed' where status = 'open' returning id")
                .getValues(0, Integer.class);
        try {
            UI.getCurrent().navigate("entry");
            UI.getCurrent().navigate("import");
            assertThat(_get(Paragraph.class, spec -> spec.withId("import-none-open"))
                            .getText())
                    .startsWith("目前没有开放填报的报送期");
            assertThat(_find(Upload.class))
                    .as("no box that takes a file only to refuse it (a disabled one still took it)")
                    .isEmpty();
            assertThat(_find(Anchor.class, spec -> spec.withId("import-template")))
                    .isEmpty();
        } finally {
            db.execute("update period set status = 'open' where id = any(?)", (Object) open.toArray(Integer[]::new));
        }
    }

    /**
     * What a user whose page went away during the commit (a closed tab, a node that died) reads: the
     * list comes from the database, so a fresh page, on any node, shows what was written.
     */
    @Test
    void a_committed_import_is_listed_on_the_page_and_on_a_fresh_one_and_only_for_its_author() {
        assertThat(recentLines()).noneMatch(line -> line.contains("芗城区.csv"));
        upload("芗城区.csv", HEADER + "2021-01,350602,芗城区,meal_schools,,所,4,5,\r\n");
        _get(Button.class, spec -> spec.withId("import-commit")).click();
        awaitCommit();
        assertThat(recentLines().getFirst()).contains("芗城区.csv", "2021年1月", "1 行（新增 1，修改 0，不变 0）");

        UI.getCurrent().navigate("entry");
        UI.getCurrent().navigate("import");
        assertThat(recentLines().getFirst())
                .as("a fresh page reads it from the database")
                .contains("芗城区.csv");
        assertThat(SignedIn.as("stat-zhangpu", imports::recentImports))
                .as("another statistician's list")
                .noneMatch(record -> record.fileName().equals("芗城区.csv"));
    }

    /** The problems grid's rows as the user reads them, each its cells joined by spaces. */
    private static Stream<String> problemRows() {
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        return IntStream.range(0, GridKt._size(problems))
                .mapToObj(i -> String.join(" ", GridKt._getFormattedRow(problems, i)));
    }

    private static List<String> recentLines() {
        return _find(Paragraph.class, spec -> spec.withClasses("import-recent-line")).stream()
                .map(Paragraph::getText)
                .toList();
    }

    /** A repeated cell names the row it repeats: the message said only 「出现了不止一次」 (a stranger's trial). */
    @Test
    void a_repeated_cell_names_the_row_it_repeats() {
        upload(
                "重复.csv",
                HEADER + "2021-01,350602,芗城区,meal_schools,,所,4,5,\r\n"
                        + "2021-01,350602,芗城区,passing_bays,,个,,3,\r\n"
                        + "2021-01,350602,芗城区,meal_schools,,所,4,6,\r\n");
        assertThat(problemRows().filter(row -> row.contains("不止一次")))
                .singleElement()
                .satisfies(row -> assertThat(row).startsWith("重复.csv 4 ").contains("与第 2 行重复"));
    }

    /**
     * A repeated row with a bad value is told both in one go, the value's at the value column: it was
     * told only the repeat, and the value's error came on the next upload (a tester's tour).
     */
    @Test
    void a_repeated_row_with_a_bad_value_is_told_both_at_once() {
        upload(
                "重复.csv",
                HEADER + "2021-01,350602,芗城区,meal_schools,,所,4,5,\r\n"
                        + "2021-01,350602,芗城区,meal_schools,,所,4,6.5,\r\n");
        assertThat(problemRows())
                .satisfiesExactly(
                        row -> assertThat(row).startsWith("重复.csv 3 ").contains("B · 区划代码", "与第 2 行重复"),
                        row -> assertThat(row).startsWith("重复.csv 3 ").contains("H · 本期值", "整数"));
        assertThat(_get(Button.class, spec -> spec.withId("import-commit")).isEnabled())
                .isFalse();
    }

    @Test
    void a_bad_file_lists_each_problem_by_row_and_column_and_cannot_be_committed() {
        upload(
                "坏.csv",
                HEADER + "2021-01,350602,芗城区,meal_schools,,所,4,四所,\r\n"
                        + "2021-01,350623,漳浦县,meal_schools,,所,4,4,\r\n");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(problems, 0))
                .contains("2", "芗城区", "营养改善计划学校", "2021年1月", "H · 本期值", "错误", "“四所”不是有效的数字");
        assertThat(GridKt._getFormattedRow(problems, 1)).contains("3", "漳浦县", "营养改善计划学校", "2021年1月", "B · 区划代码");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .contains("2 行需要修改");
        assertThat(_get(Button.class, spec -> spec.withId("import-commit")).isEnabled())
                .isFalse();
    }

    @Test
    void the_page_says_a_long_list_is_accepted_and_a_name_it_cannot_map_is_listed_by_name() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-long-list"))
                        .getText())
                .contains("长表", "区县", "指标", "期间", "数值", "情况说明");
        upload("长表.csv", "区县,指标,期间,数值\r\n芗城区,学生营养餐,2021年1月,4\r\n");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._getFormattedRow(problems, 0)).contains("2", "芗城区", "2021年1月", "B · 指标", "指标“学生营养餐”无法识别");
    }

    @Test
    void in_english_the_page_names_the_long_lists_columns_and_each_problem_its_district_indicator_and_period() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-long-list"))
                        .getText())
                .contains("long list", "“District”", "“Indicator”", "“Period”", "“Value”", "“Explanation”");
        upload(
                "长表.csv",
                "District,Indicator,Period,Value\r\n350602,学生营养餐,1/2021,4\r\n" + "芗城区,营养改善计划学校,2021-01,四所\r\n");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._getFormattedRow(problems, 0))
                .contains("2", "芗城区", "1/2021", "B · Indicator", "Indicator “学生营养餐” is not recognised");
        assertThat(GridKt._getFormattedRow(problems, 1))
                .contains("3", "芗城区", "Schools in meal programme", "1/2021", "D · Value", "Error");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .contains("2 rows to fix");
    }

    /**
     * The report names a warning's numbers as the entry sheet does, in the indicator's scale: a stranger's
     * trial read 「（1）」 there for 农村公路单改双 (one decimal), where the sheet reads 「1.0」. Only the dry
     * run runs (on this thread, so in the rolled-back transaction), so nothing outlives the test.
     */
    @Test
    void a_one_decimal_indicators_warnings_name_last_year_the_median_and_a_rules_sides_with_one_decimal() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            // 2020's months held as whole numbers (as figures loaded by SQL can be): 1, 2, … with 6 twice,
            // so last January is 1 and the median of the twelve is 6
            var months = List.of(1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11);
            IntStream.range(0, 12).forEach(m -> db.execute("""
                    update figure set value = ?, approved_value = ?
                    where indicator_id = (select id from indicator where code = 'road_widening')
                      and division_id = (select id from division where code = '350602')
                      and period_id = (select id from period where kind = 'month' and year = 2020 and month = ?)""", months.get(m), months.get(m), m + 1));
            db.execute("""
                    insert into validation_rule (code, left_id, operator, right_ids, severity, message_zh, message_en)
                    select 'roads_within_bays', l.id, 'le', array[r.id], 'warning', '里程不应超过错车道数', 'Km within bays'
                    from indicator l, indicator r where l.code = 'road_widening' and r.code = 'passing_bays'""");

            upload(
                    "芗城区.csv",
                    HEADER + "2021-01,350602,芗城区,road_widening,,公里,,99,\r\n"
                            + "2021-01,350602,芗城区,passing_bays,,个,,5,\r\n");

            @SuppressWarnings("unchecked")
            Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
            var rows = IntStream.range(0, GridKt._size(problems))
                    .mapToObj(i -> String.join(" ", GridKt._getFormattedRow(problems, i)))
                    .filter(row -> row.contains("农村公路单改双"))
                    .toList();
            assertThat(rows).anySatisfy(row -> assertThat(row).contains("与去年同期（1.0）相比"));
            assertThat(rows).anySatisfy(row -> assertThat(row).contains("（中位数 6.0）"));
            assertThat(rows).anySatisfy(row -> assertThat(row).contains("里程不应超过错车道数（本项 99.0，应 ≤ 5.0）"));
        });
    }

    /** Runs the UI's queue until the background commit has reported back (or fails after 60 s). */
    private void awaitCommit() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!_find(Div.class, spec -> spec.withId("import-working")).isEmpty()) {
            assertThat(System.nanoTime()).as("the commit reported back").isLessThan(deadline);
            MockVaadin.runUIQueue();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(UI.getCurrent().getPollInterval()).as("polling stops").isNegative();
    }

    private void upload(String name, String csv) {
        var view = _get(ImportView.class);
        view.received(name, csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
    }
}
