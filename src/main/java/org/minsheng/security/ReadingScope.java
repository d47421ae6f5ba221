package org.minsheng.security;

import java.util.Collection;
import java.util.Set;
import org.minsheng.base.RefusedException;

/**
 * The units whose figures a reader may see. A leader given a scope unit reads that unit and every unit
 * below it, never a sibling or a parent; everyone else reads every unit. A statistician's scope limits
 * what they enter, not what they read, so it makes no reading scope.
 *
 * @param home     the scope unit's code, the page such a reader opens first; null when unlimited
 * @param homeName the scope unit's name, which the refusal names
 * @param units    ids of the scope unit and of every unit below it; empty when unlimited
 */
public record ReadingScope(String home, String homeName, Set<Integer> units) {

    public static final ReadingScope EVERY_UNIT = new ReadingScope(null, null, Set.of());

    public ReadingScope {
        units = Set.copyOf(units);
    }

    public boolean limited() {
        return home != null;
    }

    public boolean covers(int divisionId) {
        return !limited() || units.contains(divisionId);
    }

    public boolean coversAny(Collection<Integer> divisionIds) {
        return !limited() || divisionIds.stream().anyMatch(units::contains);
    }

    /** Refuses a unit outside the scope, before anything of it is read or written. */
    public void require(int divisionId) {
        if (!covers(divisionId)) {
            throw refusal();
        }
    }

    /** "Outside your scope", naming the unit the reader may see. */
    public RefusedException refusal() {
        return new RefusedException("scope.error.outside", homeName);
    }
}
