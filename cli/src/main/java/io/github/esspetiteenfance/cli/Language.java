package io.github.esspetiteenfance.cli;

import java.util.Locale;

/** The language of the output and of the help: French (the default) or English. */
public enum Language {
  /** French. */
  FR(Locale.FRENCH),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the locale of this language.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}, not null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the code given on the command line, {@code fr} or {@code en}.
   *
   * @return the code, not null
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Obtains the language a command line asks for: {@code --lang en} (or {@code --lang=en}) anywhere
   * in the arguments, French otherwise. Used to choose the language of {@code --help} before the
   * arguments are parsed.
   *
   * @param args the arguments, not null
   * @return the language, not null
   */
  public static Language requested(String... args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null && value.strip().equalsIgnoreCase("en")) {
        return EN;
      }
    }
    return FR;
  }
}
