package org.minsheng.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Keyboard users move between rows with the arrow keys and open the focused one with Enter. */
public final class GridKeys {

    private GridKeys() {}

    /** Opens a row on double click, and the row holding the keyboard focus on Enter. */
    public static <T> void openOnEnter(Grid<T> grid, Consumer<T> open) {
        var focused = new AtomicReference<T>();
        grid.addItemDoubleClickListener(e -> open.accept(e.getItem()));
        grid.addCellFocusListener(e -> focused.set(e.getItem().orElse(null)));
        grid.getElement()
                .addEventListener("keydown", e -> {
                    if (focused.get() != null) {
                        open.accept(focused.get());
                    }
                })
                .setFilter("event.key === 'Enter' && event.target === element");
    }
}
