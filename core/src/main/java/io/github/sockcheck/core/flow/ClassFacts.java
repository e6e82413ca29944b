package io.github.sockcheck.core.flow;

import java.util.List;

/**
 * The local facts of one class (top-level, nested, local or anonymous).
 *
 * @param name fully qualified, nested with {@code $} ({@code com.example.Server$1})
 * @param superName the direct superclass, null for {@code java.lang.Object} or when unknown
 * @param interfaces the directly implemented interfaces
 * @param sourcePath repository-relative path of the source file (source engine), or the path the
 *     bytecode's {@code SourceFile} attribute and package give ({@code com/example/Server.java})
 * @param enclosingMethod for local and anonymous classes, the method key ({@code Outer#name/arity})
 *     they are declared in; null otherwise
 */
public record ClassFacts(
    String name,
    String superName,
    List<String> interfaces,
    Access access,
    String sourcePath,
    String enclosingMethod,
    List<FieldDecl> fields,
    List<MethodFacts> methods) {

  public ClassFacts {
    interfaces = List.copyOf(interfaces);
    fields = List.copyOf(fields);
    methods = List.copyOf(methods);
  }

  /** The package part of the name ({@code com.example}), "" for the unnamed package. */
  public String packageName() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  public String simpleName() {
    return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1);
  }
}
