/** The login page. */
package org.minsheng.security.ui;
