package org.minsheng.security;

/**
 * A unit a statistician may be scoped to, as the user administration shows it: a county-level unit,
 * or the city itself for the indicators the city reports ({@code city} true).
 *
 * @param former a unit closed since (龙海市 after 2020), offered so its statisticians keep their years
 * @param within the name of the unit it lies in where that is not the root, else null: a country's picker
 *     offered 鼓楼区 four times (福州市, 南京市, 徐州市, 开封市) with nothing to tell them apart
 */
public record District(int id, String code, String name, boolean city, boolean former, String within) {

    /** A unit as a user's scope lists it, current or not alike. */
    public District(int id, String code, String name, boolean city) {
        this(id, code, name, city, false, null);
    }
}
