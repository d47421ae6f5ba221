package org.minsheng.indicator.ui;

import com.vaadin.flow.data.provider.ListDataView;
import java.util.function.Function;
import org.minsheng.division.Division;

/** Picks on the targets page and in its dialog by code, as a user picks by the name the code stands for. */
final class TargetDialogs {

    private TargetDialogs() {}

    static void showUnit(TargetsView view, String code) {
        view.unit.setValue(item(view.unit.getListDataView(), Division::code, code));
    }

    static void chooseIndicator(TargetDialog dialog, String code) {
        dialog.indicator.setValue(
                item(dialog.indicator.getListDataView(), i -> i.draft().names().code(), code));
    }

    static void chooseDivision(TargetDialog dialog, String code) {
        dialog.division.setValue(item(dialog.division.getListDataView(), Division::code, code));
    }

    private static <T> T item(ListDataView<T, ?> items, Function<T, String> code, String wanted) {
        return items.getItems()
                .filter(i -> code.apply(i).equals(wanted))
                .findFirst()
                .orElseThrow();
    }
}
