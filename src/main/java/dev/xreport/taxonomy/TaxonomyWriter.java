package dev.xreport.taxonomy;

import dev.xreport.xbrl.XbrlNamespaces;
import dev.xreport.xbrl.XmlOut;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Taxonomy} as a Taxonomy Package 1.0 folder: the schema (entry point), label
 * linkbases in English and Chinese, presentation, calculation and definition linkbases, and
 * META-INF/taxonomyPackage.xml and catalog.xml. The same taxonomy gives the same bytes.
 */
public final class TaxonomyWriter {
    static final String XSD = XbrlNamespaces.XS;
    static final String XBRLI = XbrlNamespaces.XBRLI;
    static final String LINK = XbrlNamespaces.LINK;
    static final String XLINK = XbrlNamespaces.XLINK;
    static final String XBRLDT = XbrlNamespaces.XBRLDT;
    static final String XBRLI_XSD = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd";
    static final String XBRLDT_XSD = "http://www.xbrl.org/2005/xbrldt-2005.xsd";
    static final String NEGATED_XSD = "http://www.xbrl.org/lrr/role/negated-2009-12-16.xsd";
    static final String NONNUM = XbrlNamespaces.NONNUM;
    static final String NONNUM_XSD = "http://www.xbrl.org/dtr/type/nonNumeric-2009-12-16.xsd";
    static final String XBRLDT_ARCROLES = "http://www.xbrl.org/2005/xbrldt-2005.xsd";

    private TaxonomyWriter() { }

    /** The entry point's file name: {@code <name>.xsd}. */
    public static String entryPoint(Taxonomy t) {
        return t.name() + ".xsd";
    }

    /** The languages the taxonomy has labels in, each with its own label linkbase: English first, then alphabetical. */
    static List<String> languages(Taxonomy t) {
        java.util.Set<String> all = new java.util.TreeSet<>();
        t.labels().values().forEach(byRole -> byRole.values().forEach(byLang -> all.addAll(byLang.keySet())));
        List<String> out = new ArrayList<>(all);
        if (out.remove("en")) {
            out.add(0, "en");
        }
        return out;
    }

    /** Writes every file of the taxonomy into {@code dir} and returns them, entry point first. */
    public static List<Path> write(Taxonomy t, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("META-INF"));
        List<Path> files = new ArrayList<>();
        files.add(write(dir.resolve(entryPoint(t)), out -> schema(t, out)));
        for (String lang : languages(t)) {
            files.add(write(dir.resolve(t.name() + "_lab-" + lang + ".xml"), out -> labels(t, lang, out)));
        }
        files.add(write(dir.resolve(t.name() + "_pre.xml"), out -> network(t, "presentation", t.presentation(), out)));
        files.add(write(dir.resolve(t.name() + "_cal.xml"), out -> network(t, "calculation", t.calculation(), out)));
        files.add(write(dir.resolve(t.name() + "_def.xml"), out -> network(t, "definition", t.definition(), out)));
        files.add(write(dir.resolve("META-INF/taxonomyPackage.xml"), out -> packageFile(t, out)));
        files.add(write(dir.resolve("META-INF/catalog.xml"), out -> catalog(t, out)));
        return files;
    }

    /**
     * The taxonomy as a Taxonomy Package 1.0 archive: a ZIP with one top folder ({@code <name>/})
     * holding META-INF and the taxonomy files. Entries have a fixed time, so the same taxonomy
     * gives the same bytes.
     */
    public static Path zip(Taxonomy t, Path zipFile) throws IOException {
        Path dir = Files.createTempDirectory("xreport-taxonomy-");
        try {
            List<Path> files = write(t, dir);
            files.sort(java.util.Comparator.comparing(p -> dir.relativize(p).toString()));
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(
                    new java.io.BufferedOutputStream(Files.newOutputStream(zipFile)))) {
                for (Path f : files) {
                    java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(t.name() + "/" + dir.relativize(f).toString().replace('\\', '/'));
                    e.setTimeLocal(java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
                    zip.putNextEntry(e);
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
            return zipFile;
        } finally {
            dev.xreport.internal.Trees.delete(dir);
        }
    }

    /** The URL under which the taxonomy is published (and which its catalog maps to the package). */
    public static String baseUrl(Taxonomy t) {
        return t.namespace().endsWith("/") ? t.namespace() : t.namespace() + "/";
    }

    private interface Body {
        void write(XmlOut out) throws IOException;
    }

    private static Path write(Path file, Body body) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); XmlOut out = new XmlOut(os)) {
            body.write(out);
        }
        return file;
    }

    private static boolean dimensional(Taxonomy t) {
        return t.concepts().stream().anyMatch(c -> c.substitutionGroup().startsWith("xbrldt:"));
    }

    private static void schema(Taxonomy t, XmlOut x) throws IOException {
        x.start("xs:schema").namespace("xs", XSD).namespace("xbrli", XBRLI).namespace("link", LINK)
                .namespace("xlink", XLINK).namespace(t.prefix(), t.namespace());
        if (dimensional(t)) {
            x.namespace("xbrldt", XBRLDT).namespace("nonnum", NONNUM);
        }
        x.attr("targetNamespace", t.namespace()).attr("elementFormDefault", "qualified")
                .attr("attributeFormDefault", "unqualified");
        x.start("xs:annotation").start("xs:appinfo");
        List<String> kinds = new ArrayList<>();
        languages(t).forEach(lang -> kinds.add("lab-" + lang));
        kinds.addAll(List.of("pre", "cal", "def"));
        for (String kind : kinds) {
            String role = switch (kind) {
                case "pre" -> "http://www.xbrl.org/2003/role/presentationLinkbaseRef";
                case "cal" -> "http://www.xbrl.org/2003/role/calculationLinkbaseRef";
                case "def" -> "http://www.xbrl.org/2003/role/definitionLinkbaseRef";
                default -> "http://www.xbrl.org/2003/role/labelLinkbaseRef";
            };
            x.start("link:linkbaseRef").attr("xlink:type", "simple").attr("xlink:href", t.name() + "_" + kind + ".xml")
                    .attr("xlink:role", role).attr("xlink:arcrole", "http://www.w3.org/1999/xlink/properties/linkbase").end();
        }
        for (Taxonomy.Role r : t.roles()) {
            x.start("link:roleType").attr("roleURI", r.uri()).attr("id", r.id());
            x.leaf("link:definition", r.definition());
            for (String used : r.usedOn()) {
                x.leaf("link:usedOn", used);
            }
            x.end();
        }
        x.end().end();
        x.start("xs:import").attr("namespace", XBRLI).attr("schemaLocation", XBRLI_XSD).end();
        if (dimensional(t)) {
            x.start("xs:import").attr("namespace", XBRLDT).attr("schemaLocation", XBRLDT_XSD).end();
            x.start("xs:import").attr("namespace", NONNUM).attr("schemaLocation", NONNUM_XSD).end();
        }
        for (Taxonomy.Concept c : t.concepts()) {
            x.start("xs:element").attr("name", c.name()).attr("id", t.prefix() + "_" + c.name()).attr("type", c.type())
                    .attr("substitutionGroup", c.substitutionGroup()).attr("nillable", "true")
                    .attr("abstract", c.isAbstract() ? "true" : null).attr("xbrli:periodType", c.periodType())
                    .attr("xbrli:balance", c.balance()).end();
        }
        x.end();
    }

    private static void labels(Taxonomy t, String lang, XmlOut x) throws IOException {
        linkbase(t, x);
        Set<String> customRoles = new LinkedHashSet<>();
        boolean negated = false;
        for (Map<String, Map<String, String>> byRole : t.labels().values()) {
            for (Map.Entry<String, Map<String, String>> e : byRole.entrySet()) {
                if (e.getValue().containsKey(lang)) {
                    if (e.getKey().startsWith(t.namespace())) {
                        customRoles.add(e.getKey());
                    }
                    negated |= e.getKey().startsWith("http://www.xbrl.org/2009/role/negated");
                }
            }
        }
        roleRefs(t, x, customRoles);
        if (negated) {
            x.start("link:roleRef").attr("roleURI", Taxonomy.NEGATED).attr("xlink:type", "simple")
                    .attr("xlink:href", NEGATED_XSD + "#negatedLabel").end();
            x.start("link:roleRef").attr("roleURI", Taxonomy.NEGATED_TOTAL).attr("xlink:type", "simple")
                    .attr("xlink:href", NEGATED_XSD + "#negatedTotalLabel").end();
        }
        x.start("link:labelLink").attr("xlink:type", "extended").attr("xlink:role", "http://www.xbrl.org/2003/role/link");
        for (Map.Entry<String, Map<String, Map<String, String>>> c : t.labels().entrySet()) {
            String concept = c.getKey();
            List<Map.Entry<String, String>> texts = new ArrayList<>();
            c.getValue().forEach((role, byLang) -> {
                if (byLang.containsKey(lang)) {
                    texts.add(Map.entry(role, byLang.get(lang)));
                }
            });
            if (texts.isEmpty()) {
                continue;
            }
            x.start("link:loc").attr("xlink:type", "locator").attr("xlink:href", entryPoint(t) + "#" + t.prefix() + "_" + concept)
                    .attr("xlink:label", "loc_" + concept).end();
            int i = 0;
            for (Map.Entry<String, String> e : texts) {
                String label = "lab_" + concept + "_" + i++;
                x.start("link:label").attr("xlink:type", "resource").attr("xlink:label", label)
                        .attr("xlink:role", e.getKey()).attr("xml:lang", lang.equals("zh") ? "zh-CN" : lang)
                        .attr("id", label + "_" + lang).text(e.getValue()).end();
            }
            for (int j = 0; j < texts.size(); j++) {
                x.start("link:labelArc").attr("xlink:type", "arc").attr("xlink:arcrole", "http://www.xbrl.org/2003/arcrole/concept-label")
                        .attr("xlink:from", "loc_" + concept).attr("xlink:to", "lab_" + concept + "_" + j).end();
            }
        }
        x.end().end();
    }

    private static void linkbase(Taxonomy t, XmlOut x) throws IOException {
        x.start("link:linkbase").namespace("link", LINK).namespace("xlink", XLINK)
                .namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
    }

    private static void roleRefs(Taxonomy t, XmlOut x, Set<String> uris) throws IOException {
        for (Taxonomy.Role r : t.roles()) {
            if (uris.contains(r.uri())) {
                x.start("link:roleRef").attr("roleURI", r.uri()).attr("xlink:type", "simple")
                        .attr("xlink:href", entryPoint(t) + "#" + r.id()).end();
            }
        }
    }

    private static void network(Taxonomy t, String kind, List<Taxonomy.Network> networks, XmlOut x) throws IOException {
        linkbase(t, x);
        if (kind.equals("definition")) {
            x.namespace("xbrldt", XBRLDT);
            Set<String> arcroles = new LinkedHashSet<>();
            networks.forEach(n -> n.arcs().forEach(a -> arcroles.add(a.arcrole())));
            for (String arcrole : arcroles) {
                x.start("link:arcroleRef").attr("arcroleURI", arcrole).attr("xlink:type", "simple")
                        .attr("xlink:href", XBRLDT_ARCROLES + "#" + arcrole.substring(arcrole.lastIndexOf('/') + 1)).end();
            }
        }
        Set<String> used = new LinkedHashSet<>();
        networks.forEach(n -> used.add(n.roleUri()));
        roleRefs(t, x, used);
        if (kind.equals("presentation")) {
            Set<String> negated = new LinkedHashSet<>();
            networks.forEach(n -> n.arcs().forEach(a -> {
                if (a.preferredLabel() != null && a.preferredLabel().startsWith("http://www.xbrl.org/2009/")) {
                    negated.add(a.preferredLabel());
                }
            }));
            for (String role : negated) {
                x.start("link:roleRef").attr("roleURI", role).attr("xlink:type", "simple")
                        .attr("xlink:href", NEGATED_XSD + "#" + role.substring(role.lastIndexOf('/') + 1)).end();
            }
        }
        for (Taxonomy.Network n : networks) {
            x.start("link:" + kind + "Link").attr("xlink:type", "extended").attr("xlink:role", n.roleUri());
            Locators locators = new Locators(n);
            for (Locators.Loc loc : locators.all()) {
                x.start("link:loc").attr("xlink:type", "locator").attr("xlink:href", entryPoint(t) + "#" + t.prefix() + "_" + loc.concept())
                        .attr("xlink:label", loc.label()).end();
            }
            for (int i = 0; i < n.arcs().size(); i++) {
                Taxonomy.Arc a = n.arcs().get(i);
                x.start("link:" + kind + "Arc").attr("xlink:type", "arc").attr("xlink:arcrole", a.arcrole())
                        .attr("xlink:from", locators.from(i)).attr("xlink:to", locators.to(i)).attr("order", Integer.toString(a.order()));
                if (a.weight() != null) {
                    x.attr("weight", a.weight() + ".0");
                }
                x.attr("preferredLabel", a.preferredLabel());
                x.attrs(new java.util.TreeMap<>(a.extra()));
                x.end();
            }
            x.end();
        }
        x.end();
    }

    private static void packageFile(Taxonomy t, XmlOut x) throws IOException {
        x.start("tp:taxonomyPackage").namespace("tp", "http://xbrl.org/2016/taxonomy-package").attr("xml:lang", "en");
        x.leaf("tp:identifier", baseUrl(t));
        x.leaf("tp:name", "Taxonomy of " + t.name());
        String languages = languages(t).stream()
                .map(l -> java.util.Locale.forLanguageTag(l).getDisplayLanguage(java.util.Locale.ENGLISH))
                .collect(java.util.stream.Collectors.joining(" and "));
        x.leaf("tp:description", "The concepts, labels (" + languages + "), presentation, calculation and "
                + "dimensions of the report " + t.name() + ", compiled by xreport from the report's data.");
        x.leaf("tp:version", "1.0");
        x.leaf("tp:publisher", "xreport");
        x.start("tp:entryPoints").start("tp:entryPoint");
        x.leaf("tp:name", t.name());
        x.start("tp:entryPointDocument").attr("href", baseUrl(t) + entryPoint(t)).end();
        x.end().end().end();
    }

    private static void catalog(Taxonomy t, XmlOut x) throws IOException {
        x.start("catalog").namespace("", "urn:oasis:names:tc:entity:xmlns:xml:catalog");
        x.start("rewriteURI").attr("uriStartString", baseUrl(t)).attr("rewritePrefix", "../").end();
        x.end();
    }
}
