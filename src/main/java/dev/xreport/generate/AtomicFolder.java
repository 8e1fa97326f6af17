package dev.xreport.generate;

import dev.xreport.internal.Trees;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder written in full beside its target and then moved into place, so that readers see the
 * old deliverables or the new ones, never a mix, and a failed run leaves the old ones untouched.
 * The swap is two renames (old aside, new in): between them, for the time of one rename, there is
 * no folder at the target; a file system offers no portable atomic exchange of two folders.
 */
final class AtomicFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    /** The folders this run created to hold the target, outermost first: removed again if the run fails. */
    private final java.util.List<Path> created;
    private boolean committed;

    private AtomicFolder(Path target, Path staging, java.util.List<Path> created) {
        this.target = target;
        this.staging = staging;
        this.created = created;
    }

    /** A fresh staging folder beside {@code target} (same file system, so the move is a rename). */
    static AtomicFolder beside(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        java.util.List<Path> created = new java.util.ArrayList<>();
        for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
            created.add(0, p);
        }
        Files.createDirectories(parent);
        removeLeftovers(parent, target.getFileName().toString());
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        readableByAll(staging);
        return new AtomicFolder(target.toAbsolutePath(), staging, created);
    }

    /**
     * Removes what a run that was killed mid-way left beside the target: its half-written staging
     * folder, or the previous deliverables it had moved aside. (A run never removes its own.)
     */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (var s = Files.list(parent)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + ".tmp-") || n.startsWith("." + name + ".old-")) {
                    Trees.delete(p);
                }
            }
        }
    }

    /**
     * A temporary file or folder is private (rw------- / rwx------); what is published is readable like
     * any file or folder (rw-r--r-- / rwxr-xr-x), where the file system has POSIX permissions.
     */
    static void readableByAll(Path p) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    Path staging() {
        return staging;
    }

    /**
     * Replaces the target with the staging folder. When this throws, the target holds the previous
     * deliverables (or, if even putting them back failed, the exception says where they are).
     *
     * @return null, or a message about the previous deliverables that could not be removed after
     *         the new ones were published (the run still succeeded)
     */
    String commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                try {
                    move(old, target);
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                    throw new IOException(e.getMessage() + "; the previous deliverables could not be put back and are in "
                            + old, e);
                }
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            try {
                Trees.delete(old);
            } catch (IOException e) {
                return "the previous deliverables were replaced but could not be removed from " + old + ": " + e;
            }
        }
        return null;
    }

    /** Removes the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Trees.delete(staging);
            // a failed run leaves no trace: not even the output folder it had to create
            for (int i = created.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(created.get(i));
                } catch (java.nio.file.DirectoryNotEmptyException e) {
                    break; // something else put files there meanwhile: keep it
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
