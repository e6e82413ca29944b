package io.github.sockcheck.maven;

import static io.github.sockcheck.scan.ConfigKey.Names.DRY_RUN;
import static io.github.sockcheck.scan.ConfigKey.Names.PROPERTY_PREFIX;

import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.fix.FixPlan;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the rules' quick fixes to the module's files, as {@code sockcheck fix} does: prints a
 * unified diff and writes the changed files, or with {@code dryRun} only prints it. A fix is
 * applied only where it is certain, a file that does not parse is never touched, and a second run
 * changes nothing. Run {@code mvn compile sockcheck:fix} to include what the bytecode rules find.
 */
@Mojo(name = "fix", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class FixMojo extends AbstractSockcheckMojo {

  /** Print the diff of the fixes without changing any file. @since 0.1.0 */
  @Parameter(property = PROPERTY_PREFIX + DRY_RUN, defaultValue = "false")
  private boolean dryRun;

  @Override
  protected void run() throws MojoExecutionException {
    ScanResult result = scan(true);
    FixPlan plan = FixPlan.of(result);
    for (String line : plan.diff().lines().toList()) getLog().info(line);
    int files = plan.changes().size();
    if (dryRun) {
      getLog()
          .info(
              "sockcheck: would fix "
                  + plan.fixedFindings()
                  + " finding(s) in "
                  + files
                  + " file(s) (dry run: nothing written)");
      return;
    }
    try {
      List<String> skipped = plan.write();
      for (String path : skipped)
        getLog().warn("sockcheck: " + path + " changed during the scan; not fixed");
      getLog()
          .info(
              "sockcheck: fixed "
                  + plan.fixedFindings()
                  + " finding(s) in "
                  + (files - skipped.size())
                  + " file(s)");
    } catch (IOException e) {
      throw new MojoExecutionException("sockcheck: cannot write the fixes: " + e.getMessage(), e);
    }
  }
}
