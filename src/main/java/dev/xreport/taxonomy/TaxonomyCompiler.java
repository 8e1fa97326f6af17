package dev.xreport.taxonomy;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Column;
import dev.xreport.model.Dims;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.FactTable;
import dev.xreport.model.Period;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.RowRole;
import dev.xreport.model.Table;
import dev.xreport.model.Text;
import dev.xreport.model.Unit;
import dev.xreport.model.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compiles a report's taxonomy from the report itself: one concept per concept its facts use
 * (type from the unit, period type from the periods, balance and labels from the vocabulary),
 * one extended link role per table, the presentation network from the table's rows in order,
 * the calculation network from the rows' {@code sum:}, and a dimensional definition network
 * for each table with dimension members. The report's tables and vocabulary are the one source;
 * the XBRL files are their compiled form.
 */
public final class TaxonomyCompiler {
    private static final String PARENT_CHILD = "http://www.xbrl.org/2003/arcrole/parent-child";
    private static final String SUMMATION_ITEM = "http://www.xbrl.org/2003/arcrole/summation-item";
    private static final String ALL = "http://xbrl.org/int/dim/arcrole/all";
    private static final String HYPERCUBE_DIMENSION = "http://xbrl.org/int/dim/arcrole/hypercube-dimension";
    private static final String DIMENSION_DOMAIN = "http://xbrl.org/int/dim/arcrole/dimension-domain";
    private static final String DOMAIN_MEMBER = "http://xbrl.org/int/dim/arcrole/domain-member";
    private static final String DIMENSION_DEFAULT = "http://xbrl.org/int/dim/arcrole/dimension-default";

    private final Report report;
    private final Findings findings;
    private final Vocabulary vocabulary;
    private final Map<String, Taxonomy.Concept> concepts = new LinkedHashMap<>();
    private final Map<String, Map<String, Map<String, String>>> labels = new TreeMap<>();
    private final List<Taxonomy.Role> roles = new ArrayList<>();
    private final List<Taxonomy.Network> presentation = new ArrayList<>();
    private final List<Taxonomy.Network> calculation = new ArrayList<>();
    private final List<Taxonomy.Network> definition = new ArrayList<>();
    private final Map<String, Set<String>> axisMembers = new TreeMap<>();
    private final Map<String, Map<String, String>> rowLabels = new LinkedHashMap<>();
    /** axis → member → the member it is part of (from the tables' totals over members). */
    private final Map<String, Map<String, String>> memberParents = new TreeMap<>();
    /** The type of abstract axes, domains, members and hypercubes (the Data Type Registry's). */
    static final String DOMAIN_TYPE = "nonnum:domainItemType";
    private final Cells cells;
    /** The language the report's own words (row labels, titles) are in. */
    private final String base;

    private TaxonomyCompiler(Report report, Findings findings) {
        this.report = report;
        this.findings = findings;
        this.vocabulary = report.vocabulary();
        this.cells = new Cells(report);
        this.base = report.language();
    }

    /** What a domain (the total of an axis's members) is called, in the languages xreport knows the word in. */
    private static final Map<String, String> DOMAIN_WORDS = Map.of("en", "Total", "zh", "合计");

    /** The domain's label in each language of the report that xreport has the word for, else in English. */
    private void domainLabels(String domain) {
        boolean any = false;
        for (String lang : report.languages()) {
            String word = DOMAIN_WORDS.get(lang);
            if (word != null) {
                label(domain, Taxonomy.LABEL, lang, word);
                any = true;
            }
        }
        if (!any) {
            label(domain, Taxonomy.LABEL, "en", DOMAIN_WORDS.get("en"));
        }
    }

    /** The taxonomy of {@code report}; problems (a concept with facts of two period types) become findings. */
    public static Taxonomy compile(Report report, Findings findings) {
        return new TaxonomyCompiler(report, findings).run();
    }

    private Taxonomy run() {
        declareFactConcepts();
        declareDimensions();
        int order = 1;
        for (Table t : report.tables()) {
            if (t instanceof FactTable table) {
                String uri = vocabulary.namespace() + "/role/" + table.id();
                Text title = vocabulary.tables().getOrDefault(table.id(), Text.of(base, table.title() == null ? table.id() : table.title()));
                roles.add(new Taxonomy.Role("role_" + camel(table.id()), uri, String.format("%03d - %s", order++, title.in(base)),
                        List.of("link:presentationLink", "link:calculationLink", "link:definitionLink")));
                String root = camel(table.id()) + "Abstract";
                declareAbstract(root, title);
                Set<String> axes = tableAxes(table);
                presentation.add(new Taxonomy.Network(uri, presentationArcs(table, root, axes)));
                List<Taxonomy.Arc> calc = calculationArcs(table);
                if (!calc.isEmpty()) {
                    calculation.add(new Taxonomy.Network(uri, calc));
                }
                List<Taxonomy.Arc> def = definitionArcs(table, axes);
                if (!def.isEmpty()) {
                    definition.add(new Taxonomy.Network(uri, def));
                }
            }
        }
        checkDimensionalFacts();
        return new Taxonomy(report.id(), vocabulary.namespace(), vocabulary.prefix(), List.copyOf(concepts.values()),
                roles, labels, presentation, calculation, definition, rowLabels);
    }

    /**
     * XBRL Dimensions: a fact with dimension members is valid only in a hypercube that has all its
     * axes and the fact's concept as a primary item. The compiler builds one per table; a fact no
     * table shows with its axes would be invalid in every one.
     */
    private void checkDimensionalFacts() {
        // per network: its axes and its primary items, read once (a fact is then checked in constant time per network)
        List<Set<String>> axesOf = new ArrayList<>();
        List<Set<String>> primaryOf = new ArrayList<>();
        for (Taxonomy.Network n : definition) {
            Set<String> axes = new HashSet<>();
            Set<String> primary = new HashSet<>();
            for (Taxonomy.Arc a : n.arcs()) {
                if (a.arcrole().equals(HYPERCUBE_DIMENSION)) {
                    axes.add(a.to());
                } else if (a.arcrole().equals(DOMAIN_MEMBER) && a.from().endsWith("LineItems")) {
                    primary.add(a.to());
                }
            }
            axesOf.add(axes);
            primaryOf.add(primary);
        }
        for (Fact f : report.facts()) {
            if (f.dims().isEmpty()) {
                continue;
            }
            boolean valid = false;
            for (int i = 0; i < axesOf.size() && !valid; i++) {
                valid = primaryOf.get(i).contains(f.concept()) && axesOf.get(i).containsAll(f.dims().members().keySet());
            }
            if (!valid) {
                findings.add(Code.TAX_DIMENSIONS, f.source(), f.key() + " has dimension members, but no table shows "
                        + f.concept() + " with " + String.join(" and ", f.dims().members().keySet())
                        + ", so the fact would be dimensionally invalid (XBRL Dimensions 1.0, 3.1.4.5)");
            }
        }
    }

    // ------------------------------------------------------------------ concepts

    private void declareFactConcepts() {
        Map<String, Fact> first = new LinkedHashMap<>();
        for (Fact f : report.facts()) {
            Fact seen = first.putIfAbsent(f.concept(), f);
            if (seen != null) {
                if (periodType(seen) != null && !periodType(seen).equals(periodType(f))) {
                    findings.add(Code.TAX_PERIOD_TYPE, f.source(), f.concept() + " has facts for instants and for durations ("
                            + seen.period() + " at " + seen.source().location() + ", " + f.period()
                            + " here); a concept has one period type");
                } else if (!type(seen).equals(type(f))) {
                    findings.add(Code.TAX_TYPE, f.source(), f.concept() + " has facts of two kinds: " + type(seen)
                            + " at " + seen.source().location() + " and " + type(f) + " here");
                }
            }
        }
        for (Fact f : first.values()) {
            Vocabulary.ConceptInfo info = vocabulary.concepts().get(f.concept());
            Unit unit = f.isNumeric() ? report.units().get(f.unit()) : null;
            String balance = info != null && unit != null && unit.isMonetary() ? info.balance() : null;
            concepts.put(f.concept(), new Taxonomy.Concept(f.concept(), type(f), periodType(f), balance, false, "xbrli:item"));
            Text std = info != null && !info.label().byLanguage().isEmpty() ? info.label() : null;
            String en = std != null && std.byLanguage().containsKey(base) ? std.byLanguage().get(base) : firstRowLabel(f.concept());
            label(f.concept(), Taxonomy.LABEL, base, en);
            if (std != null && std.byLanguage().containsKey("zh")) {
                label(f.concept(), Taxonomy.LABEL, "zh", std.byLanguage().get("zh"));
            }
        }
    }

    private String periodType(Fact f) {
        Period p = report.periods().get(f.period());
        return p == null ? null : p.isInstant() ? "instant" : "duration";
    }

    private String type(Fact f) {
        if (!f.isNumeric()) {
            Vocabulary.ConceptInfo info = vocabulary.concepts().get(f.concept());
            String kind = info == null ? null : info.type();
            return "date".equals(kind) ? "xbrli:dateItemType" : "uri".equals(kind) ? "xbrli:anyURIItemType" : "xbrli:stringItemType";
        }
        Unit unit = report.units().get(f.unit());
        if (unit == null || unit.isMonetary()) {
            return "xbrli:monetaryItemType";
        }
        if (unit.isPure()) {
            return "xbrli:pureItemType";
        }
        return unit.measure().equals("xbrli:shares") ? "xbrli:sharesItemType" : "xbrli:decimalItemType";
    }

    private void declareAbstract(String name, Text label) {
        if (concepts.containsKey(name)) {
            return;
        }
        concepts.put(name, new Taxonomy.Concept(name, "xbrli:stringItemType", "duration", null, true, "xbrli:item"));
        label.byLanguage().forEach((lang, text) -> label(name, Taxonomy.LABEL, lang, text));
    }

    private void declareDimensions() {
        for (Fact f : report.facts()) {
            f.dims().members().forEach((axis, member) -> axisMembers.computeIfAbsent(axis, a -> new LinkedHashSet<>()).add(member));
        }
        for (Table t : report.tables()) {
            if (t instanceof FactTable table) {
                for (Row r : table.rows()) {
                    if (r.dims().members().size() != 1 || r.sum().isEmpty()) {
                        continue;
                    }
                    Map.Entry<String, String> whole = r.dims().members().entrySet().iterator().next();
                    for (Row.Term term : r.sum()) {
                        table.row(term.row()).map(Row::dims).map(Dims::members).ifPresent(part -> {
                            String member = part.get(whole.getKey());
                            if (part.size() == 1 && member != null && !member.equals(whole.getValue())) {
                                memberParents.computeIfAbsent(whole.getKey(), a -> new LinkedHashMap<>())
                                        .putIfAbsent(member, whole.getValue());
                            }
                        });
                    }
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : axisMembers.entrySet()) {
            String axis = e.getKey();
            Vocabulary.AxisInfo info = vocabulary.axes().get(axis);
            concepts.put(axis, new Taxonomy.Concept(axis, DOMAIN_TYPE, "duration", null, true, "xbrldt:dimensionItem"));
            labelAll(axis, info == null ? null : info.label(), words(axis));
            String domain = domainOf(axis);
            concepts.put(domain, new Taxonomy.Concept(domain, DOMAIN_TYPE, "duration", null, true, "xbrli:item"));
            domainLabels(domain);
            for (String member : e.getValue()) {
                concepts.put(member, new Taxonomy.Concept(member, DOMAIN_TYPE, "duration", null, true, "xbrli:item"));
                labelAll(member, info == null ? null : info.members().get(member), words(member));
            }
        }
    }

    private static String domainOf(String axis) {
        return (axis.endsWith("Axis") ? axis.substring(0, axis.length() - 4) : axis) + "Domain";
    }

    private void labelAll(String concept, Text text, String fallback) {
        if (text != null && !text.byLanguage().isEmpty()) {
            text.byLanguage().forEach((lang, s) -> label(concept, Taxonomy.LABEL, lang, s));
        }
        labels.computeIfAbsent(concept, c -> new TreeMap<>()).computeIfAbsent(Taxonomy.LABEL, r -> new TreeMap<>())
                .putIfAbsent(base, fallback);
    }

    /** The label of the first row without members that shows each concept (found in one pass over the tables). */
    private Map<String, String> firstRowLabels;

    private String firstRowLabel(String concept) {
        if (firstRowLabels == null) {
            firstRowLabels = new HashMap<>();
            for (Table t : report.tables()) {
                if (t instanceof FactTable ft) {
                    for (Row r : ft.rows()) {
                        if (r.concept() != null && r.dims().isEmpty() && !r.label().isBlank()) {
                            firstRowLabels.computeIfAbsent(r.concept(), k -> plain(r.label()));
                        }
                    }
                }
            }
        }
        String label = firstRowLabels.get(concept);
        return label != null ? label : words(concept);
    }

    /** "Less: Treasury stock" → "Treasury stock"; "I. Operating income" → "Operating income". */
    static String plain(String label) {
        String s = label.strip().replaceAll("^(Less|Add|Including|Of which|Among which)\\s*:\\s*", "")
                .replaceAll("^\\(?[IVX]+[.)]\\s+", "").replaceAll("^\\(?\\d+[.)]\\s+", "").replaceAll(":$", "").strip();
        return s.isEmpty() ? label.strip() : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "NetInterestIncome" → "Net interest income". */
    static String words(String name) {
        String s = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z])([A-Z][a-z])", "$1 $2");
        return s.isEmpty() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    /** "balance-sheet" → "BalanceSheet"; "I. Operating income" → "OperatingIncome". */
    static String camel(String text) {
        StringBuilder sb = new StringBuilder();
        for (String w : plain(text).split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        if (sb.length() == 0 || Character.isDigit(sb.charAt(0))) {
            sb.insert(0, "X");
        }
        return sb.toString();
    }

    private void label(String concept, String role, String lang, String text) {
        labels.computeIfAbsent(concept, c -> new TreeMap<>()).computeIfAbsent(role, r -> new TreeMap<>()).put(lang, text);
    }

    // ------------------------------------------------------------------ presentation

    /** The axes a table uses in its columns or rows. */
    private Set<String> tableAxes(FactTable table) {
        Set<String> axes = new LinkedHashSet<>();
        for (Column c : table.columns()) {
            axes.addAll(c.dims().members().keySet());
        }
        for (Row r : table.rows()) {
            axes.addAll(r.dims().members().keySet());
        }
        axes.retainAll(axisMembers.keySet());
        return axes;
    }

    /**
     * A table with dimension members is presented as XBRL practice has it: the table's abstract,
     * under it the hypercube ("[table]") with each axis, its domain and the members (nested as the
     * table's totals nest them), and the line items ("[line items]") with the rows that have no
     * members of their own. Other tables list their rows under the abstract.
     */
    private List<Taxonomy.Arc> presentationArcs(FactTable table, String root, Set<String> axes) {
        List<Taxonomy.Arc> arcs = new ArrayList<>();
        String parent = root;
        if (!axes.isEmpty()) {
            String hypercube = hypercubeOf(table);
            String lineItems = camel(table.id()) + "LineItems";
            Text title = tableTitle(table);
            Map<String, String> words = new LinkedHashMap<>();
            title.byLanguage().forEach((lang, text) -> words.put(lang, text + (lang.equals("zh") ? "（项目）" : " [line items]")));
            declareAbstract(lineItems, new Text(words));
            arcs.add(new Taxonomy.Arc(PARENT_CHILD, root, hypercube, 1, null, null, Map.of()));
            int order = 1;
            for (String axis : axes) {
                arcs.add(new Taxonomy.Arc(PARENT_CHILD, hypercube, axis, order++, null, null, Map.of()));
                String domain = domainOf(axis);
                arcs.add(new Taxonomy.Arc(PARENT_CHILD, axis, domain, 1, null, null, Map.of()));
                memberArcs(PARENT_CHILD, axis, domain, arcs);
            }
            arcs.add(new Taxonomy.Arc(PARENT_CHILD, root, lineItems, 2, null, null, Map.of()));
            parent = lineItems;
        }
        arcs.addAll(new LineItems(table, parent).arcs());
        return arcs;
    }

    /** domain → members and member → sub-members (a member whose row adds up others is their parent). */
    private void memberArcs(String arcrole, String axis, String domain, List<Taxonomy.Arc> arcs) {
        Map<String, String> parents = memberParents.getOrDefault(axis, Map.of());
        Map<String, Integer> orders = new LinkedHashMap<>();
        for (String member : axisMembers.get(axis)) {
            String p = parents.getOrDefault(member, domain);
            arcs.add(new Taxonomy.Arc(arcrole, p, member, orders.merge(p, 1, Integer::sum), null, null, Map.of()));
        }
    }

    private Text tableTitle(FactTable table) {
        return vocabulary.tables().getOrDefault(table.id(), Text.of(base, table.title() == null ? table.id() : table.title()));
    }

    private String hypercubeOf(FactTable table) {
        String hypercube = camel(table.id()) + "Table";
        if (!concepts.containsKey(hypercube)) {
            concepts.put(hypercube, new Taxonomy.Concept(hypercube, DOMAIN_TYPE, "duration", null, true, "xbrldt:hypercubeItem"));
            tableTitle(table).byLanguage().forEach((lang, text) ->
                    label(hypercube, Taxonomy.LABEL, lang, text + (lang.equals("zh") ? "（表）" : " [table]")));
        }
        return hypercube;
    }

    /**
     * The rows of a table as a presentation tree. A heading groups the rows after it until the next
     * heading of its level (a heading directly followed by another is the parent of both; a heading
     * whose rows are indented groups only those); a total moves out to the group that holds all its
     * lines; a row numbered like a chapter ("IV. Profit before tax") leaves the numbered groups; an
     * indented row ("Including: consumer loans") sits under the row above it.
     */
    private final class LineItems {
        private final FactTable table;
        private final Deque<Frame> frames = new ArrayDeque<>();
        private final Map<String, Integer> orders = new LinkedHashMap<>();
        private final List<Taxonomy.Arc> arcs = new ArrayList<>();

        private final class Frame {
            final String concept;
            final String label;
            final int depth;
            final boolean sub;
            final Set<String> rows = new LinkedHashSet<>();
            final Map<Integer, String> itemsByDepth = new TreeMap<>();
            boolean hasRows;
            int childDepth = -1;

            Frame(String concept, String label, int depth, boolean sub) {
                this.concept = concept;
                this.label = label;
                this.depth = depth;
                this.sub = sub;
            }
        }

        LineItems(FactTable table, String root) {
            this.table = table;
            frames.push(new Frame(root, "", -1, false));
        }

        private boolean presented(Row r) {
            return !r.hasFigures() || (r.dims().isEmpty() && concepts.containsKey(r.concept()));
        }

        List<Taxonomy.Arc> arcs() {
            List<Row> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (!presented(row)) {
                    if (row.hasFigures() && concepts.containsKey(row.concept())) {
                        Map<String, String> words = new LinkedHashMap<>();
                        words.put(base, row.label());
                        String zh = zhFor(row, labels.get(row.concept()).get(Taxonomy.LABEL));
                        if (zh != null) {
                            words.put("zh", zh);
                        }
                        rowLabels.put(table.id() + "/" + row.id(), words);
                    }
                    // shown by its members, not as a line item; it still belongs where it stands,
                    // so that a total over it moves to the right group
                    for (Frame f : frames) {
                        f.rows.add(row.id());
                    }
                    continue;
                }
                if (!row.hasFigures()) {
                    heading(row, nextPresented(rows, i));
                } else {
                    item(row);
                }
            }
            return arcs;
        }

        private Row nextPresented(List<Row> rows, int from) {
            for (int j = from + 1; j < rows.size(); j++) {
                if (presented(rows.get(j))) {
                    return rows.get(j);
                }
            }
            return null;
        }

        private void heading(Row row, Row next) {
            String concept = camel(row.label()) + "Heading";
            Text words = headingText(table, row);
            declareAbstract(concept, words);
            rowLabels.put(table.id() + "/" + row.id(), words.byLanguage());
            boolean sub = next != null && next.hasFigures() && next.depth() > row.depth();
            // a heading whose rows are all shown by their members (segment after segment) ends at the next
            // heading indented as far: without this, such headings would nest ever deeper
            while (frames.size() > 1 && frames.peek().depth >= row.depth() && !frames.peek().hasRows && frames.peek().rows.size() > 0) {
                frames.pop();
            }
            if (ROMAN.matcher(row.label()).lookingAt()) {
                while (frames.size() > 1 && (ROMAN.matcher(frames.peek().label).lookingAt() || frames.peek().sub)) {
                    frames.pop();
                }
            }
            if (!sub) {
                while (frames.size() > 1 && (frames.peek().hasRows || frames.peek().sub)) {
                    frames.pop();
                }
            }
            add(frames.peek(), frames.peek().concept, concept, null, row, false);
            frames.push(new Frame(concept, row.label(), row.depth(), sub));
        }

        private void item(Row row) {
            Set<String> terms = new LinkedHashSet<>();
            for (Row.Term t : row.sum()) {
                table.row(t.row()).ifPresent(r -> terms.add(r.id()));
            }
            if (!terms.isEmpty()) {
                while (frames.size() > 1 && !frames.peek().rows.containsAll(terms)) {
                    frames.pop();
                }
            }
            if (ROMAN.matcher(row.label()).lookingAt()) {
                while (frames.size() > 1 && ROMAN.matcher(frames.peek().label).lookingAt()) {
                    frames.pop();
                }
            }
            while (frames.size() > 1 && frames.peek().sub && row.depth() <= frames.peek().depth) {
                frames.pop();
            }
            Frame frame = frames.peek();
            if (frame.childDepth < 0) {
                frame.childDepth = row.depth();
            }
            String parent = frame.concept;
            for (Map.Entry<Integer, String> e : frame.itemsByDepth.entrySet()) {
                if (e.getKey() >= frame.childDepth && e.getKey() < row.depth() && !e.getValue().equals(row.concept())) {
                    parent = e.getValue();
                }
            }
            add(frame, parent, row.concept(), preferredLabel(table, row), row, true);
            frame.itemsByDepth.keySet().removeIf(d -> d >= row.depth());
            frame.itemsByDepth.put(row.depth(), row.concept());
        }

        private void add(Frame frame, String parent, String concept, String preferred, Row row, boolean isItem) {
            int order = orders.merge(parent, 1, Integer::sum);
            arcs.add(new Taxonomy.Arc(PARENT_CHILD, parent, concept, order, null, preferred, Map.of()));
            for (Frame f : frames) {
                f.rows.add(row.id());
            }
            if (isItem) {
                frame.hasRows = true;
            }
        }
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVX]+\\.\\s");

    private Text headingText(FactTable table, Row row) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(base, row.label());
        String zh = vocabulary.headings().getOrDefault(table.id(), Map.of()).get(row.label());
        if (zh != null) {
            m.put("zh", zh);
        }
        return new Text(m);
    }

    /** The label role a row shows its concept with; declares the label when the row's words are its own. */
    private String preferredLabel(FactTable table, Row row) {
        String role;
        if (row.negated()) {
            role = row.role() == RowRole.TOTAL ? Taxonomy.NEGATED_TOTAL : Taxonomy.NEGATED;
        } else if (row.at() == Row.At.START) {
            role = Taxonomy.PERIOD_START;
        } else if (row.at() == Row.At.END) {
            role = Taxonomy.PERIOD_END;
        } else if (row.role() == RowRole.TOTAL) {
            role = Taxonomy.TOTAL;
        } else {
            role = Taxonomy.TERSE;
        }
        Map<String, String> standard = labels.get(row.concept()).get(Taxonomy.LABEL);
        String key = table.id() + "/" + row.id();
        if (role.equals(Taxonomy.TERSE) && row.label().equals(standard.get(base))) {
            rowLabels.put(key, standard);
            return null;
        }
        Map<String, String> existing = labels.get(row.concept()).get(role);
        if (existing != null && row.label().equalsIgnoreCase(existing.get(base))) {
            rowLabels.put(key, existing);
            return role; // the same words, written in capitals on one page
        }
        if (existing != null && !row.label().equals(existing.get(base))) {
            role = vocabulary.namespace() + "/role/label/" + table.id() + "/" + row.id();
            String id = "role_label_" + camel(table.id()) + "_" + camel(row.id());
            if (roles.stream().noneMatch(r -> r.uri().equals(vocabulary.namespace() + "/role/label/" + table.id() + "/" + row.id()))) {
                roles.add(new Taxonomy.Role(id, role, "Label of row \"" + row.label() + "\" in " + table.id(), List.of("link:label")));
            }
        }
        label(row.concept(), role, base, row.label());
        String zh = zhFor(row, standard);
        if (zh != null && row.at() != Row.At.DURATION) {
            zh = zh + (row.at() == Row.At.START ? "（期初）" : "（期末）");
        }
        if (zh != null) {
            labels.get(row.concept()).get(role).putIfAbsent("zh", zh);
        }
        rowLabels.put(key, labels.get(row.concept()).get(role));
        return role;
    }

    /** The Chinese words of a row: its member's label for a dimensional row, else the concept's standard label. */
    private String zhFor(Row row, Map<String, String> standard) {
        if (row.dims().members().size() == 1) {
            Map.Entry<String, String> e = row.dims().members().entrySet().iterator().next();
            Vocabulary.AxisInfo axis = vocabulary.axes().get(e.getKey());
            Text member = axis == null ? null : axis.members().get(e.getValue());
            if (member != null && member.byLanguage().containsKey("zh")) {
                return member.byLanguage().get("zh");
            }
        }
        return standard.get("zh");
    }

    // ------------------------------------------------------------------ calculation

    /**
     * Summation-item relationships for the totals whose lines share the total's context: the same
     * dimension members as the total (a segment's lines sum to that segment's total) and no
     * opening/closing balances (those sums are checked by xreport's own rules).
     */
    private List<Taxonomy.Arc> calculationArcs(FactTable table) {
        List<Taxonomy.Arc> arcs = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>();
        for (Row row : table.rows()) {
            if (row.sum().isEmpty() || !sameContext(row) || !concepts.containsKey(row.concept())) {
                continue;
            }
            List<Taxonomy.Arc> these = new ArrayList<>();
            boolean ok = true;
            int order = 1;
            for (Row.Term term : row.sum()) {
                Row t = table.row(term.row()).orElse(null);
                if (t == null || !sameContext(t) || !t.dims().equals(row.dims()) || !concepts.containsKey(t.concept())
                        || !concepts.get(t.concept()).periodType().equals(concepts.get(row.concept()).periodType())) {
                    ok = false;
                    break;
                }
                these.add(new Taxonomy.Arc(SUMMATION_ITEM, row.concept(), t.concept(), order++, term.weight(), null, Map.of()));
            }
            if (ok && declared.add(row.concept()) && boundOnlyWhereTheTableShowsIt(table, row, these)) {
                arcs.addAll(these);
            }
        }
        return arcs;
    }

    /**
     * XBRL binds a summation-item relationship in every context where its total and any of its
     * items are reported, not only in the table's columns. Where the report states the total with
     * only some of its lines outside this table (the 2020 key indicators give net profit and profit
     * before tax but no income tax; the 2022 equity statement's appropriations have no surplus
     * reserve line that 2021 has), the relationship would be inconsistent there although the
     * table adds up. Such a relationship stays out of the calculation linkbase (an INFO finding
     * says so); xreport's own rules still check the table.
     */
    private boolean boundOnlyWhereTheTableShowsIt(FactTable table, Row total, List<Taxonomy.Arc> arcs) {
        Set<FactKey> shown = new LinkedHashSet<>();
        for (Column c : table.valueColumns()) {
            if (cells.address(table, total, c) instanceof Cells.Found f) {
                shown.add(f.key());
            }
        }
        for (Fact t : report.facts()) {
            if (!t.concept().equals(total.concept()) || shown.contains(t.key()) || !t.isNumeric()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean bound = false;
            for (Taxonomy.Arc a : arcs) {
                Optional<Fact> item = cells.facts().get(new FactKey(a.to(), t.period(), t.dims()));
                if (item.isPresent() && item.get().isNumeric()) {
                    bound = true;
                    sum = sum.add(item.get().value().multiply(BigDecimal.valueOf(a.weight())));
                }
            }
            if (bound && sum.compareTo(t.value()) != 0) {
                findings.add(Code.TAX_CALC_LEFT_OUT, total.source(), "the total " + total.concept() + " of table \""
                        + table.id() + "\" is left out of the calculation linkbase: XBRL would also check it for "
                        + t.key() + ", which the table does not show and whose lines the report does not all give");
                return false;
            }
        }
        return true;
    }

    private static boolean sameContext(Row row) {
        return row.at() == Row.At.DURATION && row.period() == null;
    }

    // ------------------------------------------------------------------ definition

    /**
     * For a table with dimension members: the line items are the primary item, joined by an "all"
     * relationship to a closed hypercube of the table's axes; each axis has its domain (the default,
     * "Total") and the members nested as the table's totals nest them. The primary items are the
     * concepts the table shows with members: every row when the columns are members, else the rows
     * that carry members themselves.
     */
    private List<Taxonomy.Arc> definitionArcs(FactTable table, Set<String> axes) {
        if (axes.isEmpty()) {
            return List.of();
        }
        String hypercube = hypercubeOf(table);
        String lineItems = camel(table.id()) + "LineItems";
        List<Taxonomy.Arc> arcs = new ArrayList<>();
        arcs.add(new Taxonomy.Arc(ALL, lineItems, hypercube, 1, null, null,
                Map.of("xbrldt:closed", "true", "xbrldt:contextElement", "segment")));
        int order = 1;
        for (String axis : axes) {
            arcs.add(new Taxonomy.Arc(HYPERCUBE_DIMENSION, hypercube, axis, order++, null, null, Map.of()));
            String domain = domainOf(axis);
            arcs.add(new Taxonomy.Arc(DIMENSION_DOMAIN, axis, domain, 1, null, null, Map.of()));
            memberArcs(DOMAIN_MEMBER, axis, domain, arcs);
            arcs.add(new Taxonomy.Arc(DIMENSION_DEFAULT, axis, domain, 1, null, null, Map.of()));
        }
        boolean memberColumns = table.columns().stream().anyMatch(c -> !c.dims().isEmpty());
        Set<String> primaries = new LinkedHashSet<>();
        for (Row r : table.rows()) {
            if (r.hasFigures() && concepts.containsKey(r.concept()) && (memberColumns || !r.dims().isEmpty())) {
                primaries.add(r.concept());
            }
        }
        int p = 1;
        for (String concept : primaries) {
            arcs.add(new Taxonomy.Arc(DOMAIN_MEMBER, lineItems, concept, p++, null, null, Map.of()));
        }
        return arcs;
    }
}
