package dev.xreport.mutate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3c.dom.Document;

/**
 * An XBRL instance and its taxonomy folder (the folder its schemaRef points into, beside it) as a
 * mutation sees them: a document is parsed when a mutation first asks for it and written out, changed
 * or not, when the copy is saved; the documents nobody asked for are copied byte for byte.
 */
public final class XbrlCopy {
    private final Base base;
    private final List<String> taxonomyFiles;
    private final Map<String, Document> opened = new LinkedHashMap<>();

    XbrlCopy(Base base) throws IOException {
        this.base = base;
        try (Stream<Path> walk = Files.walk(base.taxonomy())) {
            this.taxonomyFiles = walk.filter(Files::isRegularFile).map(p -> base.taxonomy().relativize(p).toString())
                    .sorted().toList();
        }
    }

    /** The instance document. */
    public Document instance() {
        return open(base.instance());
    }

    /** The taxonomy's schema (the one schema of the folder outside META-INF). */
    public Document schema() {
        return taxonomyDocs(".xsd").get(0);
    }

    /** The taxonomy's documents whose file names contain {@code marker} ("_pre.xml", "_lab-"), in name order. */
    public List<Document> linkbases(String marker) {
        return taxonomyDocs(marker);
    }

    /** The first document whose file name contains {@code marker}, if the taxonomy has one. */
    public Optional<Document> linkbase(String marker) {
        return taxonomyDocs(marker).stream().findFirst();
    }

    /** Opens the instance and every document of the taxonomy outside META-INF, so that saving writes them all anew. */
    void openAll() {
        instance();
        taxonomyDocs("");
    }

    private List<Document> taxonomyDocs(String marker) {
        return taxonomyFiles.stream().filter(f -> !f.startsWith("META-INF") && f.contains(marker))
                .map(f -> open(base.taxonomy().resolve(f))).toList();
    }

    private Document open(Path file) {
        return opened.computeIfAbsent(file.toString(), k -> {
            try {
                return Xml.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Writes the copy into {@code dir} (which must not exist yet) with the base's layout: the instance
     * under its name, the taxonomy folder beside it under its name. Returns the instance written.
     */
    Path save(Path dir) throws IOException {
        Path taxonomy = dir.resolve(base.instance().getParent().relativize(base.taxonomy()));
        Files.createDirectories(dir);
        Path instance = dir.resolve(base.instance().getFileName());
        write(base.instance(), instance);
        for (String f : taxonomyFiles) {
            Path target = taxonomy.resolve(f);
            Files.createDirectories(target.getParent());
            write(base.taxonomy().resolve(f), target);
        }
        return instance;
    }

    private void write(Path source, Path target) throws IOException {
        Document doc = opened.get(source.toString());
        if (doc != null) {
            Xml.write(doc, target);
        } else {
            Files.copy(source, target);
        }
    }
}
