package org.minsheng.security;

/**
 * A unit a statistician may be scoped to, as the user administration shows it: a county-level unit,
 * or the city itself for the indicators the city reports ({@code city} true).
 */
public record District(int id, String code, String name, boolean city) {}
