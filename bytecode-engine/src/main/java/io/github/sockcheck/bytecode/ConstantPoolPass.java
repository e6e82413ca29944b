package io.github.sockcheck.bytecode;

import io.github.sockcheck.bytecode.ProgramClasses.Root;
import io.github.sockcheck.bytecode.facts.BadClassFileException;
import io.github.sockcheck.bytecode.facts.ConstantPool;
import io.github.sockcheck.bytecode.input.ClassFiles;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.index.CallPatternIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The constant-pool pass over every class root: each class file read once, its pool parsed with the
 * pre-filter's probes, its bytes kept only when it passes. Roots are read in parallel (one root per
 * worker at a time) and added to the {@link ProgramClasses} in root order, so the result and the
 * order of notifications do not depend on timing. A jar entry that an earlier jar already holds
 * under the same name is skipped without being inflated: the first root wins, as on a class path,
 * so its bytes could never be used (Netty 4.1 and 4.2 side by side share most class names).
 */
final class ConstantPoolPass {

  private final ClassFiles.Limits limits;
  private final CallPatternIndex.ClassFileProbes probes;
  private final Set<String> types;
  private final boolean prefilter;
  private final Function<String, Location> locate;

  /**
   * @param probes the pre-filter's probes; the program subtypes of their owners are known after
   *     every root is read
   * @param types internal names whose use (class literal, cast, {@code X::new}) makes a class
   *     relevant
   * @param prefilter false keeps every class for the first round
   * @param locate the location of a class file or jar ({@code where} string) for notifications
   */
  ConstantPoolPass(
      ClassFiles.Limits limits,
      CallPatternIndex.ClassFileProbes probes,
      Set<String> types,
      boolean prefilter,
      Function<String, Location> locate) {
    this.limits = limits;
    this.probes = probes;
    this.types = types;
    this.prefilter = prefilter;
    this.locate = locate;
  }

  /** Reads {@code roots} on {@code threads} workers; notifications go to {@code notes}. */
  ProgramClasses read(List<Root> roots, int threads, Consumer<Notification> notes)
      throws InterruptedException {
    List<RootRead> reads = new ArrayList<>(roots.size());
    Set<String> earlier = new HashSet<>();
    for (Root root : roots) {
      Set<String> shadowed = new HashSet<>();
      for (String entry : ClassFiles.jarClassEntries(root.path())) {
        if (!earlier.add(entry)) shadowed.add(entry);
      }
      reads.add(new RootRead(root, shadowed));
    }
    if (threads <= 1 || reads.size() <= 1) {
      for (RootRead r : reads) {
        if (Thread.interrupted()) throw new InterruptedException();
        r.run();
      }
    } else {
      ExecutorService workers =
          Executors.newFixedThreadPool(
              Math.min(threads, reads.size()),
              r -> {
                Thread t = new Thread(r, "sockcheck-bytecode-read");
                t.setDaemon(true);
                return t;
              });
      try {
        List<Future<?>> pending = new ArrayList<>(reads.size());
        for (RootRead r : reads) pending.add(workers.submit(r));
        for (Future<?> f : pending) {
          try {
            f.get();
          } catch (ExecutionException e) {
            throw new IllegalStateException(
                "reading class files failed: " + e.getCause(), e.getCause());
          }
        }
      } finally {
        workers.shutdownNow();
      }
    }
    ProgramClasses program = new ProgramClasses(limits);
    for (RootRead r : reads) {
      r.notes.forEach(notes);
      for (Read c : r.classes) program.add(r.root, c.where, c.pool, c.bytes, c.bytes != null);
    }
    if (prefilter) program.keepCallersThroughSubtypes(probes.throughSubtypes());
    return program;
  }

  /** One class file read: its pool, and its bytes when it passed the pre-filter. */
  private record Read(String where, ConstantPool pool, byte[] bytes) {}

  /** The classes and notifications of one root, in reading order. */
  private final class RootRead implements Runnable, ClassFiles.Visitor {
    private final Root root;
    private final Set<String> shadowed;
    private final List<Read> classes = new ArrayList<>();
    private final List<Notification> notes = new ArrayList<>();

    RootRead(Root root, Set<String> shadowed) {
      this.root = root;
      this.shadowed = shadowed;
    }

    @Override
    public void run() {
      new ClassFiles(limits).read(root.path(), this);
    }

    @Override
    public boolean wants(String entryName) {
      return !shadowed.contains(entryName);
    }

    @Override
    public void classFile(Path from, String where, byte[] bytes) {
      ConstantPool pool;
      try {
        pool = ConstantPool.read(bytes, probes.owners(), types);
      } catch (BadClassFileException e) {
        notes.add(
            Notification.warning(
                BytecodeEngine.ID,
                locate.apply(where),
                "class file not analysed: " + e.getMessage()));
        return;
      }
      boolean keep = !prefilter || pool.relevant();
      classes.add(new Read(where, pool, keep ? bytes : null));
    }

    @Override
    public void problem(Path file, String message) {
      notes.add(Notification.warning(BytecodeEngine.ID, locate.apply(file.toString()), message));
    }
  }
}
