/** How figures and dates are written for people: Chinese 万/亿, scales and units; dates in the reader's language. */
package org.minsheng.base.format;
