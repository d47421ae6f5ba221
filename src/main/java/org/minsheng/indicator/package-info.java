/**
 * The indicator catalogue: what is counted, in which unit and scale, how it rolls up over districts
 * and months, and the targets it is measured against.
 */
package org.minsheng.indicator;
