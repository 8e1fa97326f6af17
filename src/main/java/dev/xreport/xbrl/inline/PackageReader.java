package dev.xreport.xbrl.inline;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.model.Source;
import dev.xreport.xbrl.XmlIn;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens an XBRL Report Package 1.0 or a Taxonomy Package 1.0 ({@code .zip}) into a folder and says
 * which documents in it are to be validated: for a report package, the report of {@code reports/}
 * (an Inline XBRL document or an XBRL instance, directly in {@code reports/} or one folder below);
 * for a taxonomy package, each entry point its {@code META-INF/taxonomyPackage.xml} names, found
 * through the package's {@code META-INF/catalog.xml}.
 *
 * <p>The archive is untrusted: an entry whose name leaves the package's top folder (an absolute
 * name, {@code ..}, a backslash), more than {@value #MAX_ENTRIES} entries or more than
 * {@value #MAX_BYTES} bytes unpacked is a finding (XR-PKG-861), and nothing is written outside the
 * folder given.
 */
public final class PackageReader {
    static final int MAX_ENTRIES = 100_000;
    static final long MAX_BYTES = 4L << 30;

    /** What the package is. */
    public enum Kind { REPORT_PACKAGE, TAXONOMY_PACKAGE }

    /**
     * An opened package.
     *
     * @param top       the package's top folder, unpacked
     * @param documents the documents to validate, in the unpacked folder
     * @param findings  what is wrong with the package itself
     */
    public record Opened(Kind kind, Path top, List<Path> documents, List<Finding> findings) { }

    private PackageReader() { }

    /**
     * Unpacks {@code zip} into {@code into} (an empty folder) and finds its documents.
     *
     * @param shownAs how findings name the archive
     */
    public static Opened open(Path zip, Path into, String shownAs) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Source at = new Source(shownAs, 0, 0, "");
        String top = null;
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            long bytes = 0;
            int count = 0;
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String name = e.getName();
                if (++count > MAX_ENTRIES) {
                    findings.add(Finding.of(Code.PACKAGE_INVALID, at, "more than " + MAX_ENTRIES + " entries"));
                    return new Opened(null, null, List.of(), findings);
                }
                int slash = name.indexOf('/');
                if (name.startsWith("/") || name.contains("\\") || name.contains(":") || slash <= 0
                        || List.of(name.split("/")).stream().anyMatch(s -> s.equals("..") || s.equals("."))) {
                    findings.add(Finding.of(Code.PACKAGE_INVALID, at, "the entry \"" + name
                            + "\" is not inside the package's one top folder; nothing of the package is read"));
                    return new Opened(null, null, List.of(), findings);
                }
                String first = name.substring(0, slash);
                if (top == null) {
                    top = first;
                } else if (!top.equals(first)) {
                    findings.add(Finding.of(Code.PACKAGE_INVALID, at, "the package has more than one top folder (\""
                            + top + "\" and \"" + first + "\"); a package has exactly one"));
                    return new Opened(null, null, List.of(), findings);
                }
                Path target = into.resolve(name).normalize();
                if (!target.startsWith(into)) {
                    findings.add(Finding.of(Code.PACKAGE_INVALID, at, "the entry \"" + name + "\" would leave the package"));
                    return new Opened(null, null, List.of(), findings);
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
                    byte[] buf = new byte[65536];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        bytes += n;
                        if (bytes > MAX_BYTES) {
                            findings.add(Finding.of(Code.PACKAGE_INVALID, at, "more than " + MAX_BYTES + " bytes unpacked"));
                            return new Opened(null, null, List.of(), findings);
                        }
                        out.write(buf, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            findings.add(Finding.of(Code.PACKAGE_INVALID, at, "not a readable zip archive: " + e.getMessage()));
            return new Opened(null, null, List.of(), findings);
        }
        if (top == null) {
            findings.add(Finding.of(Code.PACKAGE_INVALID, at, "the archive is empty"));
            return new Opened(null, null, List.of(), findings);
        }
        Path root = into.resolve(top);
        Path meta = root.resolve("META-INF");
        if (Files.isRegularFile(meta.resolve("reportPackage.json"))) {
            return new Opened(Kind.REPORT_PACKAGE, root, reports(root, shownAs, at, meta, findings), findings);
        }
        if (Files.isRegularFile(meta.resolve("taxonomyPackage.xml"))) {
            return new Opened(Kind.TAXONOMY_PACKAGE, root, entryPoints(root, meta, at, findings), findings);
        }
        findings.add(Finding.of(Code.PACKAGE_INVALID, at, "neither " + top + "/META-INF/reportPackage.json (a report package) nor "
                + top + "/META-INF/taxonomyPackage.xml (a taxonomy package) is in the archive"));
        return new Opened(null, root, List.of(), findings);
    }

    private static final Pattern DOCUMENT_TYPE = Pattern.compile("\"documentType\"\\s*:\\s*\"([^\"]*)\"");

    /** Report Package 1.0, section 3: the report is the one document in reports/, or in a folder directly below it. */
    private static List<Path> reports(Path root, String shownAs, Source at, Path meta, List<Finding> findings) throws IOException {
        String json = Files.readString(meta.resolve("reportPackage.json"), StandardCharsets.UTF_8);
        Matcher m = DOCUMENT_TYPE.matcher(json);
        if (!m.find() || !m.group(1).equals(ReportPackageWriter.DOCUMENT_TYPE)) {
            findings.add(Finding.of(Code.PACKAGE_INVALID, at, "META-INF/reportPackage.json does not give the document type "
                    + ReportPackageWriter.DOCUMENT_TYPE + " of a .zip report package"));
        }
        Path reports = root.resolve("reports");
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(reports)) {
            List<Path> direct = reportsIn(reports);
            if (!direct.isEmpty()) {
                found.addAll(direct);
            } else {
                try (var dirs = Files.list(reports)) {
                    for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                        found.addAll(reportsIn(d));
                    }
                }
            }
        }
        if (found.isEmpty()) {
            findings.add(Finding.of(Code.PACKAGE_INVALID, at, "no report in reports/ (an .xhtml, .html or .xbrl document)"));
        }
        return found;
    }

    private static List<Path> reportsIn(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".xhtml") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xbrl");
            }).sorted().toList();
        }
    }

    /** Taxonomy Package 1.0, sections 3.5 and 4: each entry point document, mapped to the package by its catalog. */
    private static List<Path> entryPoints(Path root, Path meta, Source at, List<Finding> findings) throws IOException {
        List<String> hrefs = attributes(meta.resolve("taxonomyPackage.xml"), "entryPointDocument", List.of("href"), at, findings)
                .stream().map(a -> a[0]).toList();
        Path catalog = meta.resolve("catalog.xml");
        List<String[]> rewrites = Files.isRegularFile(catalog)
                ? attributes(catalog, "rewriteURI", List.of("uriStartString", "rewritePrefix"), at, findings) : List.of();
        List<Path> out = new ArrayList<>();
        for (String href : hrefs) {
            Path local = null;
            String longest = "";
            for (String[] r : rewrites) {
                if (href.startsWith(r[0]) && r[0].length() > longest.length()) {
                    longest = r[0];
                    local = meta.resolve(r[1] + href.substring(r[0].length())).normalize();
                }
            }
            if (local == null && !href.contains(":")) {
                local = meta.resolve(href).normalize();
            }
            if (local == null || !local.startsWith(root) || !Files.isRegularFile(local)) {
                findings.add(Finding.of(Code.PACKAGE_INVALID, at, "the entry point " + href
                        + " is not in the package (its catalog maps it to no file of the package)"));
            } else {
                out.add(local);
            }
        }
        if (hrefs.isEmpty()) {
            findings.add(Finding.of(Code.PACKAGE_INVALID, at, "META-INF/taxonomyPackage.xml names no entry point document"));
        }
        return out;
    }

    /**
     * The values of the attributes {@code names} of every element named {@code local} in an XML file that
     * has them all, in the order of {@code names}; read without DTDs.
     */
    private static List<String[]> attributes(Path xml, String local, List<String> names, Source at, List<Finding> findings)
            throws IOException {
        List<String[]> out = new ArrayList<>();
        try {
            XMLStreamReader r = XmlIn.reader(Files.readAllBytes(xml));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(local)) {
                    String[] values = new String[names.size()];
                    for (int k = 0; k < values.length; k++) {
                        String v = r.getAttributeValue(null, names.get(k));
                        values[k] = v == null ? null : v.strip();
                    }
                    if (!java.util.Arrays.asList(values).contains(null)) {
                        out.add(values);
                    }
                }
            }
        } catch (XMLStreamException e) {
            findings.add(Finding.of(Code.PACKAGE_INVALID, at, "META-INF/" + xml.getFileName() + " cannot be read: " + XmlIn.explain(e)));
        }
        return out;
    }
}
