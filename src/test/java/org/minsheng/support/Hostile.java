package org.minsheng.support;

import java.util.HexFormat;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property-based testing without a framework: random hostile inputs from a seed, many tries, and a
 * failure that names the seed and the input so it can be replayed. Tries are bounded for CI
 * (-Dminsheng.property.tries=N for more; -Dminsheng.property.seed=S to replay a failure).
 *
 * <p>jqwik was the first choice; its 1.10 releases ask not to be used by AI coding agents (this
 * work was written by one) and are built on JUnit Platform 1, while Spring Boot 4 runs JUnit 6.
 */
public final class Hostile {

    public static final int TRIES = Integer.getInteger("minsheng.property.tries", 200);

    private static final String[] WORDS = {
        "漳州市",
        "芗城区",
        "营养改善计划",
        "情况说明",
        "１２３",
        "１，０００",
        "。",
        "％",
        "不适用",
        "N/A",
        "=1+1",
        "+SUM(A1)",
        "@cmd",
        "-0",
        "1e5",
        "0x1F",
        "NaN",
        "Infinity",
        "١٢٣",
        "'; drop table figure; --",
        "<script>alert(1)</script>",
        "${jndi:ldap://x}",
        "%s%n",
        "\\u0000",
        "\"",
        "\"\"",
        ",",
        "\r\n",
        "\n",
        "\t",
        "　",
        "\u00A0",
        "\u200B",
        "\uFEFF",
        "\u202E",
        "\u200E",
        "👨‍👩‍👧",
        "🇨🇳",
        "😀",
        "مرحبا",
        "שלום",
        "é",
        "e\u0301",
        "𠀋",
        "9".repeat(40),
        "0.".concat("0".repeat(30)).concat("1"),
        "1,2,3",
        "1.2.3",
        "--1",
        "12%",
        " 12 "
    };

    private Hostile() {}

    /** Runs the property on TRIES random inputs; a failure names the seed and the input. */
    public static <T> void forAll(Function<Random, T> generator, Consumer<T> property) {
        long seed = Long.getLong("minsheng.property.seed", System.nanoTime());
        var random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            var input = generator.apply(random);
            try {
                property.accept(input);
            } catch (Throwable failure) {
                throw new AssertionError(
                        "Property failed on try " + i + " (replay with -Dminsheng.property.seed=" + seed + "): "
                                + describe(input),
                        failure);
            }
        }
    }

    /** Text a hostile or careless user might type or paste, controls and lone surrogates included. */
    public static String anyText(Random random) {
        return text(random, true);
    }

    /** Text a person can really type: any script, emoji, right-to-left, but no control characters. */
    public static String typedText(Random random) {
        return text(random, false);
    }

    private static String text(Random random, boolean controls) {
        var out = new StringBuilder();
        int parts = random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(controls ? 9 : 7)) {
                case 0 -> out.append(WORDS[random.nextInt(WORDS.length)].replace("\\u0000", controls ? "\u0000" : ""));
                case 1 -> out.appendCodePoint(0x4E00 + random.nextInt(0x9FFF - 0x4E00));
                case 2 -> out.appendCodePoint(0x1F300 + random.nextInt(0x350));
                case 3 -> out.appendCodePoint((random.nextBoolean() ? 0x0600 : 0x05D0) + random.nextInt(0x1A));
                case 4 -> out.append((char) (0x20 + random.nextInt(0x5F)));
                case 5 -> out.appendCodePoint(0xFF01 + random.nextInt(0x5E));
                case 6 -> out.append(random.nextInt(1_000_000));
                case 7 -> out.append((char) random.nextInt(0x20));
                default -> out.append((char) (0xD800 + random.nextInt(0x800)));
            }
        }
        return out.toString();
    }

    private static String describe(Object input) {
        if (input instanceof byte[] bytes) {
            return bytes.length + " bytes " + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 200));
        }
        var text = String.valueOf(input);
        return '"' + (text.length() > 500 ? text.substring(0, 500) + "…" : text) + '"' + " codepoints "
                + text.codePoints().limit(60).mapToObj(Integer::toHexString).toList();
    }
}
