/** The application frame and the pages every user shares (menu, errors). */
package org.minsheng.base.ui;
