package io.github.esspetiteenfance.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Captures what an example prints. */
final class Run {

  private Run() {}

  /** Returns what the action prints on the stream it is given. */
  static String capture(Consumer<PrintStream> action) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      action.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Returns what a main method prints on {@code System.out}. */
  static synchronized String captureSystemOut(Runnable main) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      main.run();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
