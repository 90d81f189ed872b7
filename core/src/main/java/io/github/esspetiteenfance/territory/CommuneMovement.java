package io.github.esspetiteenfance.territory;

import io.github.esspetiteenfance.CommonErrorCode;
import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeCommune;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the COG's history of communes (INSEE's {@code mouvements-communes} file): on a date,
 * an event turned a commune row ({@link #before()}) into another ({@link #after()}).
 *
 * <p>An event that touches several communes is several lines. When Aigueblanche, Bois and
 * Saint-Oyen became the commune nouvelle Grand-Aigueblanche on 2019-01-01, the file has four lines:
 * COM 73003 Aigueblanche → COM 73003 Grand-Aigueblanche, COM 73003 Aigueblanche → COMD 73003
 * Aigueblanche, COM 73045 Bois → COM 73003 Grand-Aigueblanche and COM 73266 Saint-Oyen → COM 73003
 * Grand-Aigueblanche. A creation has no "before" and a removal no "after".
 *
 * <p>The COG 2026 file holds 13,734 lines, from 1943 to 2026-01-01. The library loads the 13,360
 * whose codes are valid {@link CodeCommune}s. The 374 others involve the Corsican codes {@code
 * 20xxx} used before Corsica was split into {@code 2A} and {@code 2B} on 1976-01-01: they are not
 * codes communes any more, and no movement leads from a valid code to one of them (the 360 lines of
 * 1976-01-01 go from {@code 20xxx} to {@code 2Axxx} or {@code 2Bxxx}; the other 14 are between two
 * {@code 20xxx} codes), so no resolution needs them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param event the kind of event ({@code MOD}), not null
 * @param date the date the event took effect ({@code DATE_EFF}), not null
 * @param before the commune row before the event ({@code _AV} columns), empty for a creation
 * @param after the commune row after the event ({@code _AP} columns), empty for a removal
 */
public record CommuneMovement(
    CommuneEvent event, LocalDate date, Optional<Side> before, Optional<Side> after) {

  /**
   * Creates a movement.
   *
   * @throws InvalidValueException with code {@code territory.movement.empty} if there is neither a
   *     before nor an after
   */
  public CommuneMovement {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.isEmpty() && after.isEmpty()) {
      throw new InvalidValueException(TerritoryErrorCode.MOVEMENT_EMPTY, "before", null);
    }
  }

  /**
   * Returns the movement as a line such as {@code 2019-01-01 32 COM 73003 Aigueblanche -> COM 73003
   * Grand-Aigueblanche}.
   */
  @Override
  public String toString() {
    return date
        + " "
        + event.code()
        + " "
        + before.map(Side::toString).orElse("-")
        + " -> "
        + after.map(Side::toString).orElse("-");
  }

  /**
   * One side of a movement: a commune row as it was before or after the event.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param type the kind of row ({@code TYPECOM_AV} / {@code TYPECOM_AP}), not null
   * @param code its code ({@code COM_AV} / {@code COM_AP}), not null
   * @param name its name with article ({@code LIBELLE_AV} / {@code LIBELLE_AP}), not blank
   */
  public record Side(CommuneType type, CodeCommune code, String name) {

    /**
     * Creates a side.
     *
     * @throws InvalidValueException with code {@code territory.blank} if the name is blank
     */
    public Side {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new InvalidValueException(CommonErrorCode.BLANK, "name", name);
      }
    }

    /** Returns the type, the code and the name, such as {@code COMD 73003 Aigueblanche}. */
    @Override
    public String toString() {
      return type + " " + code + " " + name;
    }
  }
}
