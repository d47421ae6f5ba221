/** The application frame, the pages every user shares (menu, errors) and the download links every feature puts under its tables. */
package org.minsheng.base.ui;
