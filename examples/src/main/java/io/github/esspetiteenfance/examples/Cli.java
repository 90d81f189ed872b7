package io.github.esspetiteenfance.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The command-line options of the example programs: {@code --lang fr|en} (French by default) and
 * {@code --dataset <file>} (the bundled dataset by default), {@code --date YYYY-MM-DD} (the date of
 * the regulatory checks, today by default).
 *
 * <p>With Maven: {@code mvn -B -q -DskipTests -pl examples -am package exec:java
 * -Dexec.args="--lang en"}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param locale the language of the output, French or English; not null
 * @param dataset a dataset file to read instead of the bundled one, if given
 * @param date the date of the regulatory checks, today by default; not null
 */
public record Cli(Locale locale, Optional<Path> dataset, LocalDate date) {

  /** Creates options. */
  public Cli {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Parses the command-line arguments.
   *
   * @param args the arguments, not null
   * @return the options, not null
   * @throws IllegalArgumentException if an argument is unknown or a value is missing; the message
   *     gives the usage
   */
  public static Cli parse(String... args) {
    Locale locale = Locale.FRENCH;
    Optional<Path> dataset = Optional.empty();
    LocalDate date = LocalDate.now();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value;
      String name;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      } else {
        name = arg;
        value = i + 1 < args.length ? args[i + 1] : null;
        if (name.equals("--lang") || name.equals("--dataset") || name.equals("--date")) {
          i++;
        }
      }
      switch (name) {
        case "--lang" -> locale = language(value);
        case "--dataset" -> dataset = Optional.of(Path.of(require(name, value)));
        case "--date" -> date = date(value);
        case "--help", "-h" -> throw new IllegalArgumentException(usage());
        default -> throw new IllegalArgumentException("unknown argument '" + arg + "'. " + usage());
      }
    }
    return new Cli(locale, dataset, date);
  }

  /**
   * Returns the usage line.
   *
   * @return the usage, not null
   */
  public static String usage() {
    return "Usage: [--lang fr|en] [--dataset <file.json>] [--date YYYY-MM-DD]";
  }

  private static Locale language(String value) {
    return switch (require("--lang", value).toLowerCase(Locale.ROOT)) {
      case "fr", "français", "francais", "french" -> Locale.FRENCH;
      case "en", "english", "anglais" -> Locale.ENGLISH;
      default ->
          throw new IllegalArgumentException(
              "unknown language '" + value + "' (fr or en). " + usage());
    };
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(require("--date", value));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--date needs a date YYYY-MM-DD. " + usage(), e);
    }
  }

  private static String require(String name, String value) {
    if (value == null || value.isBlank() || value.startsWith("--")) {
      throw new IllegalArgumentException(name + " needs a value. " + usage());
    }
    return value;
  }
}
