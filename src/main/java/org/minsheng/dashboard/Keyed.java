package org.minsheng.dashboard;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A read-only list that also finds the elements of a key in constant time. A dashboard looks up a cell
 * per indicator and unit for every tile, bar and table cell; searching the list each time grew with
 * units × indicators squared (a province page of a hundred counties, the national tracker) and was a
 * tenth of the CPU at the load test's knee. Each tile's sparkline took its months out of the page's
 * whole trend the same way (2,880 points searched twenty times a page: 6.6% of the CPU at 400 users,
 * docs/benchmarks.md 6.1). As a list it is equal to any list of the same elements, so pages computed
 * and cached compare as before.
 */
final class Keyed<K, T> extends AbstractList<T> implements RandomAccess {

    private final List<T> elements;
    private final Function<T, K> key;
    private final Map<K, List<T>> byKey;

    private Keyed(List<T> elements, Function<T, K> key) {
        this.elements = List.copyOf(elements);
        this.key = key;
        var groups = HashMap.<K, List<T>>newHashMap(this.elements.size());
        this.elements.forEach(e ->
                groups.computeIfAbsent(key.apply(e), k -> new ArrayList<>(1)).add(e));
        groups.replaceAll((k, group) -> List.copyOf(group));
        this.byKey = groups;
    }

    /** The list keyed by the function; pass the same function (a constant) to {@link #find} and {@link #all}. */
    static <K, T> List<T> of(List<T> elements, Function<T, K> key) {
        // a page built again from its own lists (PageAssembler: the pivot's scores are judged on the page) keeps
        // their lookups instead of copying and hashing every cell a second time
        return byKey(elements, key) != null ? elements : new Keyed<>(elements, key);
    }

    /** The first element of the key: looked up in a list made by {@link #of} with this key, searched in any other. */
    static <K, T> Optional<T> find(List<T> list, Function<T, K> key, K wanted) {
        var byKey = byKey(list, key);
        if (byKey != null) {
            var group = byKey.get(wanted);
            return group == null ? Optional.empty() : Optional.of(group.getFirst());
        }
        return list.stream().filter(e -> wanted.equals(key.apply(e))).findFirst();
    }

    /** Every element of the key in the list's order: looked up as {@link #find} does, searched in any other list. */
    static <K, T> List<T> all(List<T> list, Function<T, K> key, K wanted) {
        var byKey = byKey(list, key);
        if (byKey != null) {
            return byKey.getOrDefault(wanted, List.of());
        }
        return list.stream().filter(e -> wanted.equals(key.apply(e))).toList();
    }

    /** The list's elements by key if it was made by {@link #of} with this very function, else null. */
    @SuppressWarnings("unchecked")
    private static <K, T> Map<K, List<T>> byKey(List<T> list, Function<T, K> key) {
        // the same function object means the same key type K, so the cast holds
        return list instanceof Keyed<?, T> keyed && keyed.key == key ? ((Keyed<K, T>) keyed).byKey : null;
    }

    @Override
    public T get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }
}
