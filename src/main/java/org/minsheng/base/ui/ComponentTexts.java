package org.minsheng.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.sidenav.SideNav;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import org.minsheng.base.i18n.Translations;

/**
 * The texts Vaadin's components carry themselves (calendar names, screen-reader announcements, the
 * menu's labels), which are English until told otherwise: given here in the user's language, so a
 * Chinese page does not announce "11 items selected" and an English one does not name months in
 * Chinese. Uploads have theirs in {@link UploadTexts}.
 */
public final class ComponentTexts {

    private static final List<DayOfWeek> SUNDAY_FIRST = List.of(
            DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY);

    private ComponentTexts() {}

    /** Month and day names from the locale's own data; weeks start on Monday, as Chinese calendars do. */
    public static DatePicker.DatePickerI18n calendar(Component in) {
        var ui = UI.getCurrent();
        var locale = ui == null ? Translations.CHINESE : ui.getLocale();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdays(SUNDAY_FIRST.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdaysShort(SUNDAY_FIRST.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(1)
                // the dates the application shows (2021-02-15, in the grids and the audit trail) are what a
                // reader types back: the field took only 2021/2/15 and went red with no word for the rest
                .setDateFormats("yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d")
                .setBadInputErrorMessage(in.getTranslation("component.calendar.badInput"))
                .setToday(in.getTranslation("component.calendar.today"))
                .setCancel(in.getTranslation("component.calendar.cancel"));
    }

    /** What a screen reader announces while choosing several items; {count} is Vaadin's placeholder. */
    public static MultiSelectComboBoxI18n multiSelect(Component in) {
        return new MultiSelectComboBoxI18n()
                .setCleared(in.getTranslation("component.multiSelect.cleared"))
                .setFocused(in.getTranslation("component.multiSelect.focused"))
                .setSelected(in.getTranslation("component.multiSelect.selected"))
                .setDeselected(in.getTranslation("component.multiSelect.deselected"))
                .setTotal(in.getTranslation("component.multiSelect.total"));
    }

    public static AppLayout.AppLayoutI18n appLayout(Component in) {
        return new AppLayout.AppLayoutI18n().setDrawer(in.getTranslation("component.layout.drawer"));
    }

    public static SideNav.SideNavI18n sideNav(Component in) {
        return new SideNav.SideNavI18n().setToggle(in.getTranslation("component.nav.toggle"));
    }
}
