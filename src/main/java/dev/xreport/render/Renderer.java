package dev.xreport.render;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import java.io.IOException;
import java.nio.file.Path;

/** Writes one deliverable of a report into a folder. Renderers know nothing of each other. */
public interface Renderer {

    /** The name users give in {@code --formats}: json, html, pdf, xlsx, xbrl. */
    String format();

    /** Writes the deliverable into {@code dir} (a fresh folder) and returns the file written. */
    Path render(Report report, Cells cells, Findings findings, Path dir) throws IOException;
}
