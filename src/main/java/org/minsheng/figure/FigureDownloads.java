package org.minsheng.figure;

import java.util.Locale;
import org.minsheng.base.Download;
import org.minsheng.period.Period;

/**
 * The figure screens' tables as files, for the links under them. The export feature writes them
 * (XLSX, CSV) and records who took them; this interface lets the screens offer them without
 * depending on export.
 */
public interface FigureDownloads {

    /**
     * The submission tracker of a period: the cell states of the units under one unit (null: the one the
     * reader opens first), never values.
     */
    Download tracker(Period period, String divisionCode, Download.Format format, Locale locale);

    /** The statistician's entry sheet of a period as a list: one line per district and indicator. */
    Download entrySheet(int periodId, Download.Format format, Locale locale);

    /** The reviewers' queue of a period: the submitted cells beside their approved values. */
    Download reviewQueue(int periodId, Download.Format format, Locale locale);
}
