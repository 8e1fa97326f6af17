package dev.xreport.load;

import dev.xreport.derive.Expression;
import dev.xreport.diag.Code;
import dev.xreport.diag.DidYouMean;
import dev.xreport.diag.Findings;
import dev.xreport.model.Block;
import dev.xreport.model.Check;
import dev.xreport.model.Citation;
import dev.xreport.model.Correction;
import dev.xreport.model.Dims;
import dev.xreport.model.Entity;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.Period;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.Section;
import dev.xreport.model.Source;
import dev.xreport.model.Table;
import dev.xreport.model.Text;
import dev.xreport.model.Unit;
import dev.xreport.model.Vocabulary;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report written in YAML or JSON (docs/authoring.md) into the canonical {@link Report}.
 * Everything wrong with the input becomes a finding with file, line, column and JSON path;
 * nothing is thrown for bad input.
 *
 * <pre>LoadResult r = ReportLoader.load(Path.of("reports/acme-2024"));</pre>
 */
public final class ReportLoader {
    /** The report xreport renders when given none. */
    public static final String DEFAULT_REPORT = "webank-2022";

    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Prefixes the instance, the Inline XBRL page and the taxonomy bind to the XBRL and XML namespaces. */
    static final java.util.List<String> RESERVED_PREFIXES = java.util.List.of("ix", "ixt", "xbrli", "link", "xlink",
            "iso4217", "xbrldi", "xbrldt", "xs", "xsi", "nonnum", "tp", "th");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern CITATION = Pattern.compile(
            "\\{([A-Za-z_][A-Za-z0-9_]*)@([A-Za-z0-9][A-Za-z0-9_.-]*)(\\[([^\\]]*)])?(\\|([a-z]+))?}");
    /** A BCP 47 language tag with a region: en-US, zh-CN, de-CH. */
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\\d{3}))?");
    private static final Set<String> CITATION_FORMATS = Set.of("thousands", "billions", "millions", "percent", "text");
    /** The lists of a content file whose items are bound while it is parsed: the rows of tables and, in included files, the facts. */
    private static final String ROWS = "$.tables[*].rows";
    private static final String FACTS = "$.facts";

    private final ReportSource files;
    private final Findings findings = new Findings();
    private final Interner interner = new Interner();
    private final FactEntryBinder factEntries = new FactEntryBinder(this);
    private final SourceText places;

    // header
    private String id;
    private Text title;
    private String language = "en";
    private String sourceText;
    private Entity entity;
    private String reportingPeriod;
    private int scale;
    private String monetaryUnit;
    private String locale;
    private Text labelHeader;
    private Source origin;
    private final Map<String, Period> periods = new LinkedHashMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    // content, from the entry file and its includes
    private final ArrayList<Node> factNodes = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Node> correctionNodes = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private Vocabulary vocabulary;
    // what failed to load, so that references to it do not repeat the finding
    private final java.util.Set<String> brokenPeriods = new java.util.HashSet<>();
    private final java.util.Set<String> brokenConcepts = new java.util.HashSet<>();
    private final java.util.Set<String> brokenUnits = new java.util.HashSet<>();
    private boolean unitsIncomplete;
    private boolean periodsIncomplete;
    private boolean tablesIncomplete;
    private boolean factsIncomplete;

    private ReportLoader(ReportSource files) {
        this.files = files;
        this.places = new SourceText(files);
    }

    /** Loads a report folder (with report.yaml or report.json) or a single report file. */
    public static LoadResult load(Path path) {
        return load(ReportSource.of(path));
    }

    /** Loads the embedded WeBank 2022 report. */
    public static LoadResult loadDefault() {
        return load(ReportSource.embedded(DEFAULT_REPORT));
    }

    public static LoadResult load(ReportSource files) {
        return new ReportLoader(files).run();
    }

    private LoadResult run() {
        Node root = parse(files.entry(), Source.NONE, Map.of(ROWS, this::bindRow));
        if (root == null) {
            return new LoadResult(null, findings);
        }
        Fields top = Fields.of(root, "a report", findings);
        if (top == null) {
            return new LoadResult(null, findings);
        }
        origin = root.source();
        bindHeader(top);
        List<String> includes = top.strings("include");
        bindContent(top);
        top.rejectUnknown();
        Set<String> done = new LinkedHashSet<>();
        done.add(files.entry());
        List<Node> includeNodes = top.list("include");
        for (int i = 0; i < includes.size(); i++) {
            String name = includes.get(i);
            Source at = i < includeNodes.size() ? includeNodes.get(i).source() : top.source();
            if (!done.add(name)) {
                findings.add(Code.LOAD_INCLUDE, at, "\"" + name + "\" is included twice");
                continue;
            }
            // the header is bound: an included file's facts can be bound while it is parsed
            Node inc = parse(name, at, Map.of(ROWS, this::bindRow, FACTS, factEntries::bind));
            Fields f = inc == null ? null : Fields.of(inc, "an included file", findings);
            if (f == null) {
                // what the file holds is missing: what refers to it is not reported again
                factsIncomplete = true;
                tablesIncomplete = true;
            } else {
                bindContent(f);
                f.rejectUnknown();
            }
        }
        if (vocabulary == null) {
            vocabulary = new VocabularyBinder(findings).bind(defaultNamespace(), "xr", null);
        }
        FactBinder factBinder = new FactBinder(this, factEntries);
        List<Fact> facts = factBinder.bind(factNodes);
        // what binding kept for the facts and the values it shared are not needed any more
        factNodes.clear();
        factNodes.trimToSize();
        interner.clear();
        if (entity != null) {
            entity = new Entity(resolve(entity.name(), facts, entity.source()), resolve(entity.shortName(), facts,
                    entity.source()), entity.identifier(), entity.source());
        }
        vocabulary = TableTitles.resolve(language, tables, vocabulary, findings, places);
        List<Correction> corrections = correctionNodes.stream().map(this::correction)
                .filter(java.util.Objects::nonNull).toList();
        Report report = new Report(id == null ? "report" : id, title == null ? Text.of("en", "Report") : title,
                language, sourceText, entity, reportingPeriod, scale, periods, units, facts, tables, sections,
                corrections, checks, vocabulary, origin, locale, labelHeader);
        new ReferenceChecker(report, factBinder.index(), findings, new ReferenceChecker.Reported() {
            public boolean period(String pid) {
                return periodBroken(pid);
            }

            public boolean fact(FactKey key) {
                return factBroken(key);
            }

            public boolean tables() {
                return tablesIncomplete;
            }
        }, places).check();
        return new LoadResult(report, findings);
    }

    private Node bindRow(Node row) {
        return TableBinder.bindRow(row, interner);
    }

    /**
     * The tree of file {@code name}, or null (with a finding); the items of the lists named in
     * {@code itemBinders} are bound as soon as they are read (see {@link TreeParser}).
     */
    private Node parse(String name, Source includedAt, Map<String, UnaryOperator<Node>> itemBinders) {
        String content;
        try {
            content = files.read(name);
        } catch (NoSuchFileException e) {
            Code code = includedAt == Source.NONE ? Code.LOAD_UNREADABLE : Code.LOAD_INCLUDE;
            findings.add(code, includedAt == Source.NONE ? new Source(files.display(name), 0, 0, "") : includedAt,
                    "cannot read " + files.display(name) + ": no such file");
            return null;
        } catch (ReportSource.OutsideException e) {
            findings.add(Code.LOAD_OUTSIDE, includedAt == Source.NONE ? new Source(files.display(name), 0, 0, "") : includedAt,
                    e.getMessage());
            return null;
        } catch (NotUtf8Exception e) {
            findings.add(Code.LOAD_UNREADABLE, new Source(files.display(name), e.line(), e.column(), ""),
                    "the file is not UTF-8 text: save it as UTF-8");
            return null;
        } catch (IOException e) {
            Code code = includedAt == Source.NONE ? Code.LOAD_UNREADABLE : Code.LOAD_INCLUDE;
            findings.add(code, includedAt == Source.NONE ? new Source(files.display(name), 0, 0, "") : includedAt,
                    "cannot read " + files.display(name) + ": " + e.getMessage());
            return null;
        }
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        places.read(name);
        return new TreeParser(files.display(name), findings, itemBinders).parse(content, json);
    }

    // ---------------------------------------------------------------- header

    /** The namespace of a report's own concepts when it names none. */
    private String defaultNamespace() {
        return "https://xreport.dev/taxonomy/" + (id == null ? "report" : id);
    }

    private void bindHeader(Fields f) {
        f.node("$schema");
        id = f.required("id");
        if (id != null && !ID.matcher(id).matches()) {
            findings.add(Code.LOAD_BAD_VALUE, f.source("id"),
                    "the id \"" + id + "\" names a folder: use letters, digits, '-', '_' and '.' only");
            id = null;
        }
        String lang = f.string("language");
        if (lang != null && !LanguageText.isTag(lang)) {
            findings.add(Code.LOAD_BAD_VALUE, f.source("language"), "\"" + lang + "\" is not a language tag (write en, zh, en-US …)");
        } else if (lang != null) {
            language = lang;
        }
        title = text(f, "title");
        locale = f.string("locale");
        if (locale != null && !LOCALE.matcher(locale).matches()) {
            findings.add(Code.LOAD_BAD_VALUE, f.source("locale"), "\"" + locale + "\" is not a locale "
                    + "(write a language and a region: en-US, en-GB, de-DE, zh-CN)");
            locale = null;
        }
        sourceText = f.string("source");
        Node e = f.requiredNode("entity");
        if (e != null) {
            entity = entity(e);
        }
        Node periodsNode = f.requiredNode("periods");
        if (periodsNode instanceof Node.MapNode pm) {
            pm.entries().forEach(this::period);
        } else {
            periodsIncomplete = true;
            if (periodsNode != null) {
                findings.add(Code.LOAD_WRONG_TYPE, periodsNode.source(), "\"periods\" must be a mapping, not "
                        + periodsNode.kind());
            }
        }
        if (f.node("units") instanceof Node.MapNode um) {
            um.entries().forEach(this::unit);
        } else if (f.has("units")) {
            unitsIncomplete = true;
            findings.add(Code.LOAD_WRONG_TYPE, f.source("units"), "\"units\" must be a mapping");
        }
        if (!units.containsKey("pure")) {
            units.put("pure", new Unit("pure", "xbrli:pure", Source.NONE));
        }
        reportingPeriod = f.required("reportingPeriod");
        if (f.has("taxonomy")) {
            Fields t = Fields.of(f.node("taxonomy"), "\"taxonomy\"", findings);
            if (t != null) {
                String namespace = t.string("namespace");
                String prefix = t.string("prefix");
                if (prefix != null && !NAME.matcher(prefix).matches()) {
                    findings.add(Code.LOAD_BAD_VALUE, t.source("prefix"), "\"" + prefix + "\" is not a namespace prefix");
                    prefix = null;
                } else if (prefix != null && (RESERVED_PREFIXES.contains(prefix) || prefix.toLowerCase(java.util.Locale.ROOT).startsWith("xml"))) {
                    findings.add(Code.LOAD_BAD_VALUE, t.source("prefix"), "\"" + prefix + "\" is a prefix the XBRL "
                            + "deliverables already bind to another namespace; choose another (not one of "
                            + String.join(", ", RESERVED_PREFIXES) + ", nor one starting with xml)");
                    prefix = null;
                }
                String file = t.string("vocabulary");
                Node root = null;
                if (file != null) {
                    root = parse(file, t.source("vocabulary"), Map.of());
                }
                t.rejectUnknown();
                vocabulary = new VocabularyBinder(findings).bind(namespace == null ? defaultNamespace() : namespace,
                        prefix == null ? "xr" : prefix, root);
            }
        }
        Fields d = f.has("defaults") ? Fields.of(f.node("defaults"), "\"defaults\"", findings) : null;
        scale = 0;
        monetaryUnit = null;
        labelHeader = null;
        if (d != null) {
            labelHeader = text(d, "labelHeader");
            scale = d.integer("scale", 0);
            if (scale < 0 || scale > 12) {
                findings.add(Code.LOAD_BAD_VALUE, d.source("scale"), "scale " + scale
                        + " is not a power of ten amounts are written in (0 for units, 3 for thousands, 6 for millions; at most 12)");
                scale = 0;
            }
            monetaryUnit = d.string("monetaryUnit");
            d.rejectUnknown();
        }
    }

    private Entity entity(Node node) {
        Fields f = Fields.of(node, "\"entity\"", findings);
        if (f == null) {
            return null;
        }
        Text name = text(f, "name");
        if (name == null) {
            findings.add(Code.LOAD_MISSING_FIELD, f.source(), "\"name\" is required here");
        }
        Text shortName = text(f, "shortName");
        Entity.Identifier identifier = null;
        Node idNode = f.requiredNode("identifier");
        if (idNode != null) {
            Fields i = Fields.of(idNode, "\"identifier\"", findings);
            if (i != null) {
                identifier = new Entity.Identifier(i.required("scheme"), i.required("value"));
                i.rejectUnknown();
            }
        }
        f.rejectUnknown();
        return new Entity(name, shortName, identifier, f.source());
    }

    /** A text in one language ({@code title: Annual Report}) or several ({@code {en: ..., zh: ...}}). */
    private Text text(Fields f, String key) {
        Node n = f.node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Node.Scalar s) {
            return Text.of(language, s.text());
        }
        if (n instanceof Node.MapNode m) {
            return LanguageText.bind(m, key, findings);
        }
        findings.add(Code.LOAD_WRONG_TYPE, n.source(), "\"" + key + "\" must be a text or a mapping of language to text, not " + n.kind());
        return null;
    }

    /**
     * Words that are a single citation, {@code "{EntityNameEnglish@FY2022}"}, take the cited text
     * fact's text, so that a name printed as a fact is still stated once.
     */
    private Text resolve(Text text, List<Fact> facts, Source at) {
        if (text == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        text.byLanguage().forEach((lang, value) -> {
            Matcher m = CITATION.matcher(value.strip());
            if (!m.matches()) {
                out.put(lang, value);
                return;
            }
            FactKey key = new FactKey(m.group(1), m.group(2), Dims.NONE);
            Optional<Fact> fact = facts.stream().filter(f -> f.key().equals(key) && !f.isNumeric()).findFirst();
            if (fact.isEmpty()) {
                if (!factBroken(key)) {
                    findings.add(Code.REF_CITATION, places.find(at, m.group(), 0), value + " cites " + key
                            + ", which is not stated as a text fact" + DidYouMean.hint(key.concept(),
                            facts.stream().filter(f -> !f.isNumeric()).map(Fact::concept).distinct().toList()));
                }
                out.put(lang, value);
            } else {
                out.put(lang, fact.get().text());
            }
        });
        return new Text(out);
    }

    private void period(String pid, Node node) {
        if (!ID.matcher(pid).matches()) {
            findings.add(Code.LOAD_BAD_VALUE, node.source(), "\"" + pid + "\" is not a valid period id");
            brokenPeriods.add(pid);
            return;
        }
        Fields f = Fields.of(node, "a period", findings);
        if (f == null) {
            brokenPeriods.add(pid);
            return;
        }
        int before = findings.all().size();
        if (f.has("instant")) {
            LocalDate d = date(f, "instant");
            if (f.has("start") || f.has("end")) {
                findings.add(Code.LOAD_BAD_VALUE, f.source(), "a period is an instant or has start and end, not both");
            }
            if (d != null) {
                periods.put(pid, Period.instant(pid, d, f.source()));
            }
        } else {
            LocalDate s = date(f, "start");
            LocalDate e = date(f, "end");
            if (s == null || e == null) {
                if (!f.has("start") || !f.has("end")) {
                    findings.add(Code.LOAD_MISSING_FIELD, f.source(), "a period needs \"instant\", or \"start\" and \"end\"");
                }
            } else if (e.isBefore(s)) {
                findings.add(Code.LOAD_BAD_VALUE, f.source("end"), "the period ends (" + e + ") before it starts (" + s + ")");
            } else {
                periods.put(pid, Period.duration(pid, s, e, f.source()));
            }
        }
        f.rejectUnknown();
        if (findings.all().size() > before) {
            brokenPeriods.add(pid);
        }
    }

    private LocalDate date(Fields f, String key) {
        String s = f.string(key);
        if (s == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s.strip());
            // four-digit years only: the XBRL date types have no year 0, and java.time no day before -999999999-01-01
            if (d.getYear() >= 1 && d.getYear() <= 9999) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        findings.add(Code.LOAD_BAD_VALUE, f.source(key), "\"" + s + "\" is not a date (write YYYY-MM-DD)");
        return null;
    }

    private void unit(String uid, Node node) {
        Fields f = Fields.of(node, "a unit", findings);
        brokenUnits.add(uid); // until it is defined
        if (f == null) {
            return;
        }
        String measure = f.required("measure");
        if (measure != null && !measure.matches("[A-Za-z_][\\w.-]*:[A-Za-z_][\\w.-]*")) {
            findings.add(Code.LOAD_BAD_VALUE, f.source("measure"),
                    "\"" + measure + "\" is not a measure (write prefix:name, e.g. iso4217:CNY)");
            measure = null;
        }
        Text label = text(f, "label");
        String symbol = f.string("symbol");
        if (measure != null) {
            units.put(uid, new Unit(uid, measure, label, symbol, f.source()));
            brokenUnits.remove(uid);
        }
        f.rejectUnknown();
    }

    // ---------------------------------------------------------------- content

    private void bindContent(Fields f) {
        f.node("$schema");
        if (f.keyPresent("facts") && !(f.node("facts") instanceof Node.ListNode) && f.has("facts")) {
            factsIncomplete = true;
        }
        factNodes.addAll(f.list("facts"));
        for (Node t : f.list("tables")) {
            Table table = new TableBinder(findings, interner).table(t);
            if (table != null) {
                tables.add(table);
            } else {
                tablesIncomplete = true;
            }
        }
        for (Node s : f.list("sections")) {
            Section section = section(s);
            if (section != null) {
                sections.add(section);
            }
        }
        correctionNodes.addAll(f.list("corrections"));
        for (Node c : f.list("checks")) {
            Check check = check(c);
            if (check != null) {
                checks.add(check);
            }
        }
    }

    private Check check(Node node) {
        Fields f = Fields.of(node, "a check", findings);
        if (f == null) {
            return null;
        }
        String cid = f.string("id");
        String expect = f.required("expect");
        String description = f.string("description");
        f.rejectUnknown();
        if (expect == null) {
            return null;
        }
        int eq = -1;
        int equalsSigns = 0;
        int depth = 0;
        for (int i = 0; i < expect.length(); i++) {
            char c = expect.charAt(i);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == '=' && depth == 0) {
                eq = i;
                equalsSigns++;
            }
        }
        if (equalsSigns != 1) {
            findings.add(Code.LOAD_BAD_VALUE, f.source("expect"), "\"" + expect
                    + "\" must have the form LEFT = RIGHT, e.g. Assets@I2022 = LiabilitiesAndEquity@I2022");
            return null;
        }
        String left = expect.substring(0, eq).strip();
        String right = expect.substring(eq + 1).strip();
        for (String side : List.of(left, right)) {
            try {
                Expression.parse(side);
            } catch (Expression.SyntaxError e) {
                findings.add(Code.LOAD_BAD_VALUE, f.source("expect"), "\"" + side + "\": " + e.getMessage()
                        + " at character " + (e.offset() + 1));
                return null;
            }
        }
        return new Check(cid == null ? expect : cid, left, right, description, f.source("expect"));
    }

    private Section section(Node node) {
        Fields f = Fields.of(node, "a section", findings);
        if (f == null) {
            return null;
        }
        String sid = f.required("id");
        String heading = f.required("heading");
        List<Block> blocks = f.each("blocks", this::block);
        f.rejectUnknown();
        return new Section(sid, heading == null ? "" : heading, blocks, f.source());
    }

    private Block block(Node node) {
        Fields f = Fields.of(node, "a block", findings);
        if (f == null) {
            return null;
        }
        List<String> kinds = List.of("p", "list", "table", "footnote", "section");
        long present = kinds.stream().filter(f::has).count();
        if (present != 1) {
            findings.add(present == 0 ? Code.LOAD_MISSING_FIELD : Code.LOAD_BAD_VALUE, f.source(),
                    "a block has exactly one of p, list, table, footnote, section");
        }
        Block b = null;
        if (f.has("p")) {
            b = paragraph(f.string("p"), f.source("p"));
        } else if (f.has("list")) {
            List<Node> items = f.list("list");
            List<Block.Paragraph> ps = new ArrayList<>();
            for (Node item : items) {
                if (item instanceof Node.Scalar s && s.text() != null) {
                    ps.add(paragraph(s.text(), s.source()));
                } else {
                    findings.add(Code.LOAD_WRONG_TYPE, item.source(), "a list item must be a text");
                }
            }
            b = new Block.Bullets(ps, f.source("list"));
        } else if (f.has("table")) {
            b = new Block.TableRef(f.string("table"), f.source("table"));
        } else if (f.has("footnote")) {
            b = new Block.Footnote(paragraph(f.string("footnote"), f.source("footnote")), f.source("footnote"));
        } else if (f.has("section")) {
            Section s = section(f.node("section"));
            b = s == null ? null : new Block.SubSection(s, f.source("section"));
        }
        for (String k : kinds) {
            f.node(k);
        }
        f.rejectUnknown();
        return b;
    }

    private Block.Paragraph paragraph(String text, Source source) {
        if (text == null) {
            text = "";
        }
        List<Citation> citations = new ArrayList<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            Map<String, String> dims = new LinkedHashMap<>();
            if (m.group(4) != null) {
                for (String pair : m.group(4).split(",")) {
                    String[] kv = pair.split("=", 2);
                    if (kv.length != 2) {
                        findings.add(Code.LOAD_BAD_VALUE, source, "\"" + m.group() + "\": write dims as [Axis=Member,...]");
                        continue;
                    }
                    dims.put(kv[0].strip(), kv[1].strip());
                }
            }
            String format = m.group(6);
            if (format != null && !CITATION_FORMATS.contains(format)) {
                findings.add(Code.LOAD_BAD_VALUE, source, "\"" + m.group() + "\": unknown format \"" + format
                        + "\" (use one of " + String.join(", ", new java.util.TreeSet<>(CITATION_FORMATS)) + ")");
            }
            citations.add(new Citation(m.group(), new FactKey(m.group(1), m.group(2), Dims.of(dims)), format));
        }
        return new Block.Paragraph(text, citations, source);
    }

    private Correction correction(Node node) {
        Fields f = Fields.of(node, "a correction", findings);
        if (f == null) {
            return null;
        }
        Correction.Target target = null;
        if (f.has("fact")) {
            Fields k = Fields.of(f.node("fact"), "\"fact\"", findings);
            if (k != null) {
                String concept = k.required("concept");
                String period = k.required("period");
                Dims dims = Dims.of(k.stringMap("dims"));
                k.rejectUnknown();
                if (concept != null && period != null) {
                    target = new Correction.FactTarget(new FactKey(concept, period, dims));
                }
            }
        } else if (f.has("cell")) {
            Fields c = Fields.of(f.node("cell"), "\"cell\"", findings);
            if (c != null) {
                String t = c.required("table");
                String r = c.required("row");
                String col = c.required("column");
                c.rejectUnknown();
                if (t != null && r != null && col != null) {
                    target = new Correction.CellTarget(t, r, col);
                }
            }
        } else {
            findings.add(Code.LOAD_MISSING_FIELD, f.source(), "a correction names a \"fact\" or a \"cell\"");
        }
        f.node("fact");
        f.node("cell");
        String printed = f.required("printed");
        String reason = f.required("reason");
        f.rejectUnknown();
        return target == null ? null : new Correction(target, printed, reason, f.source());
    }

    // ---------------------------------------------------------------- shared with the binders

    Findings findings() {
        return findings;
    }

    String language() {
        return language;
    }

    Interner interner() {
        return interner;
    }

    String reportingPeriod() {
        return reportingPeriod;
    }

    int scale() {
        return scale;
    }

    String monetaryUnit() {
        return monetaryUnit;
    }

    Map<String, Period> periods() {
        return periods;
    }

    Map<String, Unit> units() {
        return units;
    }

    /** True when a reference to {@code key} fails because of an error already reported (its fact, concept or period). */
    private boolean factBroken(FactKey key) {
        return factsIncomplete || brokenConcepts.contains(key.concept()) || periodBroken(key.period());
    }

    /** True when a reference to period {@code id} fails because of an error already reported. */
    boolean periodBroken(String id) {
        return periodsIncomplete || brokenPeriods.contains(id);
    }

    /** True when a reference to unit {@code id} fails because of an error already reported. */
    boolean unitBroken(String id) {
        return unitsIncomplete || brokenUnits.contains(id);
    }

    void factsIncomplete() {
        factsIncomplete = true;
    }

    java.util.Set<String> brokenConcepts() {
        return brokenConcepts;
    }

    /** True when {@code s} matches {@link #NAME}: a letter or '_', then letters, digits and '_'. */
    static boolean isName(String s) {
        if (s.isEmpty() || !isNameStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isNameStart(c) && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    static Row.At at(String s) {
        return switch (s) {
            case "start" -> Row.At.START;
            case "end" -> Row.At.END;
            default -> throw new IllegalArgumentException(s);
        };
    }
}
