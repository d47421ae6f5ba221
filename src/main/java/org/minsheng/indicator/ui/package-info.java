/** The administrators' pages for the indicator catalogue, the validation rules and the targets. */
package org.minsheng.indicator.ui;
