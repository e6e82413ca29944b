package io.github.sockcheck.scan;

import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Location;
import java.util.List;
import java.util.function.Consumer;

/**
 * An engine that reports fixed call sites, to test the pipeline stages without parsing anything.
 */
final class FakeEngine implements Engine {

  private final String id;
  private final Consumer<EngineSink> body;

  FakeEngine(String id, Consumer<EngineSink> body) {
    this.id = id;
    this.body = body;
  }

  /** An engine reporting {@code com.example.Lib.open(fd)} at each location. */
  static FakeEngine opens(String id, Location... locations) {
    return new FakeEngine(
        id,
        sink -> {
          for (Location l : locations) sink.callSite(open(id, l, -1));
        });
  }

  static CallSite open(String engine, Location location, long fd) {
    return CallSite.builder(Language.JAVA, "com.example.Lib", "open")
        .paramTypes(List.of("int"))
        .returnType("int")
        .args(List.of(ArgFact.ofInt(fd, null, String.valueOf(fd))))
        .location(location)
        .enclosing("com.example.Foo#run")
        .engine(engine)
        .build();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public void run(ScanContext context, EngineSink sink) {
    body.accept(sink);
  }
}
