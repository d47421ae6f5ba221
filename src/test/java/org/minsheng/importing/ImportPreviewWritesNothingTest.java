package org.minsheng.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dry run, in its own committed transaction (no test transaction to hide a write), leaves the
 * database exactly as it was: every row of the tables an import writes, every sequence, and every
 * relation including temporary ones, so no staging table or row is left behind either.
 */
@IntegrationTest
class ImportPreviewWritesNothingTest {

    @Autowired
    ImportService imports;

    @Autowired
    DSLContext db;

    @Test
    void a_dry_run_of_a_file_with_new_changed_bad_and_warned_rows_leaves_no_trace() {
        var before = database();
        var csv = BadFileCorpus.HEADER + "\r\n"
                + "2021-01,350602,芗城区,meal_schools,,,,4,按月核实后重新报送\r\n"
                + "2021-01,350602,芗城区,passing_bays,,,,400,\r\n"
                + "2021-01,350602,芗城区,road_widening,,,,不适用,\r\n"
                + "2021-01,350602,芗城区,dropouts,,,,四所,\r\n"
                + "2021,350602,芗城区,meal_schools,,,,4,\r\n"
                + "2021-01,350623,漳浦县,meal_schools,,,,4,\r\n";
        var preview = as("stat-xiangcheng", () -> imports.preview("dry.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.rows()).isEqualTo(6);
        assertThat(preview.errors()).as("the rows were checked").isPositive();
        assertThat(database()).isEqualTo(before);
    }

    /** A fingerprint of what an import could touch, as one line per table, the sequences and relations. */
    private List<String> database() {
        var tables = Stream.of("figure", "figure_revision", "audit_entry", "import_batch")
                .map(table -> """
                        select '%1$s ' || count(*) || ' ' || md5(coalesce(string_agg(t::text, ',' order by t::text), ''))
                        from %1$s t
                        union all
                        """.formatted(table))
                .collect(Collectors.joining());
        return db.fetch(tables + """
                        select 'sequences ' || string_agg(sequencename || '=' || coalesce(last_value, 0), ','
                                                          order by sequencename)
                        from pg_sequences
                        union all
                        select 'relations ' || count(*) || ' ' || md5(string_agg(oid::text || relname, ',' order by oid))
                        from pg_class""").into(String.class);
    }
}
