package org.minsheng.approval;

/**
 * A reviewer's own unit's year as they answer for it to the level above: the level above's decision, and
 * while it is pending, what the year still waits for. 「等待上级接收」 is true only once nothing does: some
 * figure reported, every figure approved and every unit of its own accepted ({@link UnitYear#acceptable}).
 *
 * @param year     the unit's year with its decision, its figures not approved and (with three or more
 *     levels) its own units not accepted
 * @param reported whether the unit or any unit below it has a figure in the year: with none there is
 *     nothing for the level above to accept yet
 */
public record OwnYear(UnitYear year, boolean reported) {}
