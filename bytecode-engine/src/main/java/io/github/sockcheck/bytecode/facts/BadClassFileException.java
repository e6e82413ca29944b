package io.github.sockcheck.bytecode.facts;

/**
 * Bytes that are not a class file ASM can read: the message says why, for a notification naming the
 * file.
 */
public final class BadClassFileException extends Exception {

  private static final long serialVersionUID = 1L;

  public BadClassFileException(String message) {
    super(message);
  }

  /** The reason a class file was rejected, from what ASM threw while reading it. */
  static BadClassFileException of(RuntimeException e) {
    if (e instanceof ArrayIndexOutOfBoundsException)
      return new BadClassFileException("truncated or corrupt class file");
    String message = e.getMessage();
    if (message != null && message.startsWith("Unsupported class file")) {
      return new BadClassFileException(
          message.toLowerCase(java.util.Locale.ROOT) + " (newer than this sockcheck reads)");
    }
    return new BadClassFileException(
        "corrupt class file ("
            + e.getClass().getSimpleName()
            + (message == null ? "" : ": " + message)
            + ")");
  }

  /** Rejects bytes without the class-file magic number before ASM reads them. */
  static void checkMagic(byte[] bytes) throws BadClassFileException {
    if (bytes.length < 10)
      throw new BadClassFileException("truncated class file (" + bytes.length + " bytes)");
    if ((bytes[0] & 0xFF) != 0xCA
        || (bytes[1] & 0xFF) != 0xFE
        || (bytes[2] & 0xFF) != 0xBA
        || (bytes[3] & 0xFF) != 0xBE) {
      throw new BadClassFileException("not a class file (bad magic number)");
    }
  }
}
