package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.CallSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project type whose supertypes are only partly on the classpath still reports the ones that are:
 * rules that match subtypes ({@code java.io.Closeable}, a Netty channel base class) depend on them.
 */
class SupertypeWalkTest {

  @TempDir Path root;

  private CallSite created(String declaration) throws Exception {
    String source =
        """
        package com.example;

        %s

        class Use {
          Object m() { return new Native(); } // L-new
        }
        """
            .formatted(declaration);
    TestSupport.write(root, "com/example/Native.java", source);
    TestSupport.Sink sink = TestSupport.scan(root, TestSupport.pack(), List.of());
    CallSite site = sink.atLine("Native.java", TestSupport.lineOf(source, "L-new"));
    assertEquals("com.example.Native", site.owner());
    assertEquals("<init>", site.member());
    return site;
  }

  @Test
  void anUnresolvableInterfaceDoesNotHideTheResolvableSupertypes() throws Exception {
    CallSite site =
        created(
            "class Native extends java.net.DatagramSocket implements org.unknown.Missing {"
                + " Native() throws java.net.SocketException {} }");
    assertTrue(
        site.ownerSupertypes().contains("java.net.DatagramSocket"),
        site.ownerSupertypes().toString());
    assertTrue(
        site.ownerSupertypes().contains("java.io.Closeable"),
        "transitively: " + site.ownerSupertypes());
    assertTrue(
        site.ownerSupertypes().contains("java.lang.AutoCloseable"),
        "transitively: " + site.ownerSupertypes());
  }

  @Test
  void anUnresolvableSuperclassKeepsTheInterfaces() throws Exception {
    CallSite site =
        created(
            "class Native extends org.unknown.Base implements java.nio.channels.Channel {"
                + " public boolean isOpen() { return true; } public void close() {} }");
    assertTrue(
        site.ownerSupertypes().contains("java.nio.channels.Channel"),
        site.ownerSupertypes().toString());
    assertTrue(
        site.ownerSupertypes().contains("java.io.Closeable"),
        "transitively: " + site.ownerSupertypes());
  }

  @Test
  void aFullyResolvableTypeHasAllItsSupertypes() throws Exception {
    CallSite site =
        created(
            "class Native extends java.net.DatagramSocket { Native() throws java.net.SocketException {} }");
    assertTrue(
        site.ownerSupertypes().contains("java.net.DatagramSocket"),
        site.ownerSupertypes().toString());
    assertTrue(
        site.ownerSupertypes().contains("java.io.Closeable"), site.ownerSupertypes().toString());
  }
}
