package org.minsheng.publication.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** A value axis from zero to a round maximum with four to six round ticks (1, 2, 2.5 or 5 × 10ⁿ). */
record Axis(BigDecimal max, BigDecimal step) {

    static Axis of(BigDecimal largest) {
        if (largest.signum() <= 0) {
            return new Axis(BigDecimal.valueOf(5), BigDecimal.ONE);
        }
        var rough = largest.divide(BigDecimal.valueOf(5), MathContext.DECIMAL64);
        int exponent = rough.precision() - rough.scale() - 1;
        var power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        var fraction = rough.divide(power, MathContext.DECIMAL64);
        BigDecimal nice;
        if (fraction.compareTo(BigDecimal.ONE) <= 0) {
            nice = BigDecimal.ONE;
        } else if (fraction.compareTo(BigDecimal.TWO) <= 0) {
            nice = BigDecimal.TWO;
        } else if (fraction.compareTo(new BigDecimal("2.5")) <= 0) {
            nice = new BigDecimal("2.5");
        } else if (fraction.compareTo(BigDecimal.valueOf(5)) <= 0) {
            nice = BigDecimal.valueOf(5);
        } else {
            nice = BigDecimal.TEN;
        }
        var step = nice.multiply(power);
        var count = largest.divide(step, 0, RoundingMode.CEILING);
        return new Axis(step.multiply(count), step);
    }

    List<BigDecimal> ticks() {
        var ticks = new ArrayList<BigDecimal>();
        for (var t = BigDecimal.ZERO; t.compareTo(max) <= 0; t = t.add(step)) {
            ticks.add(t);
        }
        return ticks;
    }

    double fraction(BigDecimal value) {
        return Math.max(0, value.doubleValue() / max.doubleValue());
    }
}
