package io.github.esspetiteenfance.examples;

/** Placeholder main program, replaced as the library grows. */
public final class IdentifierDemo {

  private IdentifierDemo() {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("ess-petite-enfance: skeleton");
  }
}
