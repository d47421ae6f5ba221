package org.minsheng.division;

import java.util.List;

/**
 * What an import did, level by level.
 *
 * @param kept codes whose listed name or parent differs from a unit that is closed or already has
 *             figures or targets; such units are left as they are, a change to them is recorded as
 *             a succession instead
 */
public record DivisionImportResult(String prefix, List<LevelCount> levels, List<String> kept) {

    public DivisionImportResult {
        levels = List.copyOf(levels);
        kept = List.copyOf(kept);
    }

    public record LevelCount(Division.Level level, int listed, int inserted, int updated, int unchanged, int kept) {}

    public LevelCount level(Division.Level level) {
        return levels.stream().filter(l -> l.level() == level).findFirst().orElse(new LevelCount(level, 0, 0, 0, 0, 0));
    }

    public int inserted() {
        return levels.stream().mapToInt(LevelCount::inserted).sum();
    }

    public int updated() {
        return levels.stream().mapToInt(LevelCount::updated).sum();
    }

    /** True when the database already held exactly this list, as after a repeated import. */
    public boolean changedNothing() {
        return inserted() == 0 && updated() == 0;
    }
}
