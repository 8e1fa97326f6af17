package dev.xreport.xbrl.inline;

import dev.xreport.internal.Trees;
import dev.xreport.taxonomy.Taxonomy;
import dev.xreport.taxonomy.TaxonomyWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Inline XBRL document as an XBRL Report Package 1.0 (the unconstrained {@code .zip} kind):
 * <pre>
 * &lt;name&gt;/META-INF/reportPackage.json
 * &lt;name&gt;/reports/&lt;name&gt;.xhtml
 * &lt;name&gt;/reports/taxonomy/...      the extension taxonomy, where the document's schemaRef points
 * </pre>
 * The taxonomy travels inside the package at the relative place the document's schemaRef names, so a
 * processor resolves it without a catalog and without the network. Entries have a fixed time: the same
 * report gives the same bytes.
 */
public final class ReportPackageWriter {
    /** The document type of a Report Package 1.0 with the .zip extension. */
    public static final String DOCUMENT_TYPE = "https://xbrl.org/report-package/2023";
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReportPackageWriter() { }

    /**
     * @param taxonomyFolder the folder, relative to the document, that its schemaRef points into
     */
    public static Path write(String name, Path xhtml, Taxonomy taxonomy, String taxonomyFolder, Path zipFile) throws IOException {
        Path dir = Files.createTempDirectory("xreport-package-");
        try {
            List<Path> files = TaxonomyWriter.write(taxonomy, dir);
            files.sort(Comparator.comparing(p -> dir.relativize(p).toString()));
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zipFile)))) {
                entry(zip, name + "/META-INF/reportPackage.json",
                        ("{\n  \"documentInfo\": {\n    \"documentType\": \"" + DOCUMENT_TYPE + "\"\n  }\n}\n").getBytes(StandardCharsets.UTF_8));
                entry(zip, name + "/reports/" + xhtml.getFileName(), Files.readAllBytes(xhtml));
                for (Path f : files) {
                    entry(zip, name + "/reports/" + taxonomyFolder + "/" + dir.relativize(f).toString().replace('\\', '/'),
                            Files.readAllBytes(f));
                }
            }
            return zipFile;
        } finally {
            Trees.delete(dir);
        }
    }

    private static void entry(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(path);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }
}
