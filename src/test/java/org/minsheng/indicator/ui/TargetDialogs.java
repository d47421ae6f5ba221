package org.minsheng.indicator.ui;

/** Picks in the target dialog by code, as a user picks by the name the code stands for. */
final class TargetDialogs {

    private TargetDialogs() {}

    static void chooseIndicator(TargetDialog dialog, String code) {
        dialog.indicator.setValue(dialog.indicator
                .getListDataView()
                .getItems()
                .filter(i -> i.draft().names().code().equals(code))
                .findFirst()
                .orElseThrow());
    }

    static void chooseDivision(TargetDialog dialog, String code) {
        dialog.division.setValue(dialog.division
                .getListDataView()
                .getItems()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow());
    }
}
