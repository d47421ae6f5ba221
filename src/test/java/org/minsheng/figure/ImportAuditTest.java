package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.db.Tables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import writes its figures and their audit entries in one statement, building each entry's
 * old and new value in SQL; the entry form builds them in Java ({@link StoredFigure#auditView()}).
 * A reviewer reading the trail must not be able to tell the two apart.
 */
@IntegrationTest
@Transactional
class ImportAuditTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    FigureService entry;

    @Autowired
    FigureRepository figures;

    @Autowired
    DSLContext db;

    @Test
    void an_imports_audit_entries_show_each_figure_before_and_after_as_the_entry_form_shows_it() {
        var meals = cell("meal_schools");
        var dropouts = cell("dropouts");
        var road = cell("road_widening");
        var bays = cell("passing_bays");
        var doctors = cell("family_doctor");
        as("stat-xiangcheng", () -> {
            entry.save(new FigureInput(dropouts, "0", false, null, 0, null));
            entry.save(new FigureInput(road, "2.5", false, "按月核实", 0, null));
            entry.save(new FigureInput(bays, "", true, null, 0, null));
            return null;
        });
        // a cell sent back by the reviewer, and one still carrying a correction's reason
        db.execute("update figure set status = 'returned', return_reason = '请核实' where id = ?", id(dropouts));
        db.execute("update figure set correction_reason = '更正笔误' where id = ?", id(road));
        var inputs = List.of(
                input(meals, "4", false),
                input(dropouts, "1", false),
                input(road, "2.60", false),
                input(bays, "6", false),
                input(doctors, "", true));
        var before = new ArrayList<String>();
        inputs.forEach(i -> before.add(view(i.key())));

        long batch = as("stat-xiangcheng", () -> {
            long[] id = new long[1];
            entry.saveAll(inputs, checked -> id[0] = importBatch());
            return id[0];
        });

        var expected = new ArrayList<List<Object>>();
        for (int i = 0; i < inputs.size(); i++) {
            var key = inputs.get(i).key();
            expected.add(List.of(
                    id(key), before.get(i) == null ? "enter" : "edit", String.valueOf(before.get(i)), view(key)));
        }
        var audited =
                db.fetch("""
                        select entity_id, action, coalesce(old_value::text, 'null'), new_value::text from audit_entry
                        where import_id = ? and entity = 'figure' and source = 'import'
                          and actor_id = (select id from app_user where username = 'stat-xiangcheng')
                        order by id""", batch).map(r -> List.<Object>of(r.get(0, Long.class), r.get(1), r.get(2), r.get(3)));
        assertThat(audited)
                .as("in the file's order, each as the form would show it")
                .isEqualTo(expected);
        assertThat(view(road))
                .as("a new draft no longer carries the old correction's reason")
                .doesNotContain("更正");
        assertThat(view(doctors)).contains("\"value\": null", "\"notApplicable\": true");
    }

    @Test
    void a_cell_submitted_between_the_check_and_the_write_refuses_the_batch_and_writes_nothing() {
        var meals = cell("meal_schools");
        var dropouts = cell("dropouts");
        as("stat-xiangcheng", () -> entry.save(new FigureInput(dropouts, "0", false, null, 0, null)));
        var dropoutsBefore = view(dropouts);
        long[] batch = new long[1];

        assertThatThrownBy(() -> as(
                        "stat-xiangcheng",
                        () -> entry.saveAll(List.of(input(meals, "4", false), input(dropouts, "1", false)), checked -> {
                            // the district's statistician submits in another tab after the checks
                            db.execute("update figure set status = 'submitted' where id = ?", id(dropouts));
                            return batch[0] = importBatch();
                        })))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "figure.error.batchConflict");

        assertThat(figures.find(meals)).as("the empty cell stays empty").isEmpty();
        assertThat(view(dropouts).replace("SUBMITTED", "DRAFT")).isEqualTo(dropoutsBefore);
        assertThat(db.fetchCount(Tables.AUDIT_ENTRY, Tables.AUDIT_ENTRY.IMPORT_ID.eq(batch[0])))
                .isZero();
    }

    private static FigureInput input(CellKey key, String text, boolean notApplicable) {
        return new FigureInput(key, text, notApplicable, "已与乡镇台账核对", 0, null);
    }

    /** The figure's audit view as the form's path writes it (Java, through jsonb), or null when empty. */
    private String view(CellKey key) {
        return figures.find(key)
                .map(f -> db.fetchOne("select cast(? as jsonb)::text", JSON.writeValueAsString(f.auditView()))
                        .get(0, String.class))
                .orElse(null);
    }

    private long id(CellKey key) {
        return figures.find(key).orElseThrow().id();
    }

    private CellKey cell(String indicator) {
        return new CellKey(
                number("select id from indicator where code = ?", indicator),
                number("select id from division where code = ?", "350602"),
                number("select id from period where year = 2021 and month = 1"));
    }

    private int number(String sql, Object... bindings) {
        return db.fetchOne(sql, bindings).get(0, Integer.class);
    }

    /** A batch row for the audit entries to point at, as the import's commit would create. */
    private long importBatch() {
        return db.fetchOne("""
                        insert into import_batch (file_name, sha256, period_id, rows_total, rows_new, rows_changed,
                                                  rows_unchanged, imported_by)
                        select '芗城-2021-01.csv', repeat('0', 64), id, 5, 2, 3, 0,
                               (select id from app_user where username = 'stat-xiangcheng')
                        from period where year = 2021 and month = 1
                        returning id""").get(0, Long.class);
    }
}
