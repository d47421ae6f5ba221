package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * An import file's stored cells are read by column position and type ({@code FigureRepository.findInPeriods},
 * base/db/TypedRows), the entry form's through jOOQ's records by name ({@code findInPeriod}): both must
 * give the same figures, every field, nulls included.
 */
@IntegrationTest
@Transactional
class FigureTypedReadTest {

    @Autowired
    FigureRepository figures;

    @Autowired
    DSLContext db;

    @Test
    void a_files_figures_read_by_type_are_the_figures_the_entry_form_reads_by_name() {
        // every state and nullable column a row can carry: a returned draft with an explanation, a
        // correction in progress, a never-approved draft with no approved values, a not-applicable cell
        // and no entering user
        var ids = db.fetch("select id from figure order by id limit 5").getValues(0, Long.class);
        assertThat(ids).hasSize(5);
        db.execute(
                "update figure set status = 'returned', return_reason = '请核实', explanation = '说明' where id = ?",
                ids.get(0));
        db.execute(
                "update figure set status = 'draft', correction_reason = '更正笔误', value = value + 1 where id = ?",
                ids.get(1));
        db.execute("""
                update figure set status = 'draft', approved_value = null, approved_not_applicable = null,
                                  approved_by = null, approved_at = null, revision = 0
                where id = ?""", ids.get(2));
        db.execute(
                "update figure set not_applicable = true, value = null, status = 'submitted' where id = ?", ids.get(3));
        db.execute("update figure set entered_by = null where id = ?", ids.get(4));
        var periods = db.fetch("select distinct period_id from figure").getValues(0, Integer.class);
        var units = db.fetch("select distinct division_id from figure").getValues(0, Integer.class);

        var byType = new ArrayList<>(figures.findInPeriods(periods, units));
        var byName = new ArrayList<StoredFigure>();
        periods.forEach(p -> byName.addAll(figures.findInPeriod(p, units)));

        assertThat(byType).hasSizeGreaterThan(5).hasSameSizeAs(byName);
        byType.sort(Comparator.comparingLong(StoredFigure::id));
        byName.sort(Comparator.comparingLong(StoredFigure::id));
        assertThat(byType)
                .usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                        // the same instant; JDBC gives it in UTC, jOOQ in the session's offset
                        .withComparatorForType(Comparator.comparing(OffsetDateTime::toInstant), OffsetDateTime.class)
                        .build())
                .containsExactlyElementsOf(byName);
        assertThat(byType.stream().filter(f -> ids.contains(f.id())).toList())
                .extracting(StoredFigure::status)
                .contains(StoredFigure.Status.RETURNED, StoredFigure.Status.SUBMITTED, StoredFigure.Status.DRAFT);
    }
}
