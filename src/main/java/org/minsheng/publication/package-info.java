/**
 * Publications for the communications office: the year-in-review ("回眸2020") of any unit, written from
 * that unit's dashboard page with each indicator's editable phrase template, as a page and as an A4 PDF
 * with the Chinese font embedded and a chart per category; chart images and the headline card, drawn with
 * {@code render} from the dashboard's read model. Each unit publishes its own year (V133), which fixes the
 * edition its year-in-review states and the revisions it marks.
 */
package org.minsheng.publication;
