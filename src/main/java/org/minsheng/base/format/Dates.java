package org.minsheng.base.format;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When the data is as of, written as the reader's language writes a date: 2021年1月23日 in Chinese, Jan 23,
 * 2021 in English. The dashboard's meta line and the wall display say the same date in the same form, so
 * both take it from here.
 */
public final class Dates {

    private static final FormatStyle DATE = FormatStyle.MEDIUM;

    private Dates() {}

    /** The day alone: 2021年1月23日, Jan 23, 2021. */
    public static String day(OffsetDateTime at, ZoneId zone, Locale locale) {
        return at.atZoneSameInstant(zone)
                .format(DateTimeFormatter.ofLocalizedDate(DATE).withLocale(locale));
    }

    /** The day and the minute: 2021年1月23日 10:00, Jan 23, 2021, 10:00 AM. */
    public static String dayAndTime(OffsetDateTime at, ZoneId zone, Locale locale) {
        return at.atZoneSameInstant(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(DATE, FormatStyle.SHORT)
                        .withLocale(locale));
    }
}
