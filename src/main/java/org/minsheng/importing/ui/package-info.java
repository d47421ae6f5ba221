/** The statisticians' import page: template, upload, preview, commit or cancel. */
package org.minsheng.importing.ui;
