package io.github.esspetiteenfance.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Obtains the standard streams of the example programs, writing UTF-8 whatever the platform. */
final class Console {

  private Console() {}

  /** Returns standard output in UTF-8, flushed at each line. */
  static PrintStream out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  /** Returns standard error in UTF-8, flushed at each line. */
  static PrintStream err() {
    return new PrintStream(System.err, true, StandardCharsets.UTF_8);
  }
}
