package dev.xreport.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the files of one report are read from: a folder on disk, or the classpath for the
 * embedded default. Names are relative to the report's folder and may not leave it.
 */
public interface ReportSource {

    /** The entry file's name, e.g. {@code report.yaml}. */
    String entry();

    /** The text of {@code name}; throws {@link NoSuchFileException} when it does not exist. */
    String read(String name) throws IOException;

    /** How findings name the file {@code name}. */
    String display(String name);

    /** A name that would leave the report's folder: refused before anything is read. */
    final class OutsideException extends IOException {
        OutsideException(String name) {
            this(name, "is outside the report's folder");
        }

        OutsideException(String name, String what) {
            super("\"" + name + "\" " + what + ": a report reads only files in its own folder");
        }
    }

    /** A report folder or a single report file on disk. */
    static ReportSource of(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            for (String candidate : new String[] {"report.yaml", "report.yml", "report.json"}) {
                if (Files.isRegularFile(p.resolve(candidate))) {
                    return new Folder(p, candidate, path);
                }
            }
            return new Folder(p, "report.yaml", path);
        }
        Path parent = p.getParent() == null ? p : p.getParent();
        Path shown = path.getParent() == null ? Path.of("") : path.getParent();
        return new Folder(parent, p.getFileName().toString(), shown);
    }

    /** The report embedded in the jar under {@code reports/<id>/}. */
    static ReportSource embedded(String id) {
        return new Classpath("reports/" + id + "/");
    }

    /** Files in one folder; {@code shown} is the folder as the user wrote it, for messages. */
    record Folder(Path root, String entry, Path shown) implements ReportSource {
        @Override
        public String read(String name) throws IOException {
            Path f;
            try {
                f = root.resolve(name).normalize();
            } catch (InvalidPathException e) {
                throw new IOException("\"" + name + "\" is not a file name: " + e.getReason());
            }
            if (!f.startsWith(root)) {
                throw new OutsideException(name);
            }
            if (Files.exists(f) && !f.toRealPath().startsWith(root.toRealPath())) {
                throw new OutsideException(name, "is a symbolic link to " + f.toRealPath() + ", outside the report's folder");
            }
            return NotUtf8Exception.decode(Files.readAllBytes(f));
        }

        @Override
        public String display(String name) {
            try {
                String s = shown.resolve(name).normalize().toString();
                return s.isEmpty() ? name : s;
            } catch (InvalidPathException e) {
                return name; // not a file name, as read says
            }
        }
    }

    /** Files on the classpath under {@code prefix}. */
    record Classpath(String prefix) implements ReportSource {
        @Override
        public String entry() {
            return "report.yaml";
        }

        @Override
        public String read(String name) throws IOException {
            if (name.contains("..") || name.startsWith("/")) {
                throw new OutsideException(name);
            }
            try (InputStream in = ReportSource.class.getClassLoader().getResourceAsStream(prefix + name)) {
                if (in == null) {
                    throw new NoSuchFileException(display(name));
                }
                return NotUtf8Exception.decode(in.readAllBytes());
            }
        }

        @Override
        public String display(String name) {
            return "classpath:" + prefix + name;
        }
    }
}
