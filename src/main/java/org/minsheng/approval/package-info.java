/**
 * Approval by level (issue 17, docs/levels.md "Approval levels"), after DHIS2's approval levels: which
 * division levels take part, what a reviewer of each does (a listed level approves its own unit's figures
 * and those of unlisted levels below it down to the next listed one, the deepest everything below it; each
 * accepts or returns the units of the next listed level below, a year at a time), and
 * those decisions, audited. Without configured levels nothing here applies and the root's reviewers
 * approve as they always did. It reads figures through its own query and never depends on the figure
 * package, which asks it what a reviewer may approve.
 */
package org.minsheng.approval;
