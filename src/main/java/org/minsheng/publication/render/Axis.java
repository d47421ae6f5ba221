package org.minsheng.publication.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** A value axis from zero to a round maximum with four to six round ticks (1, 2, 2.5 or 5 × 10ⁿ). */
record Axis(BigDecimal max, BigDecimal step) {

    /**
     * The axis up to {@code largest}, with ticks of at most {@code scale} decimals: a count (人, 个, 所, scale
     * 0) of 0 or 1 was stepped by 0.2, and 12 by 2.5, which printed 0.2个 and 7.5所 on the axis.
     */
    static Axis of(BigDecimal largest, int scale) {
        var axis = of(largest);
        if (axis.step.stripTrailingZeros().scale() <= scale) {
            return axis;
        }
        // the nearest round step below with no more decimals (2.5 → 2), never below the smallest one
        var step = axis.step.setScale(scale, RoundingMode.FLOOR).max(BigDecimal.ONE.movePointLeft(scale));
        return new Axis(step.multiply(largest.divide(step, 0, RoundingMode.CEILING)), step);
    }

    private static Axis of(BigDecimal largest) {
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
