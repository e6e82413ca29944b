package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.engine.CachedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * When the incremental cache re-extracts an unchanged file: when a file it resolved a name against
 * was added, removed or changed (a stale entry would keep a finding the code no longer has, or miss
 * a new one).
 */
class CacheValidityTest {

  private static CachedFile entry(String provides, String... dependsOn) {
    return new CachedFile(
        "h", provides, Set.of(dependsOn), List.of(), List.of(), List.of(), true, true, List.of());
  }

  /** A file read afresh (changed or new) with its type key. */
  private static SourceReader.Read fresh(String path, String typeKey) {
    return new SourceReader.Read(Path.of(path), path, "h2", typeKey, "", false, null, List.of());
  }

  /** A file whose cached entry stands. */
  private static SourceReader.Read unchanged(String path, CachedFile before) {
    return new SourceReader.Read(
        Path.of(path), path, "h", before.provides(), null, false, before, List.of());
  }

  @Test
  void withNothingChangedEveryEntryStands() {
    CachedFile a = entry("p.A", "p.B", "java.lang.String");
    CachedFile b = entry("p.B");
    CacheValidity v =
        new CacheValidity(
            Map.of("p/A.java", a, "p/B.java", b),
            List.of(unchanged("p/A.java", a), unchanged("p/B.java", b)));
    assertEquals(Set.of(), v.changedKeys());
    assertTrue(v.stillValid(a));
  }

  @Test
  void aChangedFileInvalidatesTheEntriesThatLookedUpItsTypes() {
    CachedFile a = entry("p.A", "p.B.Inner");
    CachedFile b = entry("p.B");
    CacheValidity v =
        new CacheValidity(
            Map.of("p/A.java", a, "p/B.java", b),
            List.of(unchanged("p/A.java", a), fresh("p/B.java", "p.B")));
    assertEquals(Set.of("p.B"), v.changedKeys());
    assertFalse(v.stillValid(a), "p.B.Inner may be a nested type of p.B");
    assertFalse(v.stillValid(entry("x.Y", "p.B")));
    assertTrue(v.stillValid(entry("x.Y", "p.Bx", "p", "q.B")), "other names");
  }

  @Test
  void aNewFileInvalidatesEntriesThatMissedItsName() {
    CachedFile a = entry("p.A", "p.New");
    CacheValidity v =
        new CacheValidity(
            Map.of("p/A.java", a), List.of(unchanged("p/A.java", a), fresh("p/New.java", "p.New")));
    assertFalse(v.stillValid(a));
  }

  @Test
  void aRemovedFileInvalidatesItsDependents() {
    CachedFile a = entry("p.A", "p.Gone.CONSTANT");
    CachedFile gone = entry("p.Gone");
    CacheValidity v =
        new CacheValidity(
            Map.of("p/A.java", a, "p/Gone.java", gone), List.of(unchanged("p/A.java", a)));
    assertEquals(Set.of("p.Gone"), v.changedKeys());
    assertFalse(v.stillValid(a));
  }

  @Test
  void aFileThatMovedPackageChangesItsOldAndItsNewKey() {
    CachedFile b = entry("old.B");
    CacheValidity v =
        new CacheValidity(Map.of("src/B.java", b), List.of(fresh("src/B.java", "neu.B")));
    assertEquals(Set.of("old.B", "neu.B"), v.changedKeys());
    assertFalse(v.stillValid(entry("x.A", "old.B")));
    assertFalse(v.stillValid(entry("x.A", "neu.B")));
  }

  @Test
  void filesWithoutATypeKeyChangeNoKey() {
    CachedFile none = entry("");
    CacheValidity v =
        new CacheValidity(
            Map.of("a.java", none, "gone.java", none),
            List.of(fresh("a.java", null), fresh("b.java", null)));
    assertEquals(Set.of(), v.changedKeys());
  }

  @Test
  void aChangedPackagePrefixInvalidatesEveryDeeperName() {
    CacheValidity v = new CacheValidity(Map.of(), List.of(fresh("a.java", "a")));
    assertFalse(v.stillValid(entry("x.Y", "a.b.C.D")));
    assertTrue(v.stillValid(entry("x.Y", "ab.C")));
  }
}
