/**
 * Figures: entry by statisticians within their scope, validation (errors block, warnings need an
 * explanation), maker-checker review, publication and reasoned revisions. The working value and the
 * approved value are kept apart so nothing unapproved reaches a dashboard or an export.
 */
package org.minsheng.figure;
