package org.minsheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs are read by people deciding whether to trust the figures, so what they claim about the
 * suite must stay true of it. Numbers that depend on the code (the access matrix's size) are checked
 * where the code is ({@code AccessMatrixTest}); this test checks what can be checked from the files.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern CLASS_REFERENCE = Pattern.compile("`((?:[a-z]+/)+)([A-Z][A-Za-z0-9]+)`");
    private static final Pattern MACHINE_POSTGRES =
            Pattern.compile("\\*\\*Machine\\*\\*:[^\\n]*?PostgreSQL (\\d+\\.\\d+)");
    /** A view's address: {@code @Route("admin/users")} or {@code @Route(value = "screen", ...)}. */
    private static final Pattern ROUTE = Pattern.compile("@Route\\((?:value = )?\"([^\"]*)\"");
    /**
     * An address in backticks, up to its query: {@code `/publication?division=CODE`} names /publication;
     * a trailing {@code /{code}} is the route's parameter, and an address of parameters only is a suffix.
     */
    private static final Pattern ADDRESS = Pattern.compile("`(/[^`?\\s]*)[^`]*`");
    /** What controllers serve, not views: the public site and its embeds, the API, its description, health. */
    private static final Pattern NOT_VIEWS = Pattern.compile("/(public|api/|v3/|ready)");

    private static final Pattern POM_BINARIES = Pattern.compile("<zonky\\.binaries\\.version>(\\d+\\.\\d+)");

    @Test
    void the_docs_cite_no_path_outside_the_repository() throws IOException {
        var outside = new ArrayList<String>();
        for (var doc : docs()) {
            var lines = Files.readAllLines(doc);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("/work/") || lines.get(i).contains("../shared")) {
                    outside.add(ROOT.relativize(doc) + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                }
            }
        }
        assertThat(outside).as("a reader of a clone has no such path").isEmpty();
    }

    @Test
    void every_class_the_reliability_doc_names_exists_in_the_sources() throws IOException {
        var text = Files.readString(ROOT.resolve("docs/reliability.md"));
        var missing = new ArrayList<String>();
        var matcher = CLASS_REFERENCE.matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
            var relative = "org/minsheng/" + matcher.group(1) + matcher.group(2) + ".java";
            if (!Files.exists(ROOT.resolve("src/test/java").resolve(relative))
                    && !Files.exists(ROOT.resolve("src/main/java").resolve(relative))) {
                missing.add(matcher.group(1) + matcher.group(2));
            }
        }
        assertThat(found).as("the doc names its tests as `package/Class`").isGreaterThan(10);
        assertThat(missing).as("renamed or removed, but still cited as proof").isEmpty();
    }

    /**
     * Every page address the README names is a route of a view: it listed the divisions under
     * {@code /admin/...} (the page is /divisions) and the export history as /provenance (it is
     * /exports/history), and a reader typing either got no page. The public site, the API and the
     * health check are served by controllers, not views.
     */
    @Test
    void every_page_the_readme_names_is_a_route() throws IOException {
        var routes = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java"))
                    .forEach(source ->
                            ROUTE.matcher(read(source)).results().forEach(route -> routes.add("/" + route.group(1))));
        }
        assertThat(routes).contains("/", "/divisions", "/exports/history");
        var named = new TreeSet<String>();
        ADDRESS.matcher(Files.readString(ROOT.resolve("README.md")))
                .results()
                .map(address -> address.group(1).replaceAll("(/\\{[a-z]+})+$", ""))
                .filter(address ->
                        !address.isEmpty() && !NOT_VIEWS.matcher(address).lookingAt())
                .forEach(named::add);
        assertThat(named).as("pages the README names").hasSizeGreaterThan(10);
        assertThat(routes).as("the views' @Route addresses").containsAll(named);
    }

    @Test
    void the_benchmarks_name_the_postgresql_the_build_embeds() throws IOException {
        var pom = POM_BINARIES.matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(pom.find()).isTrue();
        var machine = MACHINE_POSTGRES.matcher(Files.readString(ROOT.resolve("docs/benchmarks.md")));
        assertThat(machine.find())
                .as("docs/benchmarks.md has a **Machine** line naming its PostgreSQL")
                .isTrue();
        assertThat(machine.group(1)).isEqualTo(pom.group(1));
    }

    @Test
    void only_ci_run_names_a_jdk_folder_of_this_machine() throws IOException {
        var files = new ArrayList<>(docs());
        files.add(ROOT.resolve("pom.xml"));
        files.add(ROOT.resolve("bench/run.sh"));
        try (Stream<Path> ci = Files.list(ROOT.resolve(".ci"))) {
            ci.filter(p -> !p.getFileName().toString().equals("run")).forEach(files::add);
        }
        var naming = files.stream()
                .filter(Files::isRegularFile)
                .filter(f -> read(f).contains("/usr/lib/jvm/"))
                .map(f -> ROOT.relativize(f).toString())
                .toList();
        assertThat(naming)
                .as("elsewhere the JDK comes from JAVA_HOME or PATH; .ci/run holds CI's default")
                .isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> docs() throws IOException {
        var docs = new ArrayList<Path>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
        }
        var dbReadme = ROOT.resolve("db/README.md");
        if (Files.exists(dbReadme)) {
            docs.add(dbReadme);
        }
        return docs;
    }
}
