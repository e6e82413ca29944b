package io.github.sockcheck.python.ci;

import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.gunicorn.ShellWords;
import io.github.sockcheck.python.manifest.PipInstall;
import io.github.sockcheck.python.runtime.PythonImages;
import io.github.sockcheck.python.yaml.YamlTrees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * GitLab CI ({@code .gitlab-ci.yml}) and CircleCI ({@code .circleci/config.yml}): the images jobs
 * run in ({@code image:} / {@code default.image}, {@code $VAR} expanded from {@code parallel:
 * matrix:}; CircleCI's {@code docker: - image:} of jobs and executors) and the files their scripts
 * {@code pip install}.
 */
public final class GitlabAndCircleCiReader {

  private static final Set<String> GITLAB_KEYWORDS =
      Set.of(
          "stages",
          "variables",
          "default",
          "include",
          "workflow",
          "image",
          "services",
          "before_script",
          "after_script",
          "cache",
          "pages");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

  private GitlabAndCircleCiReader() {}

  /** GitLab CI jobs (hidden {@code .template} jobs too: they are extended by others). */
  public static List<CiJob> gitlab(Facts out, Path file) {
    List<CiJob> jobs = new ArrayList<>();
    Node root = YamlTrees.load(out, file, "CI configuration");
    if (!(root instanceof MappingNode map)) return jobs;
    Path repository = file.toAbsolutePath().normalize().getParent();
    Node defaultImage = YamlTrees.get(root, "image");
    if (defaultImage == null) defaultImage = YamlTrees.get(YamlTrees.get(root, "default"), "image");
    for (NodeTuple t : map.getValue()) {
      String name = YamlTrees.text(t.getKeyNode());
      if (name == null
          || GITLAB_KEYWORDS.contains(name)
          || !(t.getValueNode() instanceof MappingNode)) continue;
      Node job = t.getValueNode();
      CiJob ci = new CiJob(file);
      Node image = YamlTrees.get(job, "image");
      image(
          out,
          file,
          image != null ? image : defaultImage,
          YamlTrees.get(YamlTrees.get(job, "parallel"), "matrix"),
          ci,
          "GitLab CI image");
      for (String key : List.of("before_script", "script"))
        scripts(YamlTrees.get(job, key), repository, ci);
      jobs.add(ci);
    }
    return jobs;
  }

  /** CircleCI jobs and executors. */
  public static List<CiJob> circleci(Facts out, Path file) {
    List<CiJob> jobs = new ArrayList<>();
    Node root = YamlTrees.load(out, file, "CI configuration");
    Path repository = file.toAbsolutePath().normalize().getParent().getParent();
    for (String section : List.of("jobs", "executors")) {
      if (!(YamlTrees.get(root, section) instanceof MappingNode map)) continue;
      for (NodeTuple t : map.getValue()) {
        CiJob ci = new CiJob(file);
        if (YamlTrees.get(t.getValueNode(), "docker") instanceof SequenceNode docker
            && !docker.getValue().isEmpty()) {
          image(
              out,
              file,
              YamlTrees.get(docker.getValue().get(0), "image"),
              null,
              ci,
              "CircleCI image");
        }
        if (YamlTrees.get(t.getValueNode(), "steps") instanceof SequenceNode steps) {
          for (Node step : steps.getValue()) {
            Node run = YamlTrees.get(step, "run");
            Node command = run instanceof MappingNode ? YamlTrees.get(run, "command") : run;
            String dir = YamlTrees.text(YamlTrees.get(run, "working_directory"));
            Path base =
                dir == null || dir.startsWith("~")
                    ? repository
                    : repository.resolve(dir).normalize();
            if (dir != null && !dir.startsWith("~")) ci.directories().add(base);
            scripts(command, base, ci);
          }
        }
        jobs.add(ci);
      }
    }
    return jobs;
  }

  private static void image(Facts out, Path file, Node node, Node matrix, CiJob ci, String what) {
    Node image = node instanceof MappingNode ? YamlTrees.get(node, "name") : node;
    if (!(image instanceof ScalarNode s)) return;
    for (String value : expanded(s.getValue(), matrix)) {
      PythonImages.ImageVersion v = PythonImages.of(value);
      if (v != null) ci.version(v.version(), YamlTrees.scalarAt(out, file, s), what + " " + value);
    }
  }

  /**
   * {@code python:$PY} with {@code parallel: matrix: [{PY: ["3.9", "3.10"]}]} → python:3.9,
   * python:3.10.
   */
  private static List<String> expanded(String image, Node matrix) {
    Matcher m = VARIABLE.matcher(image);
    if (!m.find() || !(matrix instanceof SequenceNode entries)) return List.of(image);
    List<String> out = new ArrayList<>();
    for (Node entry : entries.getValue()) {
      Node values = YamlTrees.get(entry, m.group(1));
      List<Node> items =
          values instanceof SequenceNode seq
              ? seq.getValue()
              : values == null ? List.of() : List.of(values);
      for (Node v : items)
        if (v instanceof ScalarNode s) out.add(image.replace(m.group(), s.getValue()));
    }
    return out;
  }

  private static void scripts(Node node, Path base, CiJob ci) {
    List<String> lines = new ArrayList<>();
    if (node instanceof ScalarNode s) lines.add(s.getValue());
    if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) if (item instanceof ScalarNode s) lines.add(s.getValue());
    }
    for (String line : lines) {
      for (PipInstall.Invocation pip : PipInstall.inCommands(ShellWords.split(line))) {
        List<List<Path>> files = PipInstall.resolve(pip, List.of(base));
        ci.pips().add(new CiJob.Pip(files.get(0), files.get(1)));
      }
    }
  }
}
