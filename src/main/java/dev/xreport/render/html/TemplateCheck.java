package dev.xreport.render.html;

import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Source;
import dev.xreport.xbrl.XmlIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks a folder of the user's templates before anything is rendered: every {@code .html}
 * template is well-formed XML without a DOCTYPE (XR-TPL-401), and nothing in a template or
 * stylesheet refers to a file outside the folder or to anything on the network (XR-TPL-402):
 * no fragment or link with {@code ..}, an absolute path or a URL scheme, no {@code url()} or
 * {@code @import} but of {@code data:}. A template is code from another team; the report's
 * deliverables are self-contained and the run reads nothing it was not given.
 */
public final class TemplateCheck {
    /** A Thymeleaf fragment expression's template name: {@code ~{fragments/cover :: cover}}. */
    private static final Pattern FRAGMENT = Pattern.compile("~\\{\\s*([^\\s:}]+)");
    /** A Thymeleaf link expression: {@code @{...}}. */
    private static final Pattern LINK = Pattern.compile("@\\{\\s*([^}\\s(]+)");
    /** CSS that loads something: {@code url(...)} or {@code @import}. */
    private static final Pattern CSS_LOAD = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]*)|@import\\s+(?:url\\(\\s*)?['\"]?([^'\")\\s;]*)",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> LINKING = List.of("src", "href", "action", "data", "poster", "background",
            "xlink:href", "th:src", "th:href", "th:action", "th:data", "th:background", "th:poster");

    private TemplateCheck() { }

    /** Adds a finding for every problem in the templates of {@code folder} (searched to any depth). */
    public static void check(Path folder, Findings findings) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            findings.add(Code.TEMPLATE_MALFORMED, new Source(folder.toString(), 0, 0, ""), "cannot read the folder: " + e.getMessage());
            return;
        }
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            try {
                if (name.endsWith(".html")) {
                    template(file, Files.readAllBytes(file), findings);
                } else if (name.endsWith(".css")) {
                    css(file, Files.readString(file), 1, 1, "", findings);
                }
            } catch (IOException e) {
                findings.add(Code.TEMPLATE_MALFORMED, new Source(file.toString(), 0, 0, ""), "cannot be read: " + e.getMessage());
            }
        }
    }

    private static void template(Path file, byte[] bytes, Findings findings) {
        try {
            XMLStreamReader r = XmlIn.readerWithoutNamespaces(bytes);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Location at = r.getLocation();
                    String element = r.getLocalName();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String attribute = r.getAttributeLocalName(i);
                        String prefix = r.getAttributePrefix(i);
                        String qname = prefix == null || prefix.isEmpty() ? attribute : prefix + ":" + attribute;
                        attribute(file, at, element, qname, r.getAttributeValue(i), findings);
                    }
                    if (element.equals("style")) {
                        css(file, r.getElementText(), r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(),
                                "style", findings);
                    }
                }
            }
        } catch (XMLStreamException e) {
            findings.add(Code.TEMPLATE_MALFORMED, XmlIn.place(file.toString(), e), "not well-formed: " + XmlIn.explain(e));
        }
    }

    private static void attribute(Path file, Location at, String element, String name, String value, Findings findings) {
        Source here = new Source(file.toString(), at.getLineNumber(), at.getColumnNumber(), element + "/@" + name);
        Matcher m = FRAGMENT.matcher(value);
        while (m.find()) {
            if (leaves(m.group(1))) {
                findings.add(Code.TEMPLATE_OUTSIDE, here, "the fragment \"" + m.group(1)
                        + "\" is outside the templates folder; name templates relative to it, without \"..\"");
            }
        }
        m = LINK.matcher(value);
        while (m.find()) {
            if (external(m.group(1))) {
                findings.add(Code.TEMPLATE_OUTSIDE, here, "the link \"" + m.group(1) + "\" would be loaded from outside the report");
            }
        }
        if (LINKING.contains(name) && !value.contains("${") && !value.startsWith("#") && external(value.strip())) {
            findings.add(Code.TEMPLATE_OUTSIDE, here, name + "=\"" + value + "\" would be loaded from outside the report; "
                    + "deliverables embed what they show");
        }
        if (name.equals("style") || name.equals("th:style")) {
            css(file, value, at.getLineNumber(), at.getColumnNumber(), element + "/@" + name, findings);
        }
    }

    private static void css(Path file, String css, int line, int column, String path, Findings findings) {
        Matcher m = CSS_LOAD.matcher(css);
        while (m.find()) {
            String target = m.group(1) != null ? m.group(1) : m.group(2);
            if (target.toLowerCase(Locale.ROOT).startsWith("data:")) {
                continue;
            }
            int l = line;
            int c = column;
            for (int i = 0; i < m.start(); i++) {
                if (css.charAt(i) == '\n') {
                    l++;
                    c = 1;
                } else {
                    c++;
                }
            }
            findings.add(Code.TEMPLATE_OUTSIDE, new Source(file.toString(), l, c, path), (m.group(1) != null ? "url(" : "@import ")
                    + target + (m.group(1) != null ? ")" : "") + " would load a file or URL; the stylesheet must be self-contained");
        }
    }

    /** A template name that climbs out of the folder or is absolute. */
    private static boolean leaves(String name) {
        return name.contains("..") || name.startsWith("/") || name.startsWith("\\") || name.contains(":");
    }

    /** A reference that a browser or Flying Saucer would load from outside the deliverable. */
    private static boolean external(String ref) {
        String r = ref.toLowerCase(Locale.ROOT);
        return !r.startsWith("data:") && !r.startsWith("mailto:") && !r.startsWith("tel:") && (r.matches("^[a-z][a-z0-9+.-]*:.*") || r.startsWith("//") || r.startsWith("/")
                || r.contains(".."));
    }
}
