package dev.xreport.maven;

import dev.xreport.generate.Result;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code xreport:validate}: checks every report of the project (its data, its arithmetic, and the
 * XBRL instance it would give) without writing deliverables; fails the build on findings at or
 * above {@code xreport.failOn}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends XreportMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("xreport: skipped");
            return;
        }
        List<Path> found = findReports();
        if (found.isEmpty()) {
            getLog().info("xreport: no reports in " + reports + "; nothing to do");
            return;
        }
        for (Path report : found) {
            Result result = generator().validate(request(report));
            print(result.findings());
            failIfNeeded(result, report);
            getLog().info("xreport: " + report + " is valid (" + result.findings().summary() + ")");
        }
    }
}
