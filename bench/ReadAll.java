import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The lower bound of any JVM tool on the benchmark corpus: read every byte of the given files once.
 * Directories are walked; a .jar is opened and every entry is read (inflated), as a bytecode tool must.
 * One thread, no parsing. Prints the count of files, jar entries and bytes so the work cannot be
 * optimised away. Run it with `java` so its JVM start is counted like every other tool's.
 */
public final class ReadAll {

  private static long files;
  private static long entries;
  private static long bytes;
  private static long checksum;

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: java ReadAll PATH...");
      System.exit(2);
    }
    byte[] buffer = new byte[1 << 16];
    for (String arg : args) {
      List<Path> found = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(Path.of(arg))) {
        walk.filter(Files::isRegularFile).forEach(found::add);
      }
      for (Path file : found) read(file, buffer);
    }
    System.out.printf("files=%d jar-entries=%d bytes=%d checksum=%d%n", files, entries, bytes, checksum);
  }

  private static void read(Path file, byte[] buffer) throws IOException {
    files++;
    if (file.getFileName().toString().endsWith(".jar")) {
      try (ZipFile zip = new ZipFile(file.toFile())) {
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
          ZipEntry entry = all.nextElement();
          if (entry.isDirectory()) continue;
          entries++;
          try (InputStream in = zip.getInputStream(entry)) {
            drain(in, buffer);
          }
        }
      }
    } else {
      try (InputStream in = Files.newInputStream(file)) {
        drain(in, buffer);
      }
    }
  }

  private static void drain(InputStream in, byte[] buffer) throws IOException {
    int n;
    while ((n = in.read(buffer)) > 0) {
      bytes += n;
      checksum += buffer[n - 1]; // touch the data
    }
  }
}
