package dev.xreport.arelle;

import dev.xreport.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Arelle as {@code ../shared/tools/arelle/setup} installs it, and the batch driver that runs it
 * ({@code src/test/python/arelle_batch.py}): found where the validate script looks for it
 * ({@code $XREPORT_ARELLE_HOME}, else {@code ${XDG_CACHE_HOME:-$HOME/.cache}/xreport-arelle}).
 *
 * @param home   the install: {@code arelle-src}, {@code pyparsing-3.3.2} and the offline {@code cache}
 * @param python the Python that runs it (Debian's, which has Arelle's dependencies)
 * @param driver the batch driver
 */
public record ArelleInstall(Path home, Path python, Path driver) {
    static final Path DRIVER = Path.of("src/test/python/arelle_batch.py");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    /** The install, when ../shared has the Arelle tools and setup has run; empty otherwise (tests skip). */
    public static Optional<ArelleInstall> find() {
        boolean tools = TestSupport.shared().map(s -> Files.isDirectory(s.resolve("tools/arelle"))).orElse(false);
        Path home = defaultHome();
        if (!tools || !Files.isRegularFile(home.resolve("arelle-src/arelleCmdLine.py"))
                || !Files.isDirectory(home.resolve("cache")) || !Files.isExecutable(PYTHON)
                || !Files.isRegularFile(DRIVER)) {
            return Optional.empty();
        }
        return Optional.of(new ArelleInstall(home, PYTHON, DRIVER.toAbsolutePath()));
    }

    /** Why {@link #find()} is empty, for the skip message. */
    public static String missing() {
        return "Arelle is not installed (needs ../shared/tools/arelle and its setup run: " + defaultHome() + ")";
    }

    private static Path defaultHome() {
        String configured = System.getenv("XREPORT_ARELLE_HOME");
        if (configured != null && !configured.isEmpty()) {
            return Path.of(configured);
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isEmpty() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("xreport-arelle");
    }
}
