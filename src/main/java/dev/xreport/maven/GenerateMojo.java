package dev.xreport.maven;

import dev.xreport.generate.Request;
import dev.xreport.generate.Result;
import dev.xreport.internal.Version;
import dev.xreport.load.ReportLoader;
import dev.xreport.taxonomy.TaxonomyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code xreport:generate}: checks every report of the project and writes its deliverables into
 * {@code ${project.build.directory}/xreport/<report-id>/}, failing the build like a compiler when a
 * report is wrong. A report whose inputs (its files, the templates, the options, the plugin
 * version) are unchanged since the last run, with its outputs in place, is left as it is.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class GenerateMojo extends XreportMojo {

    @Override
    void process(Path report) throws MojoExecutionException, MojoFailureException {
        Request request = request(report);
        String fingerprint = fingerprint(report, request);
        var loaded = ReportLoader.load(report);
        String id = loaded.report() == null ? null : loaded.report().id();
        Path stamp = id == null ? null : outputDirectory.toPath().resolve("." + id + ".xreport-inputs");
        try {
            if (stamp != null && Files.isDirectory(outputDirectory.toPath().resolve(id)) && Files.isRegularFile(stamp)
                    && Files.readString(stamp).equals(fingerprint)) {
                getLog().info("xreport: " + id + " is up to date (nothing changed since the last run)");
                return;
            }
        } catch (IOException e) {
            getLog().debug("xreport: cannot read " + stamp + ": " + e.getMessage());
        }
        Result result = generator().generate(request);
        print(result.findings());
        failIfNeeded(result, report);
        try {
            if (taxonomy != null && result.taxonomy() != null) {
                TaxonomyWriter.write(result.taxonomy(), taxonomy.toPath().resolve(result.report().id()));
            }
            Files.createDirectories(stamp.getParent());
            Files.writeString(stamp, fingerprint);
        } catch (IOException e) {
            throw new MojoExecutionException("xreport: cannot write " + stamp + ": " + e.getMessage(), e);
        }
        getLog().info("xreport: " + result.findings().summary() + "; deliverables in " + result.outputDir());
    }

    /** The SHA-256 of everything the deliverables depend on. */
    private String fingerprint(Path report, Request request) throws MojoExecutionException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("xreport " + Version.current() + "|" + request.formats() + "|" + request.lang() + "|"
                    + request.failOn() + "|" + request.cjkFont()).getBytes(StandardCharsets.UTF_8));
            Path folder = Files.isDirectory(report) ? report : report.toAbsolutePath().getParent();
            digest(md, folder);
            if (request.templates() != null) {
                digest(md, request.templates());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new MojoExecutionException("xreport: cannot read the inputs of " + report + ": " + e.getMessage(), e);
        }
    }

    private static void digest(MessageDigest md, Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                md.update(folder.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f)) {
                    md.update(in.readAllBytes());
                }
            }
        }
    }
}
