package io.github.sockcheck.bytecode.detector;

/**
 * OpcodeStack user value on the object a NEW instruction allocated: remembers the line of {@code new}
 * (the line the source engine reports for a constructor call) and, once the constructor is a call
 * site, that site, so later uses of the new object count as uses of the constructor's result.
 */
final class NewMarker {
  final int pc;
  PendingSite site;

  NewMarker(int pc) {
    this.pc = pc;
  }

  @Override
  public String toString() {
    return "sockcheck:new@" + pc;
  }
}
