/** Translations (Chinese default, English second) and the session's choice of language. */
package org.minsheng.base.i18n;
