package io.github.sockcheck.source;

import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.FlowRounds;
import io.github.sockcheck.core.flow.Need;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The source engine's side of {@link FlowRounds}: a need is met by the files whose text names its
 * word (in the owner's package when the member is package-private), or, for a class, by the file
 * that declares it. Each file's identifiers are hashed once ({@link IdentifierHashes}), so a round
 * decodes again only the files that may name a need's owner and word, and no text is kept between
 * rounds.
 */
final class SourceRounds implements FlowRounds.Front<SourceReader.Read> {

  /** Parses some files and returns their facts. */
  @FunctionalInterface
  interface Analyser {
    List<ClassFacts> analyse(List<SourceReader.Read> inputs) throws InterruptedException;
  }

  private final List<SourceReader.Read> files;
  private final SourceReader reader;
  private final Analyser analyser;

  /** Per file, the hashes of its identifiers; an empty array when it cannot be read. */
  private final Map<SourceReader.Read, int[]> identifiers = new HashMap<>();

  private long selectionNanos;

  SourceRounds(List<SourceReader.Read> files, SourceReader reader, Analyser analyser) {
    this.files = files;
    this.reader = reader;
    this.analyser = analyser;
  }

  @Override
  public List<ClassFacts> analyse(List<SourceReader.Read> inputs) throws InterruptedException {
    return analyser.analyse(inputs);
  }

  /** Time spent choosing the files of later rounds (the engine's timing output). */
  long selectionNanos() {
    return selectionNanos;
  }

  @Override
  public List<SourceReader.Read> inputsFor(SortedSet<Need> needs) {
    long start = System.nanoTime();
    try {
      return select(needs);
    } finally {
      selectionNanos += System.nanoTime() - start;
    }
  }

  private List<SourceReader.Read> select(SortedSet<Need> needs) {
    TreeSet<String> words = new TreeSet<>();
    Map<String, String> declaringFiles = new HashMap<>();
    Set<String> ownerPackages = new HashSet<>();
    TreeSet<String> ownerNames = new TreeSet<>();
    Set<String> needWords = new HashSet<>();
    for (Need need : needs) {
      if (need instanceof Need.ClassNamed c) {
        declaringFiles.put(outerTypeKey(c.type()), c.type());
      } else {
        words.add(need.word());
        needWords.add(need.word());
        words.add(Need.simpleName(owner(need)));
        ownerPackages.add(Need.packageOf(owner(need)));
        ownerNames.add(Need.simpleName(owner(need)));
      }
    }
    WordIndex index = new WordIndex(words);
    List<SourceReader.Read> found = new ArrayList<>();
    for (SourceReader.Read r : files) {
      if (r.typeKey() != null && declaringFiles.containsKey(r.typeKey())) {
        found.add(r);
        continue;
      }
      if (words.isEmpty()) continue;
      // Every match below is in an owner's package or names an owner, and names a need's word:
      // the hashes reject most files before their text is decoded again.
      int[] hashes = identifiers.computeIfAbsent(r, this::identifierHashes);
      if (!ownerPackages.contains(packageOf(r)) && !mayHoldAny(hashes, ownerNames)) continue;
      if (!mayHoldAny(hashes, needWords)) continue;
      String text = reader.decode(r);
      if (text == null) continue;
      WordIndex.Occurrences at = index.find(text);
      for (Need need : needs) {
        if (need instanceof Need.ClassNamed || !at.any(need.word())) continue;
        boolean samePackage = Need.packageOf(owner(need)).equals(packageOf(r));
        if (samePackageOnly(need) && !samePackage) continue;
        // Outside the owner's package a caller or accessor names the owner (an import, a static
        // call, a
        // declared type): a member name alone (`get`, `close`) is in most files and would pull in
        // the
        // whole project. A call through a subtype or a chained result that never names the owner is
        // missed.
        if (!samePackage && !at.any(Need.simpleName(owner(need)))) continue;
        found.add(r);
        break;
      }
    }
    return found;
  }

  private int[] identifierHashes(SourceReader.Read r) {
    String text = reader.decode(r);
    return text == null ? new int[0] : IdentifierHashes.of(text);
  }

  private static boolean mayHoldAny(int[] hashes, Set<String> words) {
    for (String w : words) if (IdentifierHashes.mayHold(hashes, w)) return true;
    return false;
  }

  private static boolean samePackageOnly(Need need) {
    return need instanceof Need.CallersOf c
        ? c.samePackage()
        : need instanceof Need.AccessorsOf a && a.samePackage();
  }

  private static String owner(Need need) {
    return need instanceof Need.CallersOf c ? c.owner() : ((Need.AccessorsOf) need).owner();
  }

  private static String packageOf(SourceReader.Read r) {
    String key = r.typeKey();
    if (key == null) return "";
    int dot = key.lastIndexOf('.');
    return dot < 0 ? "" : key.substring(0, dot);
  }

  /** {@code a.b.Outer$Inner} → {@code a.b.Outer}, the key of the file that declares it. */
  private static String outerTypeKey(String type) {
    int dollar = type.indexOf('$');
    return dollar < 0 ? type : type.substring(0, dollar);
  }
}
