package io.github.sockcheck.python.ci;

import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.gunicorn.ShellWords;
import io.github.sockcheck.python.manifest.PipInstall;
import io.github.sockcheck.python.runtime.PythonImages;
import io.github.sockcheck.python.yaml.YamlTrees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * GitHub Actions workflows ({@code .github/workflows/*.yml}): per job, the versions {@code
 * actions/setup-python} installs ({@code python-version}, one per line, or {@code ${{ matrix.KEY
 * }}} with the matrix's values and {@code include} entries), a {@code container} image, the {@code
 * working-directory} of its steps (or its {@code defaults}) and the files its {@code run} steps
 * {@code pip install}.
 */
public final class GithubWorkflowReader {

  private static final Pattern MATRIX_REF =
      Pattern.compile("\\$\\{\\{\\s*matrix\\.([A-Za-z0-9_-]+)\\s*}}");

  private GithubWorkflowReader() {}

  public static List<CiJob> read(Facts out, Path file) {
    List<CiJob> jobs = new ArrayList<>();
    Node root = YamlTrees.load(out, file, "workflow");
    if (!(YamlTrees.get(root, "jobs") instanceof MappingNode jobMap)) return jobs;
    Path repository = file.toAbsolutePath().normalize().getParent().getParent().getParent();
    String workflowDir = workingDirectory(root);
    for (NodeTuple t : jobMap.getValue()) {
      Node job = t.getValueNode();
      CiJob ci = new CiJob(file);
      Node matrix = YamlTrees.get(YamlTrees.get(job, "strategy"), "matrix");
      String jobDir = workingDirectory(job);
      if (jobDir == null) jobDir = workflowDir;
      if (jobDir != null) ci.directories().add(repository.resolve(jobDir).normalize());
      container(out, file, YamlTrees.get(job, "container"), matrix, ci);
      if (YamlTrees.get(job, "steps") instanceof SequenceNode steps) {
        for (Node step : steps.getValue()) step(out, file, repository, jobDir, step, matrix, ci);
      }
      jobs.add(ci);
    }
    return jobs;
  }

  private static void step(
      Facts out, Path file, Path repository, String jobDir, Node step, Node matrix, CiJob ci) {
    String uses = YamlTrees.text(YamlTrees.get(step, "uses"));
    if (uses != null && uses.startsWith("actions/setup-python")) {
      Node version = YamlTrees.get(YamlTrees.get(step, "with"), "python-version");
      if (version instanceof ScalarNode s) versions(out, file, s, matrix, ci, "setup-python");
    }
    String stepDir = YamlTrees.text(YamlTrees.get(step, "working-directory"));
    String dir = stepDir != null && !stepDir.contains("${{") ? stepDir : jobDir;
    if (stepDir != null && !stepDir.contains("${{"))
      ci.directories().add(repository.resolve(stepDir).normalize());
    String run = YamlTrees.text(YamlTrees.get(step, "run"));
    if (run == null) return;
    List<Path> bases =
        dir == null
            ? List.of(repository)
            : List.of(repository.resolve(dir).normalize(), repository);
    for (PipInstall.Invocation pip : PipInstall.inCommands(ShellWords.split(run))) {
      List<List<Path>> files = PipInstall.resolve(pip, bases);
      ci.pips().add(new CiJob.Pip(files.get(0), files.get(1)));
    }
  }

  private static void container(Facts out, Path file, Node container, Node matrix, CiJob ci) {
    Node image = container instanceof MappingNode ? YamlTrees.get(container, "image") : container;
    if (!(image instanceof ScalarNode s)) return;
    for (String value : substituted(s.getValue(), matrix)) {
      PythonImages.ImageVersion v = PythonImages.of(value);
      if (v != null)
        ci.version(
            v.version(), YamlTrees.scalarAt(out, file, s), "GitHub Actions container " + value);
    }
  }

  /**
   * One version per line of a {@code python-version} value, matrix references replaced by the
   * matrix's values.
   */
  private static void versions(
      Facts out, Path file, ScalarNode node, Node matrix, CiJob ci, String what) {
    Matcher ref = MATRIX_REF.matcher(node.getValue().strip());
    if (ref.matches()) {
      for (ScalarNode value : matrixValues(matrix, ref.group(1))) {
        ci.version(
            value.getValue(),
            YamlTrees.scalarAt(out, file, value),
            what + " (matrix." + ref.group(1) + ")");
      }
      return;
    }
    for (String line : node.getValue().split("\n")) {
      if (!line.isBlank()) ci.version(line, YamlTrees.scalarAt(out, file, node), what);
    }
  }

  private static List<String> substituted(String text, Node matrix) {
    Matcher ref = MATRIX_REF.matcher(text);
    if (!ref.find()) return List.of(text);
    List<String> out = new ArrayList<>();
    for (ScalarNode value : matrixValues(matrix, ref.group(1)))
      out.add(text.replace(ref.group(), value.getValue()));
    return out;
  }

  /**
   * The scalar values of matrix key {@code key}: its list and the {@code include} entries that set
   * it.
   */
  private static List<ScalarNode> matrixValues(Node matrix, String key) {
    List<ScalarNode> out = new ArrayList<>();
    Node values = YamlTrees.get(matrix, key);
    if (values instanceof SequenceNode seq) {
      for (Node v : seq.getValue()) if (v instanceof ScalarNode s) out.add(s);
    } else if (values instanceof ScalarNode s) {
      out.add(s);
    }
    if (YamlTrees.get(matrix, "include") instanceof SequenceNode include) {
      for (Node entry : include.getValue()) {
        if (YamlTrees.get(entry, key) instanceof ScalarNode s) out.add(s);
      }
    }
    return out;
  }

  private static String workingDirectory(Node node) {
    String dir =
        YamlTrees.text(
            YamlTrees.get(
                YamlTrees.get(YamlTrees.get(node, "defaults"), "run"), "working-directory"));
    return dir == null || dir.contains("${{") ? null : dir;
  }
}
