package org.minsheng.division;

import java.time.LocalDate;

/**
 * A renamed or re-coded unit: the old unit ends the day before {@code on}, the new one starts on it,
 * e.g. 龙海市 350681 → 龙海区 350604 on 2021-01-01.
 *
 * @param newName the new unit's name; may be blank when the new unit already exists
 */
public record Succession(String oldCode, String newCode, String newName, LocalDate on, String reason) {}
