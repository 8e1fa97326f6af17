package dev.xreport.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything under an output folder, hidden names included, as one comparable value: each folder
 * by its relative path, each file by its relative path with its size, SHA-256 and modification
 * time (a file rewritten with the same bytes is not "exactly as it was" either).
 */
final class OutputTree {
    private OutputTree() { }

    /** Relative path → "dir", or "size sha256 mtime" for a file; sorted by path. */
    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> !p.equals(root)).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    m.put(rel + "/", "dir");
                } else {
                    m.put(rel, Files.size(p) + " " + sha256(p) + " " + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS));
                }
            }
        }
        return m;
    }

    /** The names directly in {@code dir}, hidden ones included, sorted. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file under {@code root} whose path has no hidden folder or file in it (what a reader sees). */
    static List<String> visibleFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> Stream.of(rel.split("/")).noneMatch(part -> part.startsWith(".")))
                    .sorted().toList();
        }
    }

    private static String sha256(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
