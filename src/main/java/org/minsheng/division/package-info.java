/**
 * Administrative divisions (GB/T 2260 codes and the statistical codes below them) and their history.
 * A renamed or re-coded unit is closed and points at its successor, so figures stay with the unit they
 * were reported for while a trend follows the lineage (龙海市 350681 → 龙海区 350604 in 2021). Towns
 * and villages come from the national statistical division list, imported by code prefix.
 */
package org.minsheng.division;
