package org.minsheng.dashboard;

import java.math.BigDecimal;

/**
 * One indicator's value for a whole year (as far as approved), for the multi-year trend. For a
 * district it is the value of whichever unit of its line reported that year (龙海市 to 2020,
 * 龙海区 from 2021).
 */
public record YearPoint(int indicatorId, int year, BigDecimal value, boolean notApplicable) {}
