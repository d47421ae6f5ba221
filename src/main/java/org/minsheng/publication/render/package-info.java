/**
 * Draws publication figures (charts, heat-maps, cards) once on a {@code Canvas} that renders to PNG
 * (Java2D) and SVG, with the embedded Chinese font, so both files show the same layout and numbers.
 */
package org.minsheng.publication.render;
