/** How figures are written for people: Chinese 万/亿, scales and units. */
package org.minsheng.base.format;
