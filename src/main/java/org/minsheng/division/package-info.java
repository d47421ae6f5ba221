/** Administrative divisions (GB/T 2260 codes and the statistical codes below them) and their history. */
package org.minsheng.division;
