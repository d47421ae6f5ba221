/**
 * Publications for the communications office: the year-in-review ("回眸2020") written from approved
 * figures with each indicator's phrase template, as a page and as an A4 PDF with the Chinese font
 * embedded.
 */
package org.minsheng.publication;
