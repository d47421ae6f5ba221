/** The page for browsing the audit trail. */
package org.minsheng.audit.ui;
