/**
 * Provenance of exported files: each chart image, card, year-in-review PDF and table download is
 * recorded with its user, time and data edition, and the list marks the files whose figures were
 * corrected after they were taken, so the communications office knows what to reissue.
 */
package org.minsheng.provenance;
