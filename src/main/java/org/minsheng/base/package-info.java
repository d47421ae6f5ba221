/** What every feature shares: refusals that the UI translates, a file to download, and the sub-packages for i18n, formatting, the database, charts as data and the layout. */
package org.minsheng.base;
