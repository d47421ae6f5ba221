/**
 * The administrators' page for divisions: the hierarchy from the city down to villages with each
 * unit's validity and successor, and the import of the national statistical division list.
 */
package org.minsheng.division.ui;
