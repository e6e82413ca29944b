package io.github.sockcheck.scan.cache;

import io.github.sockcheck.core.engine.CachedFile;
import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Guard;
import io.github.sockcheck.core.facts.GuardOutcome;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.facts.TypeLiteral;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.flow.TypeRef;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The binary form of cache entries: every fact field written explicitly, nothing reflective. */
final class FactCodec {

  /** Bump when the layout below changes: older files are then discarded as stale. */
  static final int FORMAT = 6;

  /** Refuses absurd lengths from a corrupt file before allocating. */
  private static final int MAX_LENGTH = 64 << 20;

  private FactCodec() {}

  static void writeEntries(DataOutputStream out, Map<String, CachedFile> entries)
      throws IOException {
    out.writeInt(entries.size());
    for (Map.Entry<String, CachedFile> e : new TreeMap<>(entries).entrySet()) {
      string(out, e.getKey());
      CachedFile f = e.getValue();
      string(out, f.contentHash());
      string(out, f.provides());
      strings(out, f.dependsOn());
      out.writeInt(f.callSites().size());
      for (CallSite s : f.callSites()) callSite(out, s);
      out.writeInt(f.notifications().size());
      for (Notification n : f.notifications()) notification(out, n);
      out.writeInt(f.classFacts().size());
      for (var c : f.classFacts()) FlowFactsCodec.write(out, c);
      out.writeBoolean(f.candidate());
      out.writeBoolean(f.analysed());
      out.writeInt(f.typeRefs().size());
      for (TypeRef r : f.typeRefs()) FlowFactsCodec.typeRef(out, r);
    }
  }

  static Map<String, CachedFile> readEntries(DataInputStream in) throws IOException {
    int count = length(in);
    Map<String, CachedFile> entries = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String path = required(in);
      String hash = required(in);
      String provides = required(in);
      Set<String> deps = new LinkedHashSet<>(readStrings(in));
      int sites = length(in);
      List<CallSite> callSites = new ArrayList<>();
      for (int j = 0; j < sites; j++) callSites.add(callSite(in));
      int notes = length(in);
      List<Notification> notifications = new ArrayList<>();
      for (int j = 0; j < notes; j++) notifications.add(notification(in));
      int classCount = length(in);
      List<io.github.sockcheck.core.flow.ClassFacts> classes = new ArrayList<>();
      for (int j = 0; j < classCount; j++) classes.add(FlowFactsCodec.read(in));
      boolean candidate = in.readBoolean();
      boolean analysed = in.readBoolean();
      int refCount = length(in);
      List<TypeRef> refs = new ArrayList<>();
      for (int j = 0; j < refCount; j++) refs.add(FlowFactsCodec.typeRef(in));
      entries.put(
          path,
          new CachedFile(
              hash, provides, deps, callSites, notifications, classes, candidate, analysed, refs));
    }
    return entries;
  }

  private static void callSite(DataOutputStream out, CallSite s) throws IOException {
    string(out, s.language().name());
    string(out, s.owner());
    strings(out, s.ownerSupertypes());
    string(out, s.member());
    out.writeBoolean(s.paramTypes() != null);
    if (s.paramTypes() != null) strings(out, s.paramTypes());
    string(out, s.returnType());
    out.writeInt(s.args().size());
    for (ArgFact a : s.args()) arg(out, a);
    out.writeInt(s.keywordArgs().size());
    for (Map.Entry<String, ArgFact> e : new TreeMap<>(s.keywordArgs()).entrySet()) {
      string(out, e.getKey());
      arg(out, e.getValue());
    }
    out.writeInt(s.resultUses().size());
    for (ResultUse u : s.resultUses()) {
      string(out, u.owner());
      string(out, u.member());
      location(out, u.location());
      out.writeInt(u.args().size());
      for (ArgFact a : u.args()) arg(out, a);
    }
    strings(out, s.resultCasts());
    location(out, s.location());
    string(out, s.enclosing());
    out.writeBoolean(s.resolved());
    string(out, s.engine());
    out.writeInt(s.guards().size());
    for (Guard g : s.guards()) {
      arg(out, g.tested());
      string(out, g.outcome().name());
    }
    strings(out, new java.util.TreeSet<>(s.configuredClasses()));
  }

  private static CallSite callSite(DataInputStream in) throws IOException {
    Language language = Language.valueOf(required(in));
    String owner = string(in);
    List<String> supertypes = readStrings(in);
    String member = string(in);
    List<String> params = in.readBoolean() ? readStrings(in) : null;
    String returnType = string(in);
    int argCount = length(in);
    List<ArgFact> args = new ArrayList<>();
    for (int i = 0; i < argCount; i++) args.add(arg(in));
    int kwCount = length(in);
    Map<String, ArgFact> keywords = new LinkedHashMap<>();
    for (int i = 0; i < kwCount; i++) keywords.put(required(in), arg(in));
    int useCount = length(in);
    List<ResultUse> uses = new ArrayList<>();
    for (int i = 0; i < useCount; i++) {
      String useOwner = string(in);
      String useMember = string(in);
      Location useLocation = location(in);
      int useArgCount = length(in);
      List<ArgFact> useArgs = new ArrayList<>();
      for (int k = 0; k < useArgCount; k++) useArgs.add(arg(in));
      uses.add(new ResultUse(useOwner, useMember, useLocation, useArgs));
    }
    List<String> casts = readStrings(in);
    Location location = location(in);
    String enclosing = string(in);
    boolean resolved = in.readBoolean();
    String engine = string(in);
    int guardCount = length(in);
    List<Guard> guards = new ArrayList<>(guardCount);
    for (int i = 0; i < guardCount; i++)
      guards.add(new Guard(arg(in), GuardOutcome.valueOf(required(in))));
    List<String> configured = readStrings(in);
    return CallSite.builder(language, owner, member)
        .ownerSupertypes(Set.copyOf(supertypes))
        .paramTypes(params)
        .returnType(returnType)
        .args(args)
        .keywordArgs(keywords)
        .resultUses(uses)
        .resultCasts(Set.copyOf(casts))
        .location(location)
        .enclosing(enclosing)
        .resolved(resolved)
        .engine(engine)
        .guards(guards)
        .configuredClasses(Set.copyOf(configured))
        .build();
  }

  private static void arg(DataOutputStream out, ArgFact a) throws IOException {
    out.writeInt(a.values().size());
    for (ArgFact.Value v : a.values()) {
      string(out, v.origin().name());
      constant(out, v.constant());
      string(out, v.constantName());
      string(out, v.producedBy());
      strings(out, v.producerSupertypes());
      out.writeInt(v.producerArgs().size());
      for (ArgFact p : v.producerArgs()) arg(out, p);
    }
    string(out, a.text());
  }

  private static ArgFact arg(DataInputStream in) throws IOException {
    return arg(in, 0);
  }

  /**
   * Producer arguments nest one level (a use's argument, the call that made it, that call's
   * arguments).
   */
  private static ArgFact arg(DataInputStream in, int depth) throws IOException {
    if (depth > 2) throw new IOException("arguments nested too deeply");
    int count = length(in);
    List<ArgFact.Value> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ArgOrigin origin = ArgOrigin.valueOf(required(in));
      Object constant = constant(in);
      String constantName = string(in);
      String producedBy = string(in);
      Set<String> producerSupertypes = Set.copyOf(readStrings(in));
      int producerArgCount = length(in);
      List<ArgFact> producerArgs = new ArrayList<>();
      for (int k = 0; k < producerArgCount; k++) producerArgs.add(arg(in, depth + 1));
      values.add(
          new ArgFact.Value(
              origin, constant, constantName, producedBy, producerSupertypes, producerArgs));
    }
    if (values.isEmpty()) throw new IOException("an argument without values");
    return new ArgFact(values, string(in));
  }

  static void constant(DataOutputStream out, Object v) throws IOException {
    if (v == null) {
      out.writeByte(0);
      return;
    }
    for (ConstantKind kind : ConstantKind.values()) {
      if (kind.type.isInstance(v)) {
        out.writeByte(kind.tag());
        kind.writer.write(out, v);
        return;
      }
    }
    throw new IOException("cannot store a constant of type " + v.getClass().getName());
  }

  static Object constant(DataInputStream in) throws IOException {
    int tag = in.readUnsignedByte();
    if (tag == 0) return null;
    ConstantKind[] kinds = ConstantKind.values();
    if (tag > kinds.length) throw new IOException("unknown constant tag " + tag);
    return kinds[tag - 1].reader.read(in);
  }

  /**
   * The constant types a fact may hold, each with how it is written and read. The tag of a kind is
   * its position plus one (0 is null), so the order here is part of the {@link #FORMAT}.
   */
  private enum ConstantKind {
    LONG(Long.class, (out, v) -> out.writeLong((Long) v), DataInputStream::readLong),
    INTEGER(Integer.class, (out, v) -> out.writeInt((Integer) v), DataInputStream::readInt),
    BOOLEAN(Boolean.class, (out, v) -> out.writeBoolean((Boolean) v), DataInputStream::readBoolean),
    STRING(String.class, (out, v) -> string(out, (String) v), FactCodec::string),
    DOUBLE(Double.class, (out, v) -> out.writeDouble((Double) v), DataInputStream::readDouble),
    FLOAT(Float.class, (out, v) -> out.writeFloat((Float) v), DataInputStream::readFloat),
    CHARACTER(Character.class, (out, v) -> out.writeChar((Character) v), DataInputStream::readChar),
    SHORT(Short.class, (out, v) -> out.writeShort((Short) v), DataInputStream::readShort),
    BYTE(Byte.class, (out, v) -> out.writeByte((Byte) v), DataInputStream::readByte),
    TYPE_LITERAL(
        TypeLiteral.class,
        (out, v) -> string(out, ((TypeLiteral) v).type()),
        in -> new TypeLiteral(required(in)));

    private final Class<?> type;
    private final ConstantWriter writer;
    private final ConstantReader reader;

    ConstantKind(Class<?> type, ConstantWriter writer, ConstantReader reader) {
      this.type = type;
      this.writer = writer;
      this.reader = reader;
    }

    int tag() {
      return ordinal() + 1;
    }
  }

  @FunctionalInterface
  private interface ConstantWriter {
    void write(DataOutputStream out, Object value) throws IOException;
  }

  @FunctionalInterface
  private interface ConstantReader {
    Object read(DataInputStream in) throws IOException;
  }

  private static void notification(DataOutputStream out, Notification n) throws IOException {
    string(out, n.level().name());
    string(out, n.message());
    location(out, n.location());
    string(out, n.source());
  }

  private static Notification notification(DataInputStream in) throws IOException {
    return new Notification(Severity.valueOf(required(in)), string(in), location(in), string(in));
  }

  static void location(DataOutputStream out, Location l) throws IOException {
    out.writeBoolean(l != null);
    if (l == null) return;
    string(out, l.path());
    out.writeInt(l.startLine());
    out.writeInt(l.startColumn());
    out.writeInt(l.endLine());
    out.writeInt(l.endColumn());
  }

  static Location location(DataInputStream in) throws IOException {
    if (!in.readBoolean()) return null;
    return new Location(required(in), in.readInt(), in.readInt(), in.readInt(), in.readInt());
  }

  static void strings(DataOutputStream out, Collection<String> values) throws IOException {
    List<String> sorted = values instanceof List<String> l ? l : values.stream().sorted().toList();
    out.writeInt(sorted.size());
    for (String v : sorted) string(out, v);
  }

  static List<String> readStrings(DataInputStream in) throws IOException {
    int n = length(in);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < n; i++) values.add(required(in));
    return values;
  }

  static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n == -1) return null;
    if (n < 0 || n > MAX_LENGTH) throw new IOException("bad string length " + n);
    byte[] bytes = in.readNBytes(n);
    if (bytes.length != n) throw new java.io.EOFException("truncated string");
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static String required(DataInputStream in) throws IOException {
    String s = string(in);
    if (s == null) throw new IOException("missing value");
    return s;
  }

  static int length(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_LENGTH) throw new IOException("bad count " + n);
    return n;
  }
}
