package io.github.sockcheck.bytecode.detector;

import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.IAnalysisCache;
import edu.umd.cs.findbugs.classfile.analysis.ClassData;
import io.github.sockcheck.bytecode.facts.ClassBytes;

/**
 * Class files from SpotBugs' analysis cache: the analysed classes, the aux classpath and the
 * runtime it knows.
 */
final class SpotBugsClassBytes implements ClassBytes {

  private final IAnalysisCache cache;

  SpotBugsClassBytes(IAnalysisCache cache) {
    this.cache = cache;
  }

  @Override
  public byte[] find(String internalName) {
    if (cache == null) return null;
    try {
      return cache
          .getClassAnalysis(ClassData.class, DescriptorFactory.createClassDescriptor(internalName))
          .getData();
    } catch (Exception | LinkageError e) {
      return null; // not on SpotBugs' class path: the known part of the hierarchy is used
    }
  }
}
