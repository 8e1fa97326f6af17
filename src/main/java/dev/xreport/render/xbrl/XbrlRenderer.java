package dev.xreport.render.xbrl;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import dev.xreport.render.Renderer;
import dev.xreport.taxonomy.Taxonomy;
import dev.xreport.taxonomy.TaxonomyCompiler;
import dev.xreport.taxonomy.TaxonomyWriter;
import dev.xreport.xbrl.instance.InstanceWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code <id>.xbrl}: the XBRL 2.1 instance, with the report's taxonomy beside it in {@code taxonomy/}
 * and a relative schemaRef, so that an XBRL processor opens it with no network; and the same
 * taxonomy as a Taxonomy Package archive, {@code <id>-taxonomy.zip}.
 */
public final class XbrlRenderer implements Renderer {
    /** Where the taxonomy goes, relative to the instance. */
    public static final String TAXONOMY_FOLDER = "taxonomy";

    @Override
    public String format() {
        return "xbrl";
    }

    @Override
    public Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException {
        TaxonomyWriter.write(taxonomy, dir.resolve(TAXONOMY_FOLDER));
        TaxonomyWriter.zip(taxonomy, dir.resolve(report.id() + "-taxonomy.zip"));
        Path instance = dir.resolve(report.id() + ".xbrl");
        try (OutputStream out = Files.newOutputStream(instance)) {
            new InstanceWriter(report).write(out, TAXONOMY_FOLDER + "/" + TaxonomyWriter.entryPoint(taxonomy));
        }
        return instance;
    }

    /**
     * Compiles the report's taxonomy and writes from it, refusing a taxonomy XBRL would reject.
     * What compiling finds is the validator's to say ({@link dev.xreport.validate.ReportValidator}),
     * which stops a run before this; here it only stops a bad taxonomy.
     */
    @Override
    public Path render(Report report, Cells cells, Findings findings, Path dir) throws IOException {
        Findings compile = new Findings();
        Taxonomy taxonomy = TaxonomyCompiler.compile(report, compile);
        if (compile.anyInputError()) {
            throw new IOException("the report's taxonomy cannot be compiled (" + compile.summary() + ")");
        }
        return render(report, cells, taxonomy, findings, dir);
    }
}
