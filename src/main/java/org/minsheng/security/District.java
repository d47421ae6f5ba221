package org.minsheng.security;

/** A county-level unit a statistician may be scoped to, as the user administration shows it. */
public record District(int id, String code, String name) {
}
