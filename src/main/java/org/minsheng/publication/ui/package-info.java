/** The communications office's page for the year-in-review. */
package org.minsheng.publication.ui;
