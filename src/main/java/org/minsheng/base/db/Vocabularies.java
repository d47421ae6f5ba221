package org.minsheng.base.db;

import java.util.Locale;
import org.jooq.EnumType;

/**
 * The one mapping between a vocabulary's database enum (jOOQ's generated {@code value_type},
 * {@code period_status}…) and its domain enum: the domain constant is the database literal in upper
 * case ('increase_to' ↔ INCREASE_TO). Repositories call these two instead of each writing its own
 * {@code getLiteral().toUpperCase()}, which also depended on the server's default locale (a Turkish
 * one turns 'i' into 'İ'). {@code VocabulariesTest} checks every pair maps both ways.
 */
public final class Vocabularies {

    private Vocabularies() {}

    /** The domain constant for a database value; null for null. */
    public static <E extends Enum<E>> E toDomain(EnumType value, Class<E> domain) {
        return value == null ? null : fromLiteral(value.getLiteral(), domain);
    }

    /** The domain constant for a database literal as JDBC reads it ({@code getString}); null for null. */
    public static <E extends Enum<E>> E fromLiteral(String literal, Class<E> domain) {
        return literal == null ? null : Enum.valueOf(domain, literal.toUpperCase(Locale.ROOT));
    }

    /** The database value for a domain constant; null for null. */
    public static <D extends Enum<D> & EnumType> D toDatabase(Enum<?> value, Class<D> database) {
        if (value == null) {
            return null;
        }
        var literal = value.name().toLowerCase(Locale.ROOT);
        for (var constant : database.getEnumConstants()) {
            if (constant.getLiteral().equals(literal)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(value + " has no value in " + database.getSimpleName());
    }
}
