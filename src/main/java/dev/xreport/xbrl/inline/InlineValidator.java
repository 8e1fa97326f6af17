package dev.xreport.xbrl.inline;

import dev.xreport.diag.Finding;
import dev.xreport.model.Source;
import dev.xreport.xbrl.validate.XbrlValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates an Inline XBRL document by validating the instance it carries: the extraction's own
 * findings, then every XBRL 2.1, dimensions and calculation finding about the extracted instance, moved
 * to the line and column of the {@code ix:} tag (or {@code ix:resources} entry) it is about.
 */
public final class InlineValidator {
    private final XbrlValidator validator;

    public InlineValidator(XbrlValidator validator) {
        this.validator = validator;
    }

    public List<Finding> validate(Path xhtml) throws IOException {
        Path abs = xhtml.toAbsolutePath().normalize();
        InlineExtractor.Extraction extraction = InlineExtractor.extract(xhtml);
        List<Finding> findings = new ArrayList<>(extraction.findings());
        if (extraction.instance().length == 0) {
            return findings;
        }
        // the instance stands where the document stands, so that its schemaRef resolves as the document's does
        List<Finding> found = validator.validate(new ByteArrayInputStream(extraction.instance()), abs.toUri().toString());
        for (Finding f : found) {
            findings.add(moved(f, xhtml.toString(), abs, extraction));
        }
        return findings;
    }

    private static Finding moved(Finding f, String file, Path abs, InlineExtractor.Extraction extraction) {
        Source s = f.source();
        if (s == null || s.file() == null || !Path.of(s.file()).toAbsolutePath().normalize().equals(abs)) {
            return f; // about the taxonomy, not the document
        }
        Source place = extraction.place(s.line());
        if (place == null) {
            return new Finding(f.code(), f.severity(), new Source(file, 0, 0, s.path()),
                    f.message() + " (line " + s.line() + " of the extracted instance)", f.related());
        }
        return new Finding(f.code(), f.severity(), new Source(file, place.line(), place.column(), place.path()), f.message(), f.related());
    }
}
