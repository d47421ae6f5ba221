package org.minsheng.division.ui;

import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.stream.Stream;
import org.minsheng.division.DivisionNode;
import org.minsheng.division.DivisionService;

/**
 * The city with everything below it. Children are fetched page by page when a row is opened, so a
 * county with hundreds of villages costs nothing until someone looks.
 */
class DivisionTree extends TreeGrid<DivisionNode> {

    private final DivisionService divisions;

    DivisionTree(DivisionService divisions) {
        this.divisions = divisions;
        setId("division-tree");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addHierarchyColumn(DivisionNode::name)
                .setKey("name")
                .setHeader(getTranslation("divisions.column.name"))
                .setFlexGrow(2)
                .setAutoWidth(true)
                .setSortable(false); // children come in display order from the database
        addColumn(DivisionNode::code)
                .setKey("code")
                .setHeader(getTranslation("divisions.column.code"))
                .setAutoWidth(true);
        addColumn(n -> getTranslation("divisions.level." + n.level().name().toLowerCase()))
                .setKey("level")
                .setHeader(getTranslation("divisions.column.level"))
                .setAutoWidth(true);
        addColumn(DivisionNode::validFrom)
                .setKey("validFrom")
                .setHeader(getTranslation("divisions.column.validFrom"))
                .setAutoWidth(true);
        addColumn(DivisionNode::validTo)
                .setKey("validTo")
                .setHeader(getTranslation("divisions.column.validTo"))
                .setAutoWidth(true);
        addColumn(n -> n.successorCode() == null
                        ? ""
                        : getTranslation("divisions.successor", n.successorName(), n.successorCode()))
                .setKey("successor")
                .setHeader(getTranslation("divisions.column.successor"))
                .setAutoWidth(true);
        setPartNameGenerator(n -> n.validTo() == null ? null : "closed");
        reload();
    }

    /** Reads the tree again from the database, e.g. after an import. */
    void reload() {
        var root = divisions.node(divisions.city().code()).orElseThrow();
        setDataProvider(new AbstractBackEndHierarchicalDataProvider<DivisionNode, Void>() {
            @Override
            public int getChildCount(HierarchicalQuery<DivisionNode, Void> query) {
                return query.getParent() == null ? 1 : query.getParent().childCount();
            }

            @Override
            public boolean hasChildren(DivisionNode item) {
                return item.hasChildren();
            }

            @Override
            public Object getId(DivisionNode item) {
                return item.id();
            }

            @Override
            protected Stream<DivisionNode> fetchChildrenFromBackEnd(HierarchicalQuery<DivisionNode, Void> query) {
                return query.getParent() == null
                        ? Stream.of(root)
                        : divisions.children(query.getParent(), query.getOffset(), query.getLimit()).stream();
            }
        });
        expand(root);
    }
}
