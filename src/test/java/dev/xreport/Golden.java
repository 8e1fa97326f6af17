package dev.xreport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: an expected output kept in the repository and reviewed in diffs. On a mismatch
 * the actual file is written under target/golden-actual/ for comparison; running the tests with
 * {@code -Dgolden.update=true} rewrites the expectation instead, so that the change shows in git.
 */
public final class Golden {
    private Golden() { }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Writes {@code actual} over {@code expected} when updating; else keeps a copy for review. */
    public static void record(Path expected, byte[] actual) throws IOException {
        if (updating()) {
            Files.createDirectories(expected.toAbsolutePath().getParent());
            Files.write(expected, actual);
        } else {
            Path copy = Path.of("target/golden-actual").resolve(expected.getFileName());
            Files.createDirectories(copy.getParent());
            Files.write(copy, actual);
        }
    }
}
