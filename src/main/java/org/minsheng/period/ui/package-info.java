/** The reviewers' pages for periods. */
package org.minsheng.period.ui;
