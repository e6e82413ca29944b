package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The package a file declares, which keys the file in the source index ({@code package.FileStem}):
 * a wrong name makes another file's types unresolvable, an empty one files it in the default
 * package. {@code ⏎} stands for a line break, {@code ·} for a byte order mark.
 */
class PackageRootsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      plain declaration               | package a.b; class A {}                            | a.b
      one segment                     | package a;                                         | a
      leading blank lines             | ⏎⏎   package a.b;                                  | a.b
      byte order mark                 | ·package a.b;                                      | a.b
      line comment first              | // licence⏎package a.b;                            | a.b
      block comment first             | /* licence⏎ * text */ package a.b;                 | a.b
      comment that looks closed early | /*/ package x; */ package a.b;                     | a.b
      javadoc then comment            | /** doc */ // more⏎package a.b;                    | a.b
      spaces inside the name          | package a . b ;                                    | a.b
      comment inside the name         | package a/* x */.b;                                | a.b
      line break before the semicolon | package a.b⏎;                                      | a.b
      unicode identifier              | package größe.café;                                | größe.café
      marker annotation               | @Deprecated package a.b;                           | a.b
      qualified annotation            | @java.lang.Deprecated package a.b;                 | a.b
      annotation with arguments       | @Generated(value = "x", date = "y") package a.b;   | a.b
      nested parentheses              | @A(f(1)) @B package a.b;                           | a.b
      spaces around annotation parts  | @ A ( 1 ) ⏎ package a.b;                           | a.b
      default package                 | class A {}                                         | ''
      import before anything          | import x.Y; package a;                             | ''
      empty file                      | ''                                                 | ''
      only a line comment             | // package a;                                      | ''
      unterminated block comment      | /* package a;                                      | ''
      keyword at the very end         | package                                            | ''
      longer word than the keyword    | packages a;                                        | ''
      keyword glued to a name         | packagea.b;                                        | ''
      no semicolon                    | package a.b                                        | ''
      brace instead of semicolon      | package a.b {                                      | ''
      slash that is no comment        | package a / b;                                     | ''
      unclosed annotation             | @A(1 package a;                                    | ''
      """)
  void packageName(String shape, String text, String expected) {
    String source = text.replace("⏎", "\n").replace("·", "\uFEFF");
    assertEquals(expected, PackageRoots.packageName(source), shape);
  }
}
