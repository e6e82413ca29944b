package io.github.sockcheck.eval;

import java.util.List;

/** The two code engines the corpus scores. */
public final class Engines {

  public static final String SOURCE = "source";
  public static final String BYTECODE = "bytecode";
  public static final List<String> ALL = List.of(SOURCE, BYTECODE);

  private Engines() {}
}
