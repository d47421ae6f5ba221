package org.minsheng.dashboard;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A read-only list that also finds its first element of a key in constant time. A dashboard looks up
 * a cell per indicator and unit for every tile, bar and table cell; searching the list each time grew
 * with units × indicators squared (a province page of a hundred counties, the national tracker) and
 * was a tenth of the CPU at the load test's knee. As a list it is equal to any list of the same
 * elements, so pages computed and cached compare as before.
 */
final class Keyed<K, T> extends AbstractList<T> implements RandomAccess {

    private final List<T> elements;
    private final Function<T, K> key;
    private final Map<K, T> first;

    private Keyed(List<T> elements, Function<T, K> key) {
        this.elements = List.copyOf(elements);
        this.key = key;
        this.first = HashMap.newHashMap(this.elements.size());
        this.elements.forEach(e -> first.putIfAbsent(key.apply(e), e));
    }

    /** The list keyed by the function; pass the same function (a constant) to {@link #find}. */
    static <K, T> List<T> of(List<T> elements, Function<T, K> key) {
        return new Keyed<>(elements, key);
    }

    /** The first element of the key: looked up in a list made by {@link #of} with this key, searched in any other. */
    @SuppressWarnings("unchecked")
    static <K, T> Optional<T> find(List<T> list, Function<T, K> key, K wanted) {
        if (list instanceof Keyed<?, T> keyed && keyed.key == key) {
            return Optional.ofNullable(((Keyed<K, T>) keyed).first.get(wanted));
        }
        return list.stream().filter(e -> wanted.equals(key.apply(e))).findFirst();
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
