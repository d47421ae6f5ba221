package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's 第n版 is counted ({@link UnitPublicationRepository#countOfEdition}: V149's corrections per
 * unit and year, or the approvals after a unit's own mark walked up their line) where the public side lists
 * the same revisions with their texts ({@link UnitPublicationRepository#revisionsOfEdition}). Random
 * corrections and approvals of every unit's figures, a unit moved under another, revisions deleted, a unit
 * and the root publishing: after each, every unit's count equals its list's length for every year. A failure
 * names its seed.
 */
@IntegrationTest
@Transactional
class EditionCountTest {

    private static final List<Integer> YEARS = List.of(2019, 2020, 2021);

    @Autowired
    UnitPublicationRepository publications;

    @Autowired
    DSLContext db;

    @Test
    void every_units_counted_edition_is_its_listed_one_after_random_revisions_moves_and_publications() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        // a town below 漳浦县, so a count walks three levels
        Catalogue.addDivision(db, "350623100", "绥安镇", "town", "350623");
        copyFigures("350623", "350623100");

        revise(random, 30, seed);
        sameCounts(seed, "after random corrections");

        // 龙文区 moves below 芗城区: both lines change
        db.execute("""
                update division set parent_id = (select id from division where code = '350602')
                where code = '350603'""");
        sameCounts(seed, "after a unit moved to another parent");

        db.execute("""
                delete from figure_revision where id in (
                    select id from figure_revision where correction order by id desc limit 3)""");
        sameCounts(seed, "after revisions deleted");

        // 漳浦县 and the root publish 2020 now: from here their editions count every approval after the mark
        publish("350623", 2020);
        publish("350600", 2020);
        revise(random, 20, seed);
        sameCounts(seed, "after publications and more approvals");
    }

    /** Approvals of random figures of the city's units, most of them corrections. */
    private void revise(Random random, int approvals, long seed) {
        var figures =
                db.fetch("select id from figure where revision > 0 order by id").getValues(0, Long.class);
        assertThat(figures).as("seed %d: approved figures to revise", seed).isNotEmpty();
        int reviewer = db.fetchSingle("select id from app_user where username = 'reviewer'")
                .get(0, Integer.class);
        for (int i = 0; i < approvals; i++) {
            long figure = figures.get(random.nextInt(figures.size()));
            db.execute("""
                    insert into figure_revision (figure_id, revision, value, not_applicable, correction, approved_by, approved_at)
                    select ?, coalesce(max(revision), 0) + 1, 1, false, ?, ?, now() from figure_revision where figure_id = ?""", figure, random.nextInt(4) > 0, reviewer, figure);
        }
    }

    private void sameCounts(long seed, String when) {
        // the city and every unit below it (the division list holds the rest of the country's too)
        var units = db.fetch("""
                with recursive below (id, code) as (
                    select id, code from division where code = '350600'
                    union select d.id, d.code from division d join below b on d.parent_id = b.id)
                select id, code from below order by id""");
        int checked = 0;
        for (var unit : units) {
            for (int year : YEARS) {
                int id = unit.get(0, Integer.class);
                int listed = publications.revisionsOfEdition(id, year).size();
                assertThat(publications.countOfEdition(id, year))
                        .as("seed %d, %s: %s's %d", seed, when, unit.get(1, String.class), year)
                        .isEqualTo(listed);
                checked += listed;
            }
        }
        assertThat(checked).as("seed %d, %s: something was revised", seed, when).isPositive();
    }

    private void copyFigures(String from, String to) {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status, entered_by, approved_value,
                                    approved_not_applicable, approved_by, approved_at, revision)
                select indicator_id, (select id from division where code = ?), period_id, value, status, entered_by,
                       approved_value, approved_not_applicable, approved_by, approved_at, revision
                from figure where division_id = (select id from division where code = ?) and revision > 0""", to, from);
    }

    private void publish(String code, int year) {
        db.execute("""
                insert into unit_publication (division_id, year, published_at, published_by, revision_mark)
                select d.id, ?, now(), u.id, (select max(id) from figure_revision)
                from division d, app_user u where d.code = ? and u.username = 'reviewer'
                on conflict (division_id, year) do update set revision_mark = excluded.revision_mark""", (short) year, code);
    }
}
