/**
 * Publications for the communications office: the year-in-review ("回眸2020") written from approved
 * figures with each indicator's editable phrase template, as a page and as an A4 PDF with the Chinese
 * font embedded and a chart per category; chart images and the headline card, drawn with
 * {@code render} from the dashboard's read model.
 */
package org.minsheng.publication;
