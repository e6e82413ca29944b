package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.MethodFacts;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code static final} fields whose initializers refer to each other through qualified names
 * compile (javac folds none of them: they are no constants), so the engine must neither fold them
 * nor recurse without end, whatever operator links them; the file is analysed without a problem
 * ({@link ExpressionFactsTest#analyse} checks that no notification is given).
 */
class CyclicConstantsTest {

  @TempDir Path root;

  private static final String FILE =
      """
      package p;
      class Shape {
        static final int BIN_A = Shape.BIN_B + 1;
        static final int BIN_B = Shape.BIN_A;
        static final int PAR_A = (Shape.PAR_B);
        static final int PAR_B = (Shape.PAR_A);
        static final int NEG_A = -Shape.NEG_B;
        static final int NEG_B = ~Shape.NEG_A;
        static final int CAST_A = (int) Shape.CAST_B;
        static final int CAST_B = (short) Shape.CAST_A;
        static final int IF_A = true ? Shape.IF_B : 0;
        static final int IF_B = Shape.IF_A;
        static final boolean TEST_A = Shape.TEST_B ? true : false;
        static final boolean TEST_B = Shape.TEST_A;
        static final int FINE = 3;
        void take(Object o) {}
        void run() {
          take(%s);
        }
      }
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "BIN_A, field p.Shape.BIN_A static",
    "PAR_A, field p.Shape.PAR_A static",
    "NEG_A, field p.Shape.NEG_A static",
    "CAST_A, field p.Shape.CAST_A static",
    "IF_A, field p.Shape.IF_A static",
    "TEST_A, field p.Shape.TEST_A static",
    "Shape.BIN_B, field p.Shape.BIN_B static",
    "FINE, const 3 p.Shape.FINE"
  })
  void cyclicInitializersAreFieldsNotConstants(String argument, String expected) throws Exception {
    MethodFacts m =
        ExpressionFactsTest.withTake(ExpressionFactsTest.analyse(root, FILE.formatted(argument)));
    CallFact take = m.calls().stream().filter(f -> f.member().equals("take")).findFirst().get();
    assertEquals(expected, ExpressionFactsTest.describe(m, take.args().get(0)), argument);
  }
}
