/** The leaders' dashboard pages. */
package org.minsheng.dashboard.ui;
