/** The administrators' reporting calendar page. */
package org.minsheng.period.ui;
