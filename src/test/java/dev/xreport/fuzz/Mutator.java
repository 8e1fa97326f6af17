package dev.xreport.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic mutations of an input's bytes: the same input, other input and random stream give
 * the same output. Each call stacks one to four mutations: byte flips, line and span edits, hostile
 * tokens (numbers XBRL and YAML read differently, markup, encodings), broken dates, deep nesting,
 * YAML anchors and aliases, odd indentation, and splices with a second input of the same kind.
 */
final class Mutator {
    /** Outputs grow no larger than this, so that one input never dominates the run's time. */
    static final int MAX_SIZE = 256 * 1024;

    /** Which tokens fit: report text (YAML, JSON) or markup (XBRL, Inline XBRL). */
    enum Kind { REPORT, XML }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Byte sequences that are not UTF-8: a lone continuation, an overlong '/', a surrogate, past U+10FFFF, a cut sequence. */
    private static final byte[][] NOT_UTF8 = {
        {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}, {(byte) 0xFE},
    };

    private static final String LONG_DIGITS = "9".repeat(400);

    /** Tokens for any text input. */
    private static final String[] COMMON = {
        "1e400", "-1e400", "1e-400", "NaN", "-NaN", "Infinity", "-Infinity", "INF", "-INF", "-0", "+0", "0.0", "-0.0",
        "\u22125", "\u2212", "\u2013", "\u2014", "-", "1,2,3", "1,,2", "1.2.3", "1 000", "1\u00a0000", "1_000", "0x1F",
        "0o17", "0b101", "+1", "1.", ".5", "00012", "2147483648", "-2147483649", "9223372036854775808",
        "-9223372036854775809", LONG_DIGITS, "0." + LONG_DIGITS, LONG_DIGITS + ".5", "1e2147483647", "1E-2147483648",
        "12.5%", "%", "100%%", "(1,134,284)", "((1))", "()", "(", ")", "\u00bd", "\u0661\u0662", "\uff11\uff12",
        "&", "&amp;", "&#0;", "&#xD800;", "&#x110000;", "&nosuch;", "<", ">", "<!DOCTYPE x>", "]]>", "<![CDATA[", "<!--",
        "-->", "<?xml version=\"1.0\"?>", "\"", "'", "\\", "\\u0000", "\\", "\\\"", "{", "}", "[", "]", ",", ":", "::",
        "@", "@@", "#", "|", ">-", "*", "?", "!", "%", "`", "$", "${x}", "\t", "\r", "\r\n", "\n", "\u2028", "\u0085",
        "\u0000", "\u0001", "\u001b", "\u007f", "\uFEFF", "\uFFFE", "\uFFFF", "\uD83D\uDE00", "\u202e", "\u0301",
        "", " ", "null", "Null", "NULL", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
        "2024-02-30", "2024-13-01", "0000-00-00", "2024-12-31T00:00:00Z", "2024-12-31Z", "2024-12-31+14:00", "-2024-01-01",
        "+999999999-12-31", "2023-02-29", "24-1-1", "31/12/2024", "P1Y", "Assets@", "@I2024", "{Assets@I2024}",
        "{Assets@I2024[", "{Assets@I2024[a=b,c]|nope}", "{X@Y[=]}", "Assets@I2024 = = Cash@I2024", "1/0", "((((",
        "))))", "Assets@I2024 / 0", "ä", "中文", "\u0130", "\u0131", "ß", "Ǆ", "é",
    };

    /** Tokens that mean something to YAML or JSON. */
    private static final String[] REPORT = {
        "&a", "*a", "&a [1, 2]", "*nosuch", "<<: *a", "<<: [*a, *a]", "!!binary AAAA", "!!float", "!!int x", "!!str",
        "!!map", "!!set", "!!timestamp 2024-01-01", "!!omap", "!custom", "!<tag:yaml.org,2002:str>", ".inf", "-.inf",
        ".nan", ".NaN", "---", "...", "--- !!map", "%YAML 1.2", "%YAML 9.9", "%TAG ! tag:x,2024:", "? ", "? [a, b]\n: c",
        "- ", "-\n-\n-", ": ", "key: value", "key:", "facts: []", "facts: {}", "facts: null", "periods: []", "include: [x]",
        "include: [../../pom.xml]", "include: [report.yaml]", "include: [/etc/passwd]", "include: [\"\"]",
        "include: [\"a\\0b\"]", "include: [\".\", \"..\", \"/\"]", "include: [more.yaml, more.yaml]", "include: [\"con:x\"]",
        "include: [\"" + "a".repeat(300) + "\"]", "vocabulary: \"\\0\"", "vocabulary: .", "[]", "{}",
        "{a: 1, a: 2}", "|", "|-", "|+", ">", ">2", "|9", "'it''s'", "\"\\u00\"", "\"\\x41\"", "\"\\ud800\"",
        "\"unterminated", "'unterminated", "# comment", "#", "\"$schema\": 1", "concept: Cash", "period: I2024",
        "value: 1e400", "dims: {A: B}", "role: total", "sum: [Cash, -Cash, \"\"]", "at: start", "derive: share",
        "kind: people", "records: [[]]", "scale: 99", "scale: -1", "scale: 2147483648", "decimals: -99999",
        "decimals: 2147483648", "depth: -1", "depth: 1e9", "negated: maybe", "value: {a: 1}", "text: [1]", "text: ~",
        "lang: \"\"", "value: \"\"", "value: \" \"", "{x: ", "[x, ",
    };

    /** Tokens that mean something to XML, XBRL or Inline XBRL. */
    private static final String[] XML = {
        "<!DOCTYPE x [<!ENTITY e \"eeeeeeee\">]>", "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">",
        "<!ENTITY e SYSTEM \"file:///etc/passwd\">", "&e;", "<?pi x?>", "<!-- c -->", "<![CDATA[1]]>", "<a>", "</a>",
        "<a/>", "</", "/>", "=\"\"", " x=\"1\"", " xmlns=\"\"", " xmlns:xbrli=\"\"", " xmlns:t=\"urn:x\"", " xml:lang=\"\"",
        " xsi:nil=\"true\"", " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"",
        " decimals=\"INF\"", " decimals=\"-INF\"", " precision=\"INF\"", " precision=\"0\"", " decimals=\"99999999999\"",
        " contextRef=\"\"", " unitRef=\"nope\"", " id=\"I2022\"", " id=\"\"", " scale=\"2147483648\"", " scale=\"-999\"",
        " sign=\"-\"", " format=\"ixt:num-dot-decimal\"", " format=\"ixt:fixed-zero\"", " format=\"nope:x\"", " format=\"ixt:\"",
        " format=\":\"", " weight=\"NaN\"", " weight=\"0\"", " weight=\"1e400\"", " order=\"x\"", " priority=\"999999999999\"",
        " use=\"prohibited\"", " xlink:href=\"#\"", " xlink:href=\"\"", " xlink:href=\"nosuch.xsd\"",
        " xlink:href=\"http://example.com/x.xsd\"", " xlink:href=\"file:///etc/passwd\"", " xlink:href=\"../../../../../../etc/passwd\"",
        " xlink:href=\"%zz\"", " xlink:href=\"x y\"", " xlink:href=\"#xpointer(/1)\"", " xlink:href=\"::\"", " xlink:label=\"\"",
        " xlink:from=\"nosuch\"", " xlink:to=\"\"", " xlink:arcrole=\"\"", " xlink:role=\"\"", " xlink:type=\"\"",
        " xlink:type=\"locator\"", " xbrldt:contextElement=\"nope\"", " xbrldt:closed=\"maybe\"", " xbrldt:targetRole=\"urn:none\"",
        " substitutionGroup=\"xbrli:item\"", " type=\"xbrli:monetaryItemType\"", " type=\"nope:x\"", " xbrli:periodType=\"\"",
        " xbrli:balance=\"debit\"", " abstract=\"true\"", " nillable=\"false\"", " schemaLocation=\"\"",
        "<xbrli:segment/>", "<xbrli:scenario/>", "<xbrldi:explicitMember dimension=\"t:X\">t:Y</xbrldi:explicitMember>",
        "<xbrldi:explicitMember dimension=\"\"></xbrldi:explicitMember>", "<xbrldi:typedMember dimension=\"t:X\"/>",
        "<xbrli:measure></xbrli:measure>", "<xbrli:measure>:</xbrli:measure>", "<xbrli:measure>nope:x</xbrli:measure>",
        "<xbrli:divide/>", "<xbrli:instant></xbrli:instant>", "<xbrli:forever/>", "<xbrli:startDate>2024-02-30</xbrli:startDate>",
        "<ix:nonFraction/>", "<ix:nonFraction name=\"\" contextRef=\"\" unitRef=\"\" decimals=\"\">1</ix:nonFraction>",
        "<ix:nonNumeric name=\":\" contextRef=\"x\"/>", "<ix:continuation/>", "<ix:exclude/>", "<ix:header/>", "<ix:resources/>",
        "<ix:references/>", "<ix:hidden/>", "<ix:footnote/>", "<link:schemaRef/>", "<link:loc/>", "<link:calculationArc/>",
        "<link:footnoteLink/>", "<xs:element/>", "<xs:import/>", "<xs:include schemaLocation=\"x.xsd\"/>",
        "t:", ":x", "xbrli:pure", "xbrli:shares", "iso4217:", "iso4217:EUR", "iso4217:XXXX", "xbrli:xbrl",
    };

    private static final String[] DATES = {
        "2024-02-30", "2024-13-01", "2024-00-10", "0000-01-01", "0001-01-01", "9999-12-31", "-2024-12-31",
        "2023-02-29", "2024-02-29", "2024-1-1", "2024-12-31T00:00:00", "2024-12-31T24:00:00", "2024-12-31Z",
        "2024-12-31+14:00", "2024-12-31-14:01", "+10000-01-01", "12024-01-01", "2024-12-32", "2024/12/31", "", "2025-01-01",
        "1970-01-01", "2100-02-29", "-999999999-01-01", "+999999999-12-31", "-0001-12-31", "+0001-01-01",
    };

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,.]*%?");
    private static final String STOP = " \t\r\n{}[],:\"'<>=/";

    private final SplittableRandom random;
    private final Kind kind;

    Mutator(SplittableRandom random, Kind kind) {
        this.random = random;
        this.kind = kind;
    }

    /** {@code input} with one to four mutations; {@code other} (same kind) is what splices take from. */
    byte[] mutate(byte[] input, byte[] other) {
        byte[] out = input;
        int n = 1 + (random.nextInt(4) == 0 ? random.nextInt(4) : 0);
        for (int i = 0; i < n; i++) {
            out = once(out, other);
            if (out.length > MAX_SIZE) {
                out = java.util.Arrays.copyOf(out, MAX_SIZE);
            }
        }
        return out;
    }

    private byte[] once(byte[] in, byte[] other) {
        int choice = random.nextInt(100);
        if (choice < 8) {
            return flipBits(in);
        } else if (choice < 12) {
            return setBytes(in);
        } else if (choice < 20) {
            return lines(in, random.nextInt(4));
        } else if (choice < 28) {
            return spans(in, random.nextInt(3));
        } else if (choice < 48) {
            return insertToken(in);
        } else if (choice < 62) {
            return replaceWord(in);
        } else if (choice < 68) {
            return replaceNumber(in);
        } else if (choice < 74) {
            return changeDate(in);
        } else if (choice < 78) {
            return nest(in);
        } else if (choice < 82) {
            return indent(in);
        } else if (choice < 86) {
            return encoding(in);
        } else if (choice < 88) {
            return kind == Kind.REPORT ? anchors(in) : repeatElement(in);
        } else if (choice < 90) {
            return truncate(in);
        } else if (choice < 92) {
            return repeatElement(in);
        }
        return splice(in, other);
    }

    // ---------------------------------------------------------------- bytes

    private byte[] flipBits(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private byte[] setBytes(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        int at = random.nextInt(out.length);
        byte[] special = {0, (byte) 0xFF, (byte) 0x80, '\n', '\r', '\t', '"', '\'', '<', '&', ':', '-', '{', '[', ' ', '#'};
        out[at] = random.nextBoolean() ? special[random.nextInt(special.length)] : (byte) random.nextInt(256);
        return out;
    }

    private byte[] encoding(byte[] in) {
        return switch (random.nextInt(4)) {
            case 0 -> concat(BOM, in);
            case 1 -> insert(in, random.nextInt(in.length + 1), NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
            case 2 -> insert(in, random.nextInt(in.length + 1), new byte[] {0});
            default -> insert(in, random.nextInt(in.length + 1), BOM);
        };
    }

    private byte[] truncate(byte[] in) {
        return in.length == 0 ? in : java.util.Arrays.copyOf(in, random.nextInt(in.length));
    }

    // ---------------------------------------------------------------- lines and spans

    private byte[] lines(byte[] in, int op) {
        List<byte[]> lines = splitLines(in);
        if (lines.isEmpty()) {
            return in;
        }
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        switch (op) {
            case 0 -> lines.remove(a);
            case 1 -> {
                int times = random.nextInt(8) == 0 ? 1 + random.nextInt(200) : 1;
                for (int i = 0; i < times; i++) {
                    lines.add(a, lines.get(a));
                }
            }
            case 2 -> {
                byte[] t = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, t);
            }
            default -> lines.add(b, lines.remove(a));
        }
        return join(lines);
    }

    private byte[] spans(byte[] in, int op) {
        if (in.length < 2) {
            return in;
        }
        int start = random.nextInt(in.length);
        int len = 1 + random.nextInt(Math.min(in.length - start, 1 + random.nextInt(64)));
        byte[] span = java.util.Arrays.copyOfRange(in, start, start + len);
        return switch (op) {
            case 0 -> concat(java.util.Arrays.copyOfRange(in, 0, start), java.util.Arrays.copyOfRange(in, start + len, in.length));
            case 1 -> insert(in, random.nextInt(in.length + 1), span);
            default -> {
                // swapped with another span of the same length after it, or moved when there is no room
                int rest = in.length - (start + len);
                if (rest < len) {
                    byte[] without = concat(java.util.Arrays.copyOfRange(in, 0, start), java.util.Arrays.copyOfRange(in, start + len, in.length));
                    yield insert(without, random.nextInt(without.length + 1), span);
                }
                int other = start + len + random.nextInt(rest - len + 1);
                byte[] out = in.clone();
                System.arraycopy(in, other, out, start, len);
                System.arraycopy(span, 0, out, other, len);
                yield out;
            }
        };
    }

    /** An element (or YAML mapping line) repeated many times: many contexts, many facts. */
    private byte[] repeatElement(byte[] in) {
        List<byte[]> lines = splitLines(in);
        if (lines.isEmpty()) {
            return in;
        }
        int a = random.nextInt(lines.size());
        int n = 1 + random.nextInt(Math.min(lines.size() - a, 6));
        List<byte[]> block = new ArrayList<>(lines.subList(a, a + n));
        int times = 2 + random.nextInt(random.nextInt(10) == 0 ? 2000 : 20);
        for (int i = 0; i < times; i++) {
            lines.addAll(a, block);
        }
        return join(lines);
    }

    private byte[] splice(byte[] in, byte[] other) {
        if (other == null || other.length == 0 || in.length == 0) {
            return in;
        }
        List<byte[]> a = splitLines(in);
        List<byte[]> b = splitLines(other);
        if (random.nextBoolean()) {
            // a's head, b's tail
            int cutA = random.nextInt(a.size() + 1);
            int cutB = random.nextInt(b.size() + 1);
            List<byte[]> out = new ArrayList<>(a.subList(0, cutA));
            out.addAll(b.subList(cutB, b.size()));
            return join(out);
        }
        // a few lines of b inside a
        int from = random.nextInt(b.size());
        int n = 1 + random.nextInt(Math.min(b.size() - from, 8));
        a.addAll(random.nextInt(a.size() + 1), b.subList(from, from + n));
        return join(a);
    }

    // ---------------------------------------------------------------- tokens

    private String token() {
        String[] own = kind == Kind.REPORT ? REPORT : XML;
        return random.nextInt(3) == 0 ? own[random.nextInt(own.length)] : COMMON[random.nextInt(COMMON.length)];
    }

    private byte[] insertToken(byte[] in) {
        byte[] t = utf8(token());
        int at;
        if (random.nextBoolean()) {
            at = random.nextInt(in.length + 1);
        } else {
            // at the start of a line, where keys and elements begin
            List<Integer> starts = lineStarts(in);
            at = starts.get(random.nextInt(starts.size()));
        }
        return insert(in, at, t);
    }

    /** A word (a key, a value, an attribute value, a name) replaced by a token. */
    private byte[] replaceWord(byte[] in) {
        String s = text(in);
        if (s.isEmpty()) {
            return utf8(token());
        }
        int at = random.nextInt(s.length());
        int start = at;
        while (start > 0 && STOP.indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < s.length() && STOP.indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return utf8(s.substring(0, start) + token() + s.substring(end));
    }

    /** A number replaced by another spelling, or by a token. */
    private byte[] replaceNumber(byte[] in) {
        String s = text(in);
        List<int[]> found = matches(NUMBER, s);
        if (found.isEmpty()) {
            return replaceWord(in);
        }
        int[] m = found.get(random.nextInt(found.size()));
        String[] spellings = {"1e400", "NaN", "-0", "\u22125", "1,2,3", LONG_DIGITS, "-" + LONG_DIGITS, "0", "-1", "0.000001",
            "1e-7", "123456789012345678901234567890.123456789", "(0)", "-(1)", "1%", "1e2%", "%", "-", "\u2013", "", "~",
            "null", "2147483648", "-2147483648", "99999999999999999999", "1.5e3", "0x10", ".5", "5.", "1 2"};
        String replacement = random.nextInt(3) == 0 ? token() : spellings[random.nextInt(spellings.length)];
        return utf8(s.substring(0, m[0]) + replacement + s.substring(m[1]));
    }

    private byte[] changeDate(byte[] in) {
        String s = text(in);
        List<int[]> found = matches(DATE, s);
        if (found.isEmpty()) {
            return replaceNumber(in);
        }
        int[] m = found.get(random.nextInt(found.size()));
        String date = s.substring(m[0], m[1]);
        String replacement;
        if (random.nextBoolean()) {
            replacement = DATES[random.nextInt(DATES.length)];
        } else {
            // another year, so that ends come before starts and instants miss their periods
            int year = Integer.parseInt(date.substring(0, 4)) + random.nextInt(21) - 10;
            replacement = String.format("%04d", Math.max(0, year)) + date.substring(4);
        }
        return utf8(s.substring(0, m[0]) + replacement + s.substring(m[1]));
    }

    /** Deep nesting: {@code [[[[...}, {@code {a: {a: ...}}}, {@code <a><a>...}, or YAML block indentation. */
    private byte[] nest(byte[] in) {
        int depth = random.nextInt(4) == 0 ? 1000 + random.nextInt(20000) : 1 + random.nextInt(300);
        StringBuilder sb = new StringBuilder();
        switch (random.nextInt(kind == Kind.XML ? 2 : 4)) {
            case 0 -> sb.append("[".repeat(depth)).append(random.nextBoolean() ? "]".repeat(depth) : "");
            case 1 -> {
                if (kind == Kind.XML) {
                    sb.append("<a>".repeat(depth)).append(random.nextBoolean() ? "</a>".repeat(depth) : "");
                } else {
                    sb.append("{a: ".repeat(depth)).append('1').append("}".repeat(depth));
                }
            }
            case 2 -> sb.append("- ".repeat(depth)).append("x\n");
            default -> {
                for (int i = 0; i < Math.min(depth, 3000); i++) {
                    sb.append(" ".repeat(i)).append("k").append(i).append(":\n");
                }
            }
        }
        return insert(in, random.nextInt(in.length + 1), utf8(sb.toString()));
    }

    /** The indentation of a line changed: huge, a tab, none, or one more space. */
    private byte[] indent(byte[] in) {
        List<byte[]> lines = splitLines(in);
        if (lines.isEmpty()) {
            return in;
        }
        int a = random.nextInt(lines.size());
        String line = text(lines.get(a)).stripLeading();
        String[] indents = {"", " ", "\t", " \t", " ".repeat(1 + random.nextInt(8)), " ".repeat(10_000), "\t".repeat(50)};
        lines.set(a, utf8(indents[random.nextInt(indents.length)] + line));
        return join(lines);
    }

    /** A YAML anchor on one value and aliases to it elsewhere (also merge keys). */
    private byte[] anchors(byte[] in) {
        String s = text(in);
        List<int[]> values = matches(Pattern.compile(": (?=\\S)"), s);
        if (values.size() < 2) {
            return insertToken(in);
        }
        int[] a = values.get(random.nextInt(values.size()));
        int[] b = values.get(random.nextInt(values.size()));
        String anchor = "&x" + random.nextInt(3) + " ";
        String alias = switch (random.nextInt(3)) {
            case 0 -> "*x" + random.nextInt(3);
            case 1 -> "[*x0, *x0, *x0, *x0]";
            default -> "{<<: *x0}";
        };
        int first = Math.min(a[1], b[1]);
        int second = Math.max(a[1], b[1]);
        if (first == second) {
            return utf8(s.substring(0, first) + anchor + s.substring(first));
        }
        // the alias replaces the word that followed the second ": "
        int end = second;
        while (end < s.length() && ",}]\n".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return utf8(s.substring(0, first) + anchor + s.substring(first, second) + alias + s.substring(end));
    }

    // ---------------------------------------------------------------- helpers

    private static List<int[]> matches(Pattern p, String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> splitLines(byte[] in) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                out.add(java.util.Arrays.copyOfRange(in, start, i + 1));
                start = i + 1;
            }
        }
        if (start < in.length) {
            out.add(java.util.Arrays.copyOfRange(in, start, in.length));
        }
        return out;
    }

    private static List<Integer> lineStarts(byte[] in) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                out.add(i + 1);
            }
        }
        return out;
    }

    private static byte[] join(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
            if (p.length > 0 && p[p.length - 1] != '\n') {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
