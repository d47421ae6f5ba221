package org.minsheng.division;

import java.nio.file.Path;

/**
 * One uploaded file of the national division list: {@code provinces.csv}, {@code cities.csv},
 * {@code areas.csv}, {@code streets.csv}, {@code villages.csv}, or a zip holding some of them.
 *
 * @param name the name the user gave the file, which says which level it holds
 */
public record SourceFile(String name, Path path) {}
