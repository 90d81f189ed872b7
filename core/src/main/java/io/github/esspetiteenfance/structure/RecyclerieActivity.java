package io.github.esspetiteenfance.structure;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import jakarta.validation.constraints.Pattern;
import java.util.Comparator;
import java.util.Optional;

/**
 * An activity of a recyclerie petite enfance, such as collecting donations or running parent
 * workshops, with an optional precision ("ateliers sur le portage").
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the kind, not null
 * @param label the label; required for {@link RecyclerieActivityKind#OTHER}, a precision otherwise;
 *     not blank
 */
public record RecyclerieActivity(
    RecyclerieActivityKind kind, Optional<@Pattern(regexp = Checks.NON_BLANK) String> label) {

  /** Orders activities by kind, then label. */
  static final Comparator<RecyclerieActivity> ORDER =
      Comparator.comparing(RecyclerieActivity::kind).thenComparing(a -> a.label().orElse(""));

  /**
   * Creates an activity.
   *
   * @throws InvalidValueException with code {@link StructureErrorCode#OTHER_WITHOUT_LABEL} or
   *     {@link CommonErrorCode#BLANK}
   */
  public RecyclerieActivity {
    Checks.labelForOther(kind, label, "label");
  }

  /**
   * Obtains an activity of a named kind.
   *
   * @param kind the kind, not {@code OTHER}
   * @return the activity, not null
   */
  public static RecyclerieActivity of(RecyclerieActivityKind kind) {
    return new RecyclerieActivity(kind, Optional.empty());
  }

  /**
   * Obtains an activity of a kind with a precision.
   *
   * @param kind the kind, not null
   * @param label the precision, not blank
   * @return the activity, not null
   */
  public static RecyclerieActivity of(RecyclerieActivityKind kind, String label) {
    return new RecyclerieActivity(kind, Optional.of(label));
  }
}
