package dev.xreport;

import dev.xreport.load.LoadResult;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What several tests share: the embedded WeBank report, loaded once, and the shared/ folder. */
public final class TestSupport {
    private static LoadResult webank;

    private TestSupport() { }

    public static synchronized LoadResult webankLoad() {
        if (webank == null) {
            webank = ReportLoader.loadDefault();
        }
        return webank;
    }

    public static Report webank() {
        return webankLoad().report();
    }

    /** The project's sibling shared/ folder (seed, XBRL schemas), when this machine has it. */
    public static Optional<Path> shared() {
        String configured = System.getProperty("xreport.shared");
        Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    public static Optional<Path> seed() {
        return shared().map(s -> s.resolve("seeds/000_3665ee478f2a1cde.txt")).filter(Files::isRegularFile);
    }

    /** The source folder of the embedded report, for tests that copy and alter it. */
    public static Path webankFolder() {
        return Path.of("src/main/reports/webank-2022");
    }
}
