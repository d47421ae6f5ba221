package org.minsheng.indicator;

/** A group of indicators (education, healthcare, …) as the dashboard and the publication order them. */
public record Category(int id, String code, String nameZh, String nameEn) {}
