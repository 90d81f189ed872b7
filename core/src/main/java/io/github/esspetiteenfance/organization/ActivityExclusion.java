package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.legal.Confidence;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An activity the statistical ESS perimeter excludes, by NAF code: public administration,
 * employers' and consular bodies, unions, religious and political organisations.
 *
 * <p>The activities are SECONDARY (CRESS Pays de la Loire); their NAF codes are DERIVED: division
 * 84, and the classes 94.11, 94.20, 94.91 and 94.92, that is sub-classes 94.11Z, 94.20Z, 94.91Z,
 * 94.92Z in NAF rév. 2 and their NAF 2025 equivalents (94.20Y, 94.91Y, 94.92Y...; the equivalence
 * is DERIVED). Whether the observatories also exclude 94.12 (professional organisations) is not
 * confirmed: that row is {@link #doubtful()} and not applied.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param prefix the start of the codes concerned, such as {@code "84."} or {@code "94.91"}; not
 *     null
 * @param label what the activity is, in French; not null
 * @param doubtful true if the exclusion is not confirmed and therefore not applied
 * @param confidence how sure the project is of the exclusion, not null
 */
public record ActivityExclusion(
    String prefix, String label, boolean doubtful, Confidence confidence) {

  private static final List<ActivityExclusion> ALL =
      List.of(
          new ActivityExclusion("84.", "Administration publique", false, Confidence.DERIVED),
          new ActivityExclusion(
              "94.11", "Organisations patronales et consulaires", false, Confidence.DERIVED),
          new ActivityExclusion("94.20", "Syndicats de salariés", false, Confidence.DERIVED),
          new ActivityExclusion("94.91", "Organisations religieuses", false, Confidence.DERIVED),
          new ActivityExclusion("94.92", "Organisations politiques", false, Confidence.DERIVED),
          new ActivityExclusion(
              "94.12", "Organisations professionnelles", true, Confidence.UNCONFIRMED));

  /** Creates an exclusion. */
  public ActivityExclusion {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(confidence, "confidence");
  }

  /**
   * Returns the activity exclusions of the statistical perimeter, the doubtful one included.
   *
   * @return the exclusions, an unmodifiable list, not null
   */
  public static List<ActivityExclusion> all() {
    return ALL;
  }

  /**
   * Returns the exclusion, applied or doubtful, that concerns a NAF code.
   *
   * @param code the NAF code, rév. 2 or 2025; not null
   * @return the exclusion, empty if the activity is not concerned
   */
  public static Optional<ActivityExclusion> find(CodeNaf code) {
    Objects.requireNonNull(code, "code");
    String text = code.toString();
    return ALL.stream().filter(e -> text.startsWith(e.prefix)).findFirst();
  }

  /**
   * Checks if this exclusion concerns a NAF code.
   *
   * @param code the NAF code, not null
   * @return true if the code starts with {@link #prefix()}
   */
  public boolean matches(CodeNaf code) {
    return code.toString().startsWith(prefix);
  }
}
