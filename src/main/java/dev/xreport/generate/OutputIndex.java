package dev.xreport.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code <out>/index.html}: every report folder in the output with each deliverable's size and
 * SHA-256, for people and for archives. Rewritten after every publish, whole (written aside, then
 * moved over the old one).
 */
final class OutputIndex {
    private OutputIndex() { }

    static Path write(Path out) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>Reports</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2733}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{padding:.25rem .5rem;text-align:left;")
                .append("border-bottom:1px solid #e3e8ee}td.size{text-align:right;white-space:nowrap}td.sha{font-family:monospace;")
                .append("font-size:.8rem;word-break:break-all}</style>\n</head>\n<body>\n<h1>Reports</h1>\n");
        List<Path> reports;
        try (Stream<Path> s = Files.list(out)) {
            reports = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path report : reports) {
            String id = escape(report.getFileName().toString());
            html.append("<h2 id=\"").append(id).append("\">").append(id).append("</h2>\n<table>\n")
                    .append("<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Bytes</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n");
            List<Path> files;
            try (Stream<Path> s = Files.walk(report)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String rel = out.relativize(f).toString().replace('\\', '/');
                html.append("<tr><td><a href=\"").append(escape(rel)).append("\">").append(escape(report.relativize(f).toString()))
                        .append("</a></td><td class=\"size\">").append(String.format("%,d", Files.size(f)))
                        .append("</td><td class=\"sha\">").append(sha256(f)).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</body>\n</html>\n");
        Path index = out.resolve("index.html");
        Path tmp = Files.createTempFile(out, ".index-", ".html");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return index;
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
