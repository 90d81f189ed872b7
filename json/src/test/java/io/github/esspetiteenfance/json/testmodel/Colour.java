package io.github.esspetiteenfance.json.testmodel;

/** An enum with stable codes. */
public enum Colour {
  LIGHT_BLUE("light-blue"),
  RED("red"),
  DARK_GREEN("dark-green");

  private final String code;

  Colour(String code) {
    this.code = code;
  }

  /** Returns the stable code. */
  public String code() {
    return code;
  }
}
