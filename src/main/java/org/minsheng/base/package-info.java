/** What every feature shares: refusals that the UI translates, and the sub-packages for i18n, formatting, the database and the layout. */
package org.minsheng.base;
