package io.github.sockcheck.bytecode.detector;

import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.MethodAnnotation;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RulePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.LineNumberTable;
import org.apache.bcel.classfile.Method;

/**
 * Extracts sockcheck call sites from bytecode: at each invocation the rule pack has a pattern for, it
 * reads owner, overload and argument facts off SpotBugs' OpcodeStack, and follows the returned value
 * through locals and fields of the class to later calls and casts. The call sites go to the scan's
 * {@link CallSiteListener} (scan mode) or, without one, through the shared matcher to SpotBugs bugs
 * (plugin mode). Uses only API that SpotBugs 4.8.6 (bundled by the IntelliJ plugin) also has.
 */
@OpcodeStack.CustomUserValue
public class SockcheckCallDetector extends OpcodeStackDetector {

  private final BugReporter bugReporter;
  private final TypeHierarchy hierarchy = new TypeHierarchy();

  private CallSiteListener listener;
  private RulePack pack;
  private ClassFacts classFacts;
  /** Local register → the call site whose result it holds, in bytecode order within one method. */
  private final Map<Integer, PendingSite> registers = new HashMap<>();
  /** Set by sawOpcode, applied to the pushed value by afterOpcode (after the stack has moved). */
  private Object markResult;

  public SockcheckCallDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    listener = ScanHook.current();
    pack = listener != null ? listener.rules() : BuiltinRules.pack();
    if (pack == null || !mentionsRuleMember(classContext.getJavaClass(), pack)) return;
    classFacts = new ClassFacts(classContext.getJavaClass().getClassName());
    try {
      super.visitClassContext(classContext);
      List<PendingSite> sites = classFacts.finish();
      if (listener != null) {
        for (PendingSite site : sites) listener.callSite(site.toCallSite());
      } else {
        PluginModeReporter.report(this, bugReporter, pack, classFacts.className, sites);
      }
    } finally {
      classFacts = null;
    }
  }

  /** Cheap skip for plugin mode: no NameAndType naming a member of the pack → nothing to extract. */
  private static boolean mentionsRuleMember(JavaClass javaClass, RulePack pack) {
    ConstantPool pool = javaClass.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantNameAndType nat
          && !pack.rulesForMember(nat.getName(pool)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void visit(Method method) { // before OpcodeStackDetector's (final) visitCode of this method
    registers.clear();
    markResult = null;
    super.visit(method);
  }

  @Override
  public void sawOpcode(int seen) {
    switch (seen) {
      case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESPECIAL, Const.INVOKESTATIC -> sawInvoke(seen);
      case Const.NEW -> markResult = new NewMarker(getPC());
      case Const.ASTORE, Const.ASTORE_0, Const.ASTORE_1, Const.ASTORE_2, Const.ASTORE_3 -> sawStore();
      case Const.PUTFIELD, Const.PUTSTATIC -> sawFieldStore();
      case Const.CHECKCAST, Const.INSTANCEOF -> sawTypeTest();
      default -> { }
    }
  }

  @Override
  public void afterOpcode(int seen) {
    super.afterOpcode(seen);
    if (markResult != null && stack.getStackDepth() > 0) stack.getStackItem(0).setUserValue(markResult);
    markResult = null;
  }

  private void sawInvoke(int seen) {
    String ownerInternal = getClassConstantOperand();
    String name = getNameConstantOperand();
    String descriptor = getSigConstantOperand();
    if (ownerInternal.startsWith("[")) return; // array clone() etc.
    int argCount = getNumberArguments(descriptor);
    if (stack.getStackDepth() < argCount + (seen == Const.INVOKESTATIC ? 0 : 1)) return;
    int line = lineAt(getPC());

    if (seen != Const.INVOKESTATIC) recordUseOfReceiver(stack.getStackItem(argCount), ownerInternal, name, line);

    if (!isCandidate(ownerInternal, name)) return;
    List<String> paramTypes = Descriptors.parameterTypes(descriptor);
    List<ArgFact> args = new ArrayList<>(argCount);
    for (int i = 0; i < argCount; i++) {
      args.add(ArgFacts.of(stack.getStackItem(argCount - 1 - i), paramTypes.get(i)));
    }
    int sitePc = getPC();
    NewMarker allocation = null;
    if ("<init>".equals(name) && stack.getStackItem(argCount).getUserValue() instanceof NewMarker marker) {
      allocation = marker;
      sitePc = marker.pc; // javac's line of `new`, which is what the source engine reports
    }
    int siteLine = lineAt(sitePc);
    String sourcePath = sourcePath();
    PendingSite site = new PendingSite(
        Descriptors.dotted(ownerInternal),
        hierarchy.supertypes(ownerInternal),
        name,
        paramTypes,
        Descriptors.returnType(descriptor),
        args,
        Location.line(sourcePath, siteLine),
        getDottedClassName() + "#" + getMethodName(),
        MethodAnnotation.fromVisitedMethod(this),
        SourceLineAnnotation.fromVisitedInstruction(getClassContext(), this, sitePc));
    classFacts.sites.add(site);
    if (allocation != null) {
      allocation.site = site; // the DUP'd reference of the new object now stands for this result
    } else if (!descriptor.endsWith(")V")) {
      markResult = site;
    }
  }

  /** Whether some Java pattern of the pack could match this owner and member. */
  private boolean isCandidate(String ownerInternal, String member) {
    List<Rule> rules = pack.rulesForMember(member);
    if (rules.isEmpty()) return false;
    String owner = Descriptors.dotted(ownerInternal);
    for (Rule rule : rules) {
      for (CallPattern pattern : patterns(rule)) {
        if (pattern.language() == Language.PYTHON || !member.equals(pattern.member())) continue;
        if (pattern.owner().equals("*") || pattern.owner().equals(owner)) return true;
        if (pattern.subtypes() && hierarchy.supertypes(ownerInternal).contains(pattern.owner())) return true;
      }
    }
    return false;
  }

  private static List<CallPattern> patterns(Rule rule) {
    List<CallPattern> patterns = new ArrayList<>();
    if (rule.call() != null) patterns.addAll(rule.call().calls());
    if (rule.combination() != null) patterns.addAll(rule.combination().codeUses());
    return patterns;
  }

  private void recordUseOfReceiver(OpcodeStack.Item receiver, String ownerInternal, String name, int line) {
    ResultUse use = new ResultUse(Descriptors.dotted(ownerInternal), name, Location.line(sourcePath(), line));
    PendingSite site = siteOf(receiver);
    if (site != null) site.addUse(use);
    var field = receiver.getXField();
    if (field != null && field.getClassName().equals(getDottedClassName())) {
      classFacts.fieldUses.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(use);
    }
  }

  private void sawStore() {
    if (stack.getStackDepth() == 0) return;
    PendingSite site = siteOf(stack.getStackItem(0));
    if (site != null) registers.put(getRegisterOperand(), site);
    else registers.remove(getRegisterOperand());
  }

  private void sawFieldStore() {
    if (stack.getStackDepth() == 0 || !getClassConstantOperand().equals(getClassName())) return;
    PendingSite site = siteOf(stack.getStackItem(0));
    if (site != null) classFacts.fieldSites.computeIfAbsent(getNameConstantOperand(), k -> new ArrayList<>()).add(site);
  }

  private void sawTypeTest() {
    if (stack.getStackDepth() == 0) return;
    String type = getClassConstantOperand();
    if (type.startsWith("[")) return;
    PendingSite site = siteOf(stack.getStackItem(0));
    if (site != null) site.resultCasts.add(Descriptors.dotted(type));
  }

  /** The call site whose result this stack value is: directly, via a marked copy, or via a local. */
  private PendingSite siteOf(OpcodeStack.Item item) {
    Object value = item.getUserValue();
    if (value instanceof PendingSite site) return site;
    if (value instanceof NewMarker marker && marker.site != null) return marker.site;
    int register = item.getRegisterNumber();
    return register >= 0 ? registers.get(register) : null;
  }

  private int lineAt(int pc) {
    LineNumberTable lines = getCode().getLineNumberTable();
    if (lines == null) return 0;
    int line = lines.getSourceLine(pc);
    return Math.max(line, 0);
  }

  /** {@code pkg/dir/Foo.java} from the package and the SourceFile attribute. */
  private String sourcePath() {
    String className = getClassName();
    int slash = className.lastIndexOf('/');
    String dir = slash < 0 ? "" : className.substring(0, slash + 1);
    String file = getSourceFile();
    if (file == null || file.isEmpty() || "<Unknown>".equals(file)) {
      String simple = className.substring(slash + 1);
      int dollar = simple.indexOf('$');
      file = (dollar > 0 ? simple.substring(0, dollar) : simple) + ".java";
    }
    return dir + file;
  }

  /** Per-class collection: sites in visiting order, and field stores/uses joined at the end of the class. */
  static final class ClassFacts {
    final String className;
    final List<PendingSite> sites = new ArrayList<>();
    final Map<String, List<PendingSite>> fieldSites = new HashMap<>();
    final Map<String, List<ResultUse>> fieldUses = new HashMap<>();

    ClassFacts(String className) {
      this.className = className;
    }

    List<PendingSite> finish() {
      fieldSites.forEach((field, stored) -> {
        for (ResultUse use : fieldUses.getOrDefault(field, List.of())) {
          for (PendingSite site : stored) site.addUse(use);
        }
      });
      return sites;
    }
  }
}
