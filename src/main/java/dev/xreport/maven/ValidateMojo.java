package dev.xreport.maven;

import dev.xreport.generate.Result;
import java.nio.file.Path;
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
    void process(Path report) throws MojoExecutionException, MojoFailureException {
        Result result = generator().validate(request(report));
        print(result.findings());
        failIfNeeded(result, report);
        getLog().info("xreport: " + report + " is valid (" + result.findings().summary() + ")");
    }
}
