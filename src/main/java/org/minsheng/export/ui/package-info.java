/** The downloads page. */
package org.minsheng.export.ui;
