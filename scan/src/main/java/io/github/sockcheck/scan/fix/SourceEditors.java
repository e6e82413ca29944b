package io.github.sockcheck.scan.fix;

import io.github.sockcheck.core.fix.SourceEditor;
import io.github.sockcheck.python.source.PythonSourceEditor;
import io.github.sockcheck.source.JavaSourceEditor;
import java.util.List;
import java.util.Optional;

/** The languages quick fixes can edit calls in, by file name. */
public final class SourceEditors {

  private static final List<SourceEditor> ALL =
      List.of(new JavaSourceEditor(), new PythonSourceEditor());

  private SourceEditors() {}

  /**
   * The editor for a repository-relative path; empty for files without calls to edit (poms,
   * manifests).
   */
  public static Optional<SourceEditor> forPath(String path) {
    return ALL.stream().filter(e -> e.handles(path)).findFirst();
  }
}
