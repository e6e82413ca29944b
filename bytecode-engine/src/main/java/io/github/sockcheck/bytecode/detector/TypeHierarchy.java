package io.github.sockcheck.bytecode.detector;

import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Supertypes of a class from SpotBugs' analysis cache (the analysed classes plus the aux classpath).
 * Classes that cannot be found are skipped: the answer is then the part of the hierarchy that is known.
 */
final class TypeHierarchy {

  private final Map<String, Set<String>> cache = new HashMap<>();

  /** Every known proper supertype of {@code internalName}, as dotted names. */
  Set<String> supertypes(String internalName) {
    return cache.computeIfAbsent(internalName, TypeHierarchy::lookup);
  }

  private static Set<String> lookup(String internalName) {
    Set<String> found = new LinkedHashSet<>();
    Deque<ClassDescriptor> todo = new ArrayDeque<>();
    todo.add(DescriptorFactory.createClassDescriptor(internalName));
    while (!todo.isEmpty()) {
      ClassDescriptor descriptor = todo.poll();
      XClass xclass;
      try {
        xclass = Global.getAnalysisCache().getClassAnalysis(XClass.class, descriptor);
      } catch (CheckedAnalysisException | RuntimeException missing) {
        continue; // not on the classpath: keep what is known
      }
      if (xclass == null) continue;
      ClassDescriptor superclass = xclass.getSuperclassDescriptor();
      if (superclass != null && found.add(superclass.getDottedClassName())) todo.add(superclass);
      for (ClassDescriptor iface : xclass.getInterfaceDescriptorList()) {
        if (found.add(iface.getDottedClassName())) todo.add(iface);
      }
    }
    return Set.copyOf(found);
  }
}
