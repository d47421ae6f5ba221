package org.minsheng.dashboard;

import org.minsheng.base.Download;

/**
 * The dashboard's charts as print figures, for the links beside them. The publication feature draws
 * them (PNG, SVG) and records who took them; this interface lets the dashboard offer them without
 * depending on publication.
 */
public interface ChartDownloads {

    /** The chart as the dashboard shows it for this filter and indicator, framed for publication. */
    Download chart(ChartRequest request);
}
