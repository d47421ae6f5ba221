/** The list of exported files, for the communications office, reviewers and administrators. */
package org.minsheng.provenance.ui;
