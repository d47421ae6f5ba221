package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The entry sheet's keyboard and paste: Enter moves down a column and a pasted block reaches the view's
 * {@code paste} (frontend/components/entry-keyboard.js), which fills the cells the block covers from here.
 */
final class SheetKeyboard {

    private SheetKeyboard() {}

    static void install(Component sheet) {
        sheet.getElement().executeJs("window.minsheng.installEntryKeyboard(this)");
    }

    /**
     * Fills the cells a block pasted from a spreadsheet covers, starting at the cell pasted into, each with
     * {@code save} (the editor and its text); false, filling nothing, for a start outside the sheet. The
     * arguments come from the browser, where anyone can call {@code host.$server.paste(-1, 0, …)}, and a page
     * can be out of date.
     */
    static boolean paste(
            List<List<CellEditor>> editors, int row, int column, String text, BiConsumer<CellEditor, String> save) {
        if (text == null
                || row < 0
                || row >= editors.size()
                || column < 0
                || column >= editors.get(row).size()) {
            return false;
        }
        var lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < count && row + i < editors.size(); i++) {
            var values = lines[i].split("\t", -1);
            for (int j = 0;
                    j < values.length && column + j < editors.get(row + i).size();
                    j++) {
                var editor = editors.get(row + i).get(column + j);
                if (editor != null && !editor.valueField().isReadOnly()) {
                    save.accept(editor, values[j].strip());
                }
            }
        }
        return true;
    }
}
