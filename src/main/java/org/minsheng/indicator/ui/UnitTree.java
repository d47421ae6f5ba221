package org.minsheng.indicator.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.minsheng.division.Division;

/**
 * The units targets are set for in one year, root first and each unit after its parent, as the service
 * lists them. A unit's label is its path below the root (福州市 › 鼓楼区), because names repeat across a
 * province or the country (a 鼓楼区 in 福州市 and in 南京市) and typing a city's name in the picker then
 * finds its counties too; on a city's installation a district's label is its plain name, as before.
 */
record UnitTree(List<Division> all, Map<Integer, Division> byId) {

    static final UnitTree EMPTY = new UnitTree(List.of());

    UnitTree(List<Division> all) {
        this(List.copyOf(all), index(all));
    }

    private static Map<Integer, Division> index(List<Division> all) {
        var byId = new HashMap<Integer, Division>();
        all.forEach(d -> byId.put(d.id(), d));
        return Map.copyOf(byId);
    }

    Division root() {
        return all.getFirst();
    }

    /** Whether the installation is a city's (or a county's): its intro speaks of 全市 and 各区县 as it always did. */
    boolean cityAtMost() {
        return all.isEmpty() || root().level().ordinal() >= Division.Level.CITY.ordinal();
    }

    Optional<Division> find(String code) {
        return all.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The unit and the units directly below it: whose targets its page lists and the dialog sets. */
    List<Division> withChildren(Division unit) {
        return all.stream()
                .filter(d -> d.id() == unit.id() || Objects.equals(d.parentId(), unit.id()))
                .toList();
    }

    String label(Division unit) {
        if (unit == null) {
            return "";
        }
        var names = new ArrayList<String>();
        for (var d = unit;
                d != null && d.id() != root().id();
                d = d.parentId() == null ? null : byId.get(d.parentId())) {
            names.addFirst(d.name());
        }
        return names.isEmpty() ? unit.name() : String.join(" › ", names);
    }
}
