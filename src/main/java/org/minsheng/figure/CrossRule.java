package org.minsheng.figure;

import java.math.BigDecimal;
import java.util.List;

/** A cross-indicator rule stored as data: left {@code operator} the sum of the right-hand indicators. */
record CrossRule(
        int id,
        String code,
        int leftId,
        Operator operator,
        List<Integer> rightIds,
        Finding.Severity severity,
        String messageZh,
        String messageEn) {

    enum Operator {
        LE("≤"),
        GE("≥"),
        EQ("=");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        boolean holds(BigDecimal left, BigDecimal right) {
            int c = left.compareTo(right);
            return switch (this) {
                case LE -> c <= 0;
                case GE -> c >= 0;
                case EQ -> c == 0;
            };
        }
    }
}
