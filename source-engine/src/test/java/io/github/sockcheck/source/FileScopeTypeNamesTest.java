package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.sockcheck.core.io.FileContents;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link FileScope#typeName} keeps answers per written name and class body: the same name must get
 * the answer it gets alone, wherever a type parameter, a local class, another class body or a class
 * header gives it another meaning.
 */
class FileScopeTypeNamesTest {

  private static final String TEXT =
      """
      package p;
      import java.util.Map;
      class A {
        static class Entry {}
        Entry a;
        class Inner { Entry b; }
        <Entry> void m(Entry c) {}
        void n() { class Entry {} Entry d; }
        Object o = new java.util.HashMap<Entry, String>() { Map.Entry<String, String> e; Entry f; };
      }
      class B { Entry g; }
      abstract class C implements Map<String, String> { Entry h; }
      abstract class D extends java.util.ArrayList<Entry> { Entry i; }
      """;

  @Test
  void aNameGetsTheAnswerItGetsAlone() {
    try (ClassFileConstants classFiles = new ClassFileConstants(List.of())) {
      ThreadResolver resolver =
          new ThreadResolver(Map.of(), List.of(), StandardCharsets.UTF_8, FileContents.DISK);
      CompilationUnit shared = resolver.parser.parse(TEXT).getResult().orElseThrow();
      FileScope scope =
          new FileScope(shared, "p/A.java", new LineIndex(TEXT), resolver.solver, classFiles);
      List<ClassOrInterfaceType> types = shared.findAll(ClassOrInterfaceType.class);
      List<String> together = new ArrayList<>();
      for (ClassOrInterfaceType t : types) together.add(scope.typeName(t));

      List<String> alone = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        CompilationUnit fresh = resolver.parser.parse(TEXT).getResult().orElseThrow();
        FileScope own =
            new FileScope(fresh, "p/A.java", new LineIndex(TEXT), resolver.solver, classFiles);
        alone.add(own.typeName(fresh.findAll(ClassOrInterfaceType.class).get(i)));
      }
      assertEquals(alone, together);
      // The fixture exercises the shadowing it is about.
      assertEquals("p.A$Entry", together.get(indexOf(types, "a")));
      assertEquals("java.lang.Object", together.get(indexOf(types, "c")));
      assertEquals("java.util.Map$Entry", together.get(indexOf(types, "h")));
    }
  }

  /** The index of the type of the field or parameter named {@code variable}. */
  private static int indexOf(List<ClassOrInterfaceType> types, String variable) {
    for (int i = 0; i < types.size(); i++) {
      Object parent = types.get(i).getParentNode().orElse(null);
      String name =
          parent instanceof com.github.javaparser.ast.body.VariableDeclarator v
              ? v.getNameAsString()
              : parent instanceof com.github.javaparser.ast.body.Parameter p
                  ? p.getNameAsString()
                  : null;
      if (variable.equals(name)) return i;
    }
    throw new AssertionError("no type of " + variable);
  }
}
