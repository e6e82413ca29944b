package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.rules.MemberPattern;
import java.util.List;

/**
 * A library call that creates an object of a class the code only names: Netty's {@code
 * bootstrap.channel(NioDatagramChannel.class)} makes the bootstrap call {@code new
 * NioDatagramChannel()} (reflectively) when it binds. The solver treats each class literal reaching
 * {@link #classArg} as that constructor call, made where the library call is; the created object
 * reaches the code through the receiver and the calls the model says {@linkplain FlowModel#handsOn
 * hand it on}.
 *
 * @param classArg the 0-based position of the {@code Class} argument
 * @param constructorParams the parameter types of the constructor the library runs ({@code []}:
 *     no-argument)
 * @param source where the behaviour is documented (library source at a tag)
 */
public record Instantiation(
    MemberPattern call, int classArg, List<String> constructorParams, String source) {

  public Instantiation {
    constructorParams = List.copyOf(constructorParams);
  }
}
