package org.minsheng.division;

/** An administrative division: the city, a county or district, a town or street, a village. */
public record Division(int id, String code, String name, Level level, Integer parentId) {

    public enum Level {
        PROVINCE,
        CITY,
        COUNTY,
        TOWN,
        VILLAGE
    }
}
