/** Pages for entering figures and reviewing them. */
package org.minsheng.figure.ui;
