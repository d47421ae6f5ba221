package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A commit takes its dry run's checks only while nothing they read has changed. Here someone else
 * changes, between 芗城区's dry run of January 2021 and its commit, something the file's checks read
 * but the file does not hold (a rule, a cell a rule compares, the city's publication of its year), each in a transaction of its own as
 * another session would: the commit checks again and refuses the file as the entry form would now.
 * Not in a test transaction (the dry run, the change and the commit are three), so it cleans up.
 */
@IntegrationTest
class ImportCommitAfterDryRunTest {

    @Autowired
    ImportService imports;

    @Autowired
    FigureService figures;

    @Autowired
    DSLContext db;

    private long lastFigure;
    private long lastAudit;
    private long lastBatch;

    @BeforeEach
    void remember() {
        lastFigure = number("select coalesce(max(id), 0) from figure");
        lastAudit = number("select coalesce(max(id), 0) from audit_entry");
        lastBatch = number("select coalesce(max(id), 0) from import_batch");
    }

    @AfterEach
    void cleanUp() {
        db.execute("delete from audit_entry where id > ?", lastAudit);
        db.execute("delete from figure where id > ?", lastFigure);
        db.execute("delete from import_batch where id > ?", lastBatch);
        db.execute("delete from validation_rule where code like 'test_bays_within_%'");
        db.execute("delete from unit_publication where year = 2021");
        db.execute("update division set code = '350602' where code = '359602'");
    }

    @Test
    void a_rule_added_between_the_dry_run_and_the_commit_makes_the_commit_check_again_and_refuse() {
        var file = csv("passing_bays,5,程序填写", "dropouts,1,程序填写");
        var preview = as("stat-xiangcheng", () -> imports.preview("规则.csv", file));
        assertThat(preview.committable()).as(preview.problems().toString()).isTrue();

        rule("test_bays_within_dropouts", "dropouts", "error");

        assertThatThrownBy(() -> as("stat-xiangcheng", () -> imports.commit("规则.csv", file)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.error.notCommittable"));
        assertThat(stored()).as("nothing written").isZero();
        var again = as("stat-xiangcheng", () -> imports.preview("规则.csv", file));
        assertThat(again.problems()).anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("figure.rule"));
    }

    @Test
    void a_cell_a_rule_compares_saved_between_the_dry_run_and_the_commit_makes_the_commit_check_again_and_refuse() {
        // passing_bays <= meal_schools, a warning: without meal_schools it cannot fire
        rule("test_bays_within_schools", "meal_schools", "warning");
        var file = csv("passing_bays,5,");
        var preview = as("stat-xiangcheng", () -> imports.preview("错车道.csv", file));
        assertThat(preview.committable()).as(preview.problems().toString()).isTrue();

        var mealSchools = new CellKey(indicator("meal_schools"), xiangcheng(), january2021());
        as("stat-xiangcheng", () -> figures.save(new FigureInput(mealSchools, "3", false, "另一会话", 0, null)));

        assertThatThrownBy(() -> as("stat-xiangcheng", () -> imports.commit("错车道.csv", file)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.error.notCommittable"));
        assertThat(stored()).as("only the other session's cell").isEqualTo(1);
        var again = as("stat-xiangcheng", () -> imports.preview("错车道.csv", file));
        assertThat(again.problems())
                .anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("figure.error.explanationNeeded"));
    }

    @Test
    void the_citys_year_published_between_the_dry_run_and_the_commit_makes_the_commit_refuse() {
        var file = csv("meal_schools,5,程序填写");
        var preview = as("stat-xiangcheng", () -> imports.preview("发布.csv", file));
        assertThat(preview.committable()).as(preview.problems().toString()).isTrue();

        // the city releases its 2021 (V133): its districts' figures are then published ones, changed on the form only
        db.execute("""
                insert into unit_publication (division_id, year, published_at, published_by)
                select d.id, 2021, now(), u.id from division d, app_user u
                where d.code = '350600' and u.username = 'reviewer'""");

        assertThatThrownBy(() -> as("stat-xiangcheng", () -> imports.commit("发布.csv", file)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.error.notCommittable"));
        assertThat(stored()).as("nothing written").isZero();
    }

    @Test
    void a_units_code_changed_between_the_dry_run_and_the_commit_makes_the_commit_read_the_file_again_and_refuse() {
        var file = csv("meal_schools,5,程序填写");
        var preview = as("stat-xiangcheng", () -> imports.preview("代码.csv", file));
        assertThat(preview.committable()).as(preview.problems().toString()).isTrue();

        // the file's 350602 no longer names a unit: the dry run's mapping of it to 芗城区 is stale
        db.execute("update division set code = '359602' where code = '350602'");

        assertThatThrownBy(() -> as("stat-xiangcheng", () -> imports.commit("代码.csv", file)))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.error.notCommittable"));
        assertThat(stored()).as("nothing written").isZero();
    }

    @Test
    void with_nothing_changed_the_commit_writes_what_the_dry_run_said() {
        var file = csv("meal_schools,5,程序填写", "passing_bays,7,程序填写");
        var preview = as("stat-xiangcheng", () -> imports.preview("同一.csv", file));
        assertThat(preview.newRows()).isEqualTo(2);
        as("stat-xiangcheng", () -> imports.commit("同一.csv", file));
        assertThat(db.fetch("select value from figure where id > ? order by value", lastFigure)
                        .into(BigDecimal.class))
                .containsExactly(new BigDecimal("5"), new BigDecimal("7"));
    }

    private static byte[] csv(String... rows) {
        var text = new StringBuilder(BadFileCorpus.HEADER).append("\r\n");
        for (var row : rows) {
            var cells = row.split(",", -1);
            text.append(String.join(",", "2021-01", "350602", "", cells[0], "", "", "", cells[1], cells[2]))
                    .append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A rule passing_bays <= the right-hand indicator, committed in a transaction of its own. */
    private void rule(String code, String right, String severity) {
        db.execute("""
                insert into validation_rule (code, left_id, operator, right_ids, severity, message_zh, message_en)
                select ?, l.id, 'le', array[r.id], ?::rule_severity, '错车道数不应超过' || r.code, 'Bays within ' || r.code
                from indicator l, indicator r where l.code = 'passing_bays' and r.code = ?""", code, severity, right);
    }

    private int xiangcheng() {
        return (int) number("select id from division where code in ('350602', '359602')");
    }

    private int stored() {
        return (int) number("select count(*) from figure where id > ?", lastFigure);
    }

    private int indicator(String code) {
        return (int) number("select id from indicator where code = ?", code);
    }

    private int january2021() {
        return (int) number("select id from period where year = 2021 and month = 1");
    }

    private long number(String sql, Object... bindings) {
        return db.fetchOne(sql, bindings).get(0, Long.class);
    }
}
