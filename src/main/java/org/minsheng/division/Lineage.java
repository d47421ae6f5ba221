package org.minsheng.division;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit with the units it replaced and the units that replaced it, so a trend can follow
 * 龙海市 350681 (to 2020) into 龙海区 350604 (from 2021).
 *
 * @param predecessors the units that led to this one, oldest first
 * @param successors   the units that followed it, in order
 */
public record Lineage(DivisionNode unit, List<DivisionNode> predecessors, List<DivisionNode> successors) {

    public Lineage {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
    }

    /** The whole line in time order. */
    public List<DivisionNode> chain() {
        var chain = new ArrayList<>(predecessors);
        chain.add(unit);
        chain.addAll(successors);
        return chain;
    }

    public List<String> codes() {
        return chain().stream().map(DivisionNode::code).toList();
    }
}
