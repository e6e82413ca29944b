package io.github.sockcheck.bytecode.detector;

import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.IAnalysisCache;
import edu.umd.cs.findbugs.classfile.analysis.ClassData;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SpotBugs plugin's detector (a plain SpotBugs, spotbugs-maven-plugin, an IDE): a thin adapter
 * over the bytecode engine's front end. It keeps the bytes of every class SpotBugs visits and, once
 * all are seen ({@link #report()}), extracts their facts, solves the program with the value-flow
 * layer and reports the one matcher's findings as {@code SOCKCHECK_<rule-id>} bugs. Uses only API
 * that SpotBugs 4.8.6 (bundled by the IntelliJ plugin) also has.
 */
public class SockcheckCallDetector implements Detector {

  private final BugReporter bugReporter;

  /** Internal name → class file, in visiting order. */
  private final Map<String, byte[]> classes = new LinkedHashMap<>();

  private IAnalysisCache analysisCache;

  public SockcheckCallDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    ClassDescriptor descriptor = classContext.getClassDescriptor();
    if (analysisCache == null) analysisCache = Global.getAnalysisCache();
    byte[] bytes = null;
    try {
      bytes =
          analysisCache.getClassAnalysis(ClassData.class, descriptor).getData(); // the file as read
    } catch (Exception | LinkageError e) {
      bytes = classContext.getJavaClass().getBytes(); // BCEL's rendering of the same class
    }
    if (bytes != null) classes.putIfAbsent(descriptor.getClassName(), bytes);
  }

  @Override
  public void report() {
    if (classes.isEmpty()) return;
    try {
      PluginProgram program =
          PluginProgram.solve(
              classes, new SpotBugsClassBytes(analysisCache), bugReporter::logError);
      PluginModeReporter.report(this, bugReporter, program);
    } finally {
      classes.clear();
    }
  }
}
