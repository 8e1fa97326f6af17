package dev.xreport.arelle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Arelle on many files in one Python process ({@code src/test/python/arelle_batch.py}), offline:
 * Arelle's own offline mode and cache, and an empty network namespace ({@code unshare -n}) where the
 * kernel allows it, as {@code ../shared/tools/arelle/validate} does.
 *
 * <pre>{@code
 * ArelleBatch arelle = new ArelleBatch(ArelleInstall.find().orElseThrow(), "c11r");
 * for (ArelleVerdict v : arelle.validate(List.of(instance, inlineDocument, reportPackage))) {
 *     System.out.println(v.summary());
 * }
 * }</pre>
 */
public final class ArelleBatch {
    private static final String RESULT = "ARELLE-RESULT ";
    private static final long TIMEOUT_MINUTES = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Boolean unshareWorks;

    private final ArelleInstall install;
    private final String calcMode;

    /** @param calcMode Arelle's {@code --calc} mode: c10, c10d, c11r, c11t or none */
    public ArelleBatch(ArelleInstall install, String calcMode) {
        this.install = install;
        this.calcMode = calcMode;
    }

    /** Arelle's verdict on each file, in the order given. */
    public List<ArelleVerdict> validate(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            return List.of();
        }
        Path work = Files.createTempDirectory("arelle-batch-");
        try {
            Path list = work.resolve("files.txt");
            Files.write(list, files.stream().map(f -> f.toAbsolutePath().toString()).toList(), StandardCharsets.UTF_8);
            Path stdout = work.resolve("stdout.txt");
            Path stderr = work.resolve("stderr.txt");
            Process p = new ProcessBuilder(command()).redirectInput(list.toFile()).redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile()).start();
            await(p, stderr);
            List<ArelleVerdict> verdicts = parse(stdout, files);
            if (verdicts.size() != files.size()) {
                throw new IOException("Arelle answered for " + verdicts.size() + " of " + files.size() + " files; "
                        + "exit code " + p.exitValue() + "; standard error ends:\n" + tail(stderr));
            }
            return verdicts;
        } finally {
            dev.xreport.internal.Trees.delete(work);
        }
    }

    private List<String> command() {
        List<String> cmd = new ArrayList<>();
        if (!"1".equals(System.getenv("ARELLE_NO_UNSHARE")) && unshareWorks()) {
            cmd.add("unshare");
            cmd.add("-n");
        }
        cmd.addAll(List.of(install.python().toString(), "-B", install.driver().toString(),
                "--arelle-home", install.home().toString(), "--calc", calcMode));
        return cmd;
    }

    /** True when this kernel lets us run a process without network ({@code unshare -n true} succeeds). */
    private static synchronized boolean unshareWorks() {
        if (unshareWorks == null) {
            try {
                Process p = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                unshareWorks = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                unshareWorks = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unshareWorks = false;
            }
        }
        return unshareWorks;
    }

    private static void await(Process p, Path stderr) throws IOException {
        try {
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("Arelle took over " + TIMEOUT_MINUTES + " minutes; standard error ends:\n" + tail(stderr));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Arelle ran", e);
        }
    }

    private static List<ArelleVerdict> parse(Path stdout, List<Path> files) throws IOException {
        List<ArelleVerdict> verdicts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(stdout, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(RESULT) && verdicts.size() < files.size()) {
                    verdicts.add(verdict(files.get(verdicts.size()), JSON.readTree(line.substring(RESULT.length()))));
                }
            }
        }
        return verdicts;
    }

    private static ArelleVerdict verdict(Path file, JsonNode n) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        n.get("codes").fields().forEachRemaining(e -> codes.put(e.getKey(), e.getValue().asInt()));
        List<ArelleVerdict.Message> messages = new ArrayList<>();
        for (JsonNode m : n.get("messages")) {
            messages.add(new ArelleVerdict.Message(m.get("level").asText(), m.get("code").asText(), m.get("text").asText()));
        }
        return new ArelleVerdict(file, n.get("errors").asInt(), n.get("warnings").asInt(), n.get("inconsistencies").asInt(),
                codes, messages);
    }

    private static String tail(Path file) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }
}
