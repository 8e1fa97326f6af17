package dev.xreport.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code <out>/index.html}: every report folder in the output with each deliverable's size and
 * SHA-256, for people and for archives. Rewritten with every publish, whole: written aside before the
 * report's folder is replaced, moved over the old one after.
 */
final class OutputIndex {
    private OutputIndex() { }

    /**
     * Writes the index as it will be once {@code staging} is published as {@code target}, aside in
     * {@code out} under a name the next run of the same report removes if this one is killed.
     * Called before anything is replaced: when it throws, the output is as it was.
     *
     * @return the file to {@link #publish} once the report's folder is in place
     */
    static Path prepare(Path out, Path target, Path staging) throws IOException {
        Path index = out.resolve("index.html");
        if (Files.exists(index, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(index + " is not a file, so the index of the reports cannot replace it");
        }
        StringBuilder html = new StringBuilder();
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>Reports</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2733}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{padding:.25rem .5rem;text-align:left;")
                .append("border-bottom:1px solid #e3e8ee}td.size{text-align:right;white-space:nowrap}td.sha{font-family:monospace;")
                .append("font-size:.8rem;word-break:break-all}</style>\n</head>\n<body>\n<h1>Reports</h1>\n");
        // each report's folder by its name; the one being published by what it will hold
        Map<String, Path> reports = new TreeMap<>();
        try (Stream<Path> s = Files.list(out)) {
            s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> reports.put(p.getFileName().toString(), p));
        }
        reports.put(target.getFileName().toString(), staging);
        for (Map.Entry<String, Path> e : reports.entrySet()) {
            Path report = e.getValue();
            String id = escape(e.getKey());
            html.append("<h2 id=\"").append(id).append("\">").append(id).append("</h2>\n<table>\n")
                    .append("<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Bytes</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n");
            List<Path> files;
            try (Stream<Path> s = Files.walk(report)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String inReport = report.relativize(f).toString().replace('\\', '/');
                html.append("<tr><td><a href=\"").append(escape(e.getKey() + "/" + inReport)).append("\">").append(escape(inReport))
                        .append("</a></td><td class=\"size\">").append(String.format("%,d", Files.size(f)))
                        .append("</td><td class=\"sha\">").append(sha256(f)).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</body>\n</html>\n");
        Path tmp = Files.createTempFile(out, "." + target.getFileName() + ".tmp-index-", ".html");
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            AtomicFolder.readableByAll(tmp);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /**
     * Moves the prepared index over {@code out/index.html}. Called after the report's folder was
     * published, so a failure here does not fail the run.
     *
     * @return null, or a message saying the index could not be updated
     */
    static String publish(Path prepared, Path out) {
        Path index = out.resolve("index.html");
        try {
            Files.move(prepared, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return null;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(prepared);
            } catch (IOException ignored) {
                // the next run of the report removes it
            }
            return "the deliverables were published, but " + index + " could not be updated and lists the previous ones: " + e;
        }
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
