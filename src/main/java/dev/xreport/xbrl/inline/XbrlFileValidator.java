package dev.xreport.xbrl.inline;

import dev.xreport.diag.Finding;
import dev.xreport.internal.Trees;
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
        return findings.stream().map(f -> f.renamed(Path.of(from), to)).toList();
    }
}
