package dev.xreport.render;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import dev.xreport.taxonomy.Taxonomy;
import dev.xreport.taxonomy.TaxonomyCompiler;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one deliverable of a report into a folder. Renderers know nothing of each other.
 *
 * <p>A run compiles the report's taxonomy once, while validating, and gives that one
 * {@link Taxonomy} to every renderer; a caller with only the report calls the four-argument
 * {@link #render(Report, Cells, Findings, Path)}, which compiles it first:
 *
 * <pre>{@code
 * Path html = new HtmlRenderer().render(report, new Cells(report), new Findings(), dir);
 * }</pre>
 */
public interface Renderer {

    /** The name users give in {@code --formats}: json, html, pdf, xlsx, xbrl. */
    String format();

    /**
     * Writes the deliverable into {@code dir} (a fresh folder) and returns the file written.
     *
     * @param taxonomy the report's taxonomy as {@link TaxonomyCompiler#compile} gives it: its concepts,
     *                 labels and networks (read only; every renderer of a run shares it)
     */
    Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException;

    /**
     * The same for a caller with no compiled taxonomy: compiles the report's taxonomy and writes the
     * deliverable from it. What the compile finds is not added to {@code findings}: that is the
     * validator's to report ({@link dev.xreport.validate.ReportValidator}).
     */
    default Path render(Report report, Cells cells, Findings findings, Path dir) throws IOException {
        return render(report, cells, TaxonomyCompiler.compile(report, new Findings()), findings, dir);
    }
}
