package io.github.sockcheck.maven;

import io.github.sockcheck.scan.ScanResult;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records the module's current findings in the baseline file, so that {@code verify} fails only on
 * new ones. Findings are keyed by fingerprints that do not depend on line numbers.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class BaselineMojo extends AbstractSockcheckMojo {

  @Override
  protected void run() throws MojoExecutionException {
    ScanResult result = scan(false);
    try {
      int count = result.writeBaseline(baseline.toPath());
      getLog().info("sockcheck: baseline of " + count + " finding(s) written to " + baseline);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "sockcheck: cannot write baseline " + baseline + ": " + e.getMessage(), e);
    }
  }
}
