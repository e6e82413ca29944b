package io.github.sockcheck.bytecode.plugin;

import io.github.sockcheck.bytecode.detector.BuiltinRules;
import io.github.sockcheck.core.io.AtomicFiles;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step ({@code process-classes}, exec-maven-plugin): writes {@code findbugs.xml} and {@code
 * messages.xml} for the built-in rule pack into the classes directory, so the descriptors can never
 * drift from {@code rules/*.yaml}. Arguments: output directory, plugin version.
 */
public final class PluginDescriptorGenerator {

  private PluginDescriptorGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2)
      throw new IllegalArgumentException(
          "usage: PluginDescriptorGenerator <classes-dir> <version>");
    Path out = Path.of(args[0]);
    RulePack pack = BuiltinRules.pack();
    generate(pack, out, args[1]);
    System.out.println(
        "[sockcheck] SpotBugs plugin descriptors: "
            + PluginDescriptors.bytecodeRules(pack).size()
            + " bug pattern(s) in "
            + out);
  }

  public static void generate(RulePack pack, Path outputDirectory, String version)
      throws IOException {
    Files.createDirectories(outputDirectory);
    AtomicFiles.writeString(
        outputDirectory.resolve("findbugs.xml"), PluginDescriptors.findbugsXml(pack, version));
    AtomicFiles.writeString(
        outputDirectory.resolve("messages.xml"), PluginDescriptors.messagesXml(pack));
  }
}
