package org.minsheng.division;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.Texts;
import org.minsheng.base.format.TypedNumbers;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renames and re-codes of units, kept as history: the old unit is closed and points at its successor,
 * so figures stay with the unit they were reported for and a trend can still follow the line.
 */
@Service
@Transactional(readOnly = true)
public class DivisionHistoryService {

    private final DivisionRepository divisions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    DivisionHistoryService(DivisionRepository divisions, CurrentUser currentUser, AuditLog audit) {
        this.divisions = divisions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Closes the old unit on the day and lets the new one start that day; the new unit is created at
     * the old one's place unless it exists already (e.g. imported from a newer list).
     *
     * @throws DivisionException when the change contradicts the recorded history, with nothing written
     */
    @Transactional
    public Lineage recordSuccession(Succession change) {
        var user = currentUser.require(Role.ADMINISTRATOR);
        Texts.optional(change.reason(), Texts.LONG);
        Texts.optional(change.newName(), Texts.SHORT);
        if (change.oldCode() == null
                || change.newCode() == null
                || change.on() == null
                || change.reason() == null
                || change.reason().isBlank()) {
            throw new DivisionException("divisions.history.incomplete");
        }
        divisions.lockForChange();
        var old = divisions
                .findNode(change.oldCode().strip())
                .orElseThrow(() -> new DivisionException("divisions.history.unknownCode", change.oldCode()));
        // a Chinese input method types ３５０６０６; the code is the same, and refusing it as a bad code (or
        // dropping its digits, as the form's browser side did) would leave the administrator puzzled
        var newCode = TypedNumbers.halfWidth(change.newCode()).strip();
        if (old.validTo() != null) {
            throw new DivisionException("divisions.history.alreadyClosed", old.code(), old.name(), old.validTo());
        }
        if (newCode.equals(old.code())) {
            throw new DivisionException("divisions.history.sameCode", old.code());
        }
        if (newCode.length() != old.code().length() || !newCode.matches("[0-9]+")) {
            throw new DivisionException(
                    "divisions.history.badCode", newCode, old.code().length());
        }
        if (!change.on().isAfter(old.validFrom())) {
            throw new DivisionException("divisions.history.tooEarly", old.code(), old.validFrom());
        }
        var orphans = divisions.figuresFrom(old.id(), change.on());
        if (orphans > 0) {
            throw new DivisionException("divisions.history.figuresAfter", old.code(), orphans, change.on());
        }
        // A year's periods, sheets, totals and publication read the units valid in that year: a change on
        // 1 March 2021 put 华安县 and 华安区 both in every 2021 view, each counted overdue, the new one in the
        // published January (a tester's tour). The campaign's statistics change their units with the year.
        if (change.on().getDayOfYear() != 1) {
            throw new DivisionException(
                    "divisions.history.notYearStart",
                    change.on(),
                    change.on().withDayOfYear(1).plusYears(1));
        }
        var existing = divisions.findNode(newCode);
        int newId;
        if (existing.isPresent()) {
            var successor = existing.get();
            if (successor.level() != old.level() || successor.validTo() != null) {
                throw new DivisionException("divisions.history.successorUnusable", newCode, successor.name());
            }
            // A successor that exists already is one imported ahead of its start, with no figures yet. A unit
            // with figures of its own before the day is not new: starting it on the day dropped it, its history
            // and its share of published years from every page (a stranger recorded 华安县 → 龙文区).
            var history = divisions.figuresBefore(successor.id(), change.on());
            if (history > 0) {
                throw new DivisionException(
                        "divisions.history.successorHasHistory", newCode, successor.name(), history, change.on());
            }
            newId = successor.id();
            divisions.startOn(newId, change.on());
        } else {
            if (change.newName() == null || change.newName().isBlank()) {
                throw new DivisionException("divisions.history.nameNeeded", newCode);
            }
            newId = divisions.insertLike(old, newCode, change.newName().strip(), change.on());
        }
        divisions.close(old.id(), change.on(), newId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("code", old.code());
        before.put("name", old.name());
        before.put("valid_to", null);
        audit.record(
                user.id(),
                AuditEvent.of(
                        "succession",
                        "division",
                        old.id(),
                        before,
                        Map.of("code", old.code(), "valid_to", change.on().toString(), "successor", newCode),
                        change.reason().strip(),
                        AuditEvent.Source.FORM));
        return lineage(newCode);
    }

    /**
     * The units each of these replaced, nearest first, in one statement: what a sheet of districts
     * needs to show a renamed district beside its predecessor's figures.
     */
    public Map<Integer, List<Integer>> formerUnits(Collection<Integer> divisionIds) {
        currentUser.requireSignedIn();
        return divisions.predecessorIds(divisionIds);
    }

    /** The unit with every unit before and after it; 350681 and 350604 give the same line. */
    public Lineage lineage(String code) {
        currentUser.requireSignedIn();
        var unit = divisions
                .findNode(code.strip())
                .orElseThrow(() -> new DivisionException("divisions.history.unknownCode", code));
        var seen = new HashSet<Integer>();
        seen.add(unit.id());
        var predecessors = new ArrayList<DivisionNode>();
        var queue = new ArrayDeque<DivisionNode>();
        queue.add(unit);
        while (!queue.isEmpty()) {
            for (var predecessor : divisions.predecessorsOf(queue.poll().id())) {
                if (seen.add(predecessor.id())) {
                    predecessors.add(predecessor);
                    queue.add(predecessor);
                }
            }
        }
        predecessors.sort(Comparator.comparing(DivisionNode::validFrom).thenComparing(DivisionNode::code));
        var successors = new ArrayList<DivisionNode>();
        var current = unit;
        while (current.successorCode() != null) {
            current = divisions.findNode(current.successorCode()).orElseThrow();
            if (!seen.add(current.id())) {
                break; // a cycle would be a data error; the line stops rather than loop
            }
            successors.add(current);
        }
        return new Lineage(unit, predecessors, successors);
    }
}
