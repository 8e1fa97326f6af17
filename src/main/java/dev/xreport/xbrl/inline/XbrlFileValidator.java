package dev.xreport.xbrl.inline;

import dev.xreport.diag.Finding;
import dev.xreport.internal.Trees;
import dev.xreport.model.Source;
import dev.xreport.xbrl.validate.XbrlValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validates any XBRL file as {@code xreport validate} reads it, by its name: an XBRL instance
 * ({@code .xbrl}), an Inline XBRL document ({@code .xhtml}, {@code .html}, {@code .htm}), or a report
 * package or taxonomy package ({@code .zip}), whose report or entry points are validated where the
 * package puts them. {@code generate} checks what it is about to publish with the same class, so
 * that it never publishes a file that {@code validate} would reject.
 */
public final class XbrlFileValidator {
    private final XbrlValidator validator;

    public XbrlFileValidator(XbrlValidator validator) {
        this.validator = validator;
    }

    /** True for the kinds of file this class reads. */
    public static boolean accepts(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xbrl") || n.endsWith(".xhtml") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".zip");
    }

    /**
     * The findings of {@code file}.
     *
     * @param shownAs how findings name the file (a staged file is named as it will be once published)
     */
    public List<Finding> validate(Path file, String shownAs) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".zip")) {
            return validatePackage(file, shownAs);
        }
        List<Finding> found = document(file);
        return renamed(found, file.toString(), shownAs);
    }

    private List<Finding> document(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean inline = n.endsWith(".xhtml") || n.endsWith(".html") || n.endsWith(".htm");
        return inline ? new InlineValidator(validator).validate(file) : validator.validate(file);
    }

    private List<Finding> validatePackage(Path zip, String shownAs) throws IOException {
        Path into = Files.createTempDirectory("xreport-package-check-").toAbsolutePath().normalize();
        try {
            PackageReader.Opened opened = PackageReader.open(zip, into, shownAs);
            List<Finding> out = new ArrayList<>(opened.findings());
            for (Path doc : opened.documents()) {
                out.addAll(renamed(document(doc), into.toString(), shownAs + "!"));
            }
            return out;
        } finally {
            Trees.delete(into);
        }
    }

    /** The findings with files under {@code from} named under {@code to} instead. */
    private static List<Finding> renamed(List<Finding> findings, String from, String to) {
        if (from.equals(to)) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<Finding.Related> related = f.related().stream()
                    .map(r -> new Finding.Related(r.what(), renamed(r.source(), from, to))).toList();
            out.add(new Finding(f.code(), f.severity(), renamed(f.source(), from, to), f.message().replace(from, to), related));
        }
        return out;
    }

    private static Source renamed(Source s, String from, String to) {
        if (s == null || s.file() == null) {
            return s;
        }
        String file = s.file();
        Path abs = Path.of(from).toAbsolutePath().normalize();
        String rest = null;
        for (String name : List.of(abs.toString(), from, Source.shown(abs))) {
            if (rest == null && file.startsWith(name)) {
                rest = file.substring(name.length());
            }
        }
        return rest == null ? s : new Source(to + rest, s.line(), s.column(), s.path());
    }
}
