package io.github.sockcheck.combination;

import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.versions.JavaRelease;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.model.Build;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Plugin;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The Java release a project targets. From the POM the way maven-compiler-plugin decides it: an
 * explicit {@code <release>} in the plugin configuration, then {@code maven.compiler.release}, then
 * {@code <target>}/{@code maven.compiler.target}, then {@code source}; {@code 1.8} is release 8.
 * Without one, the highest class-file major version in the project's classes (major − 44).
 */
final class JavaReleaseReader {

  private static final String COMPILER = "maven-compiler-plugin";

  private JavaReleaseReader() {}

  static Optional<RuntimeFact> fromPom(EffectivePom pom, PomFiles files) {
    for (String key : List.of("release", "target", "source")) {
      Optional<RuntimeFact> fromPlugin = pluginSetting(pom, files, key);
      if (fromPlugin.isPresent()) return fromPlugin;
      Optional<RuntimeFact> fromProperty = property(pom, "maven.compiler." + key);
      if (fromProperty.isPresent()) return fromProperty;
    }
    return Optional.empty();
  }

  private static Optional<RuntimeFact> pluginSetting(EffectivePom pom, PomFiles files, String key) {
    for (int i = 0; i < pom.chain.size(); i++) {
      Build build = pom.chain.get(i).getBuild();
      if (build == null) continue;
      List<Plugin> plugins = new ArrayList<>(build.getPlugins());
      if (build.getPluginManagement() != null)
        plugins.addAll(build.getPluginManagement().getPlugins());
      for (Plugin plugin : plugins) {
        if (!COMPILER.equals(plugin.getArtifactId())
            || !(plugin.getConfiguration() instanceof Xpp3Dom configuration)) {
          continue;
        }
        Xpp3Dom setting = configuration.getChild(key);
        if (setting == null) continue;
        EffectivePom.Interpolated value =
            pom.interpolate(setting.getValue() == null ? "" : setting.getValue().trim());
        Optional<String> release = normalize(value.value());
        if (release.isPresent()) {
          InputLocation written = setting.getInputLocation() instanceof InputLocation l ? l : null;
          Location at =
              value.sources().isEmpty()
                  ? files.location(pom.chainFiles.get(i), written, key)
                  : value.sources().get(0).location();
          return Optional.of(new RuntimeFact("java", release.get(), null, at));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<RuntimeFact> property(EffectivePom pom, String name) {
    Optional<EffectivePom.Property> p = pom.property(name);
    if (p.isEmpty()) return Optional.empty();
    EffectivePom.Interpolated value = pom.interpolate("${" + name + "}");
    Optional<String> release = normalize(value.value());
    if (release.isEmpty()) return Optional.empty();
    Location at = value.sources().isEmpty() ? null : value.sources().get(0).location();
    return Optional.of(new RuntimeFact("java", release.get(), null, at));
  }

  /** "1.8" → "8", "17" → "17"; anything else (unresolved ${...}) → empty. */
  static Optional<String> normalize(String value) {
    return Optional.ofNullable(JavaRelease.parse(value)).map(String::valueOf);
  }

  /** The highest release among the class files in these directories and jars. */
  static OptionalInt fromClasses(
      List<Path> classRoots,
      Consumer<Notification> notifications,
      java.util.function.Function<Path, String> relativize) {
    int max = 0;
    for (Path root : classRoots) {
      try {
        if (Files.isDirectory(root)) {
          try (Stream<Path> walk = Files.walk(root)) {
            for (Path p :
                (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".class"))::iterator) {
              try (InputStream in = Files.newInputStream(p)) {
                max = Math.max(max, major(in));
              }
            }
          }
        } else if (Files.isRegularFile(root) && root.toString().endsWith(".jar")) {
          try (ZipFile zip = new ZipFile(root.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
              ZipEntry e = entries.nextElement();
              // Multi-release jars keep newer variants under META-INF/versions: not the base
              // release.
              if (!e.getName().endsWith(".class") || e.getName().startsWith("META-INF/")) continue;
              try (InputStream in = zip.getInputStream(e)) {
                max = Math.max(max, major(in));
              }
            }
          }
        }
      } catch (IOException e) {
        notifications.accept(
            Notification.warning(
                CombinationEngine.ID,
                Location.file(relativize.apply(root)),
                "cannot read classes to find the Java release: " + e.getMessage()));
      }
    }
    return max > 44 ? OptionalInt.of(max - 44) : OptionalInt.empty();
  }

  /**
   * The class-file major version, 0 when the bytes are not a class file. Eight header bytes, not
   * ASM: its {@code ClassReader} walks the whole constant pool first and rejects versions newer
   * than it knows.
   */
  private static int major(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    byte[] head = data.readNBytes(8);
    if (head.length < 8
        || (head[0] & 0xff) != 0xCA
        || (head[1] & 0xff) != 0xFE
        || (head[2] & 0xff) != 0xBA
        || (head[3] & 0xff) != 0xBE) {
      return 0;
    }
    return ((head[6] & 0xff) << 8) | (head[7] & 0xff);
  }
}
