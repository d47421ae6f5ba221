package org.minsheng.support;

import org.jooq.DSLContext;

/**
 * Data for tests on a province installation's database ({@code minsheng.city-code=350000}), whose only
 * city is the demo's 漳州市: a second city, 厦门市 with 思明区, and the province's acceptance of its
 * cities' years, so a page has a unit its totals leave out.
 */
public final class ProvinceRoot {

    private ProvinceRoot() {}

    /** 厦门市 under 福建省, and 思明区 under it, so the province ranks two cities. */
    public static void addXiamen(DSLContext db) {
        Catalogue.addDivision(db, "350200", "厦门市", "city", "350000");
        Catalogue.addDivision(db, "350203", "思明区", "county", "350200");
    }

    /**
     * 厦门市 with 40 schools (思明区, December 2020, approved by its city), the approval levels {city,
     * province}, and the province's decisions on 2020: 漳州市 accepted, 厦门市 returned with a reason.
     */
    public static void xiamenReturned(DSLContext db) {
        addXiamen(db);
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status, approved_value,
                                    approved_not_applicable, approved_at, revision)
                select i.id, d.id, p.id, 40, 'approved', 40, false, now(), 1
                from division d, indicator i, period p
                where d.code = '350203' and i.code = 'meal_schools' and p.year = 2020 and p.kind = 'month'
                  and p.month = 12""");
        db.execute("insert into approval_level (level) values ('city'), ('province')");
        db.execute("""
                insert into unit_acceptance (division_id, year, status, reason, decided_by)
                select d.id, 2020, t.status::acceptance_status, t.reason, u.id
                from (values ('350600', 'accepted', null), ('350200', 'returned', '思明区学校数待核实'))
                       as t (code, status, reason)
                join division d on d.code = t.code
                cross join app_user u where u.username = 'reviewer'""");
    }
}
