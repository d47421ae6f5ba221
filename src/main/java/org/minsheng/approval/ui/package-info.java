/**
 * The acceptance list a reviewer of an accepting level gets on the review page, the returned year the
 * level below sees there, and the administrators' page of approval levels.
 */
package org.minsheng.approval.ui;
