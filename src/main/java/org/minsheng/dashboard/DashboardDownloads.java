package org.minsheng.dashboard;

import java.util.Locale;
import org.minsheng.base.Download;

/**
 * The dashboard's table as a file, for the links under it. The export feature writes it (XLSX, CSV)
 * and records who took it; this interface lets the dashboard offer it without depending on export.
 */
public interface DashboardDownloads {

    /** The table under the dashboard as the filter shows it: districts (or towns) by indicator. */
    Download districtTable(DashboardFilter filter, Download.Format format, Locale locale);
}
