package io.github.esspetiteenfance.indicator;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.identifier.CodeNaf;
import java.util.Objects;

/**
 * The activity an indicator covers: every activity, one NAF code (such as {@code 88.91A} "Accueil
 * de jeunes enfants", the sector of EAJE), or a kind of structure (crèche, MAM, recyclerie...)
 * named by its code.
 *
 * <p>Observatory figures on EAJE use the main activity of the establishment (APE) {@code 88.91A}
 * (reference §6.2, SECONDARY); NAF 2025 splits it into {@code 88.91G} and {@code 88.91H}
 * (correspondence DERIVED, reference §3.2), which are different sectors here.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind how the sector is defined, not null
 * @param code the NAF code or the structure kind's code; {@code "*"} for {@link Kind#ALL}; not
 *     blank
 */
public record Sector(Kind kind, String code) {

  /** Every activity. */
  public static final Sector ALL = new Sector(Kind.ALL, "*");

  /** NAF rév. 2 {@code 88.91A} "Accueil de jeunes enfants": the EAJE of observatory figures. */
  public static final Sector EAJE = naf(CodeNaf.of("88.91A"));

  /** How a sector is defined. */
  public enum Kind {
    /** Every activity. */
    ALL,
    /** A NAF sub-class (APE code). */
    NAF,
    /** A kind of structure of the {@code structure} package, by its code. */
    STRUCTURE_KIND
  }

  /**
   * Creates a sector.
   *
   * @throws InvalidValueException with code {@link IndicatorErrorCode#SECTOR_INVALID} if the code
   *     is blank, or is not {@code "*"} for {@link Kind#ALL}, or is not a NAF code for {@link
   *     Kind#NAF}
   */
  public Sector {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    boolean valid =
        switch (kind) {
          case ALL -> "*".equals(code);
          case NAF -> CodeNaf.isValid(code) && CodeNaf.of(code).toString().equals(code);
          case STRUCTURE_KIND -> !code.isBlank();
        };
    if (!valid) {
      throw new InvalidValueException(IndicatorErrorCode.SECTOR_INVALID, "code", code, kind);
    }
  }

  /**
   * Obtains the sector of a NAF code.
   *
   * @param naf the NAF code, not null
   * @return the sector, not null
   */
  public static Sector naf(CodeNaf naf) {
    return new Sector(Kind.NAF, naf.toString());
  }

  /**
   * Obtains the sector of a kind of structure.
   *
   * @param code the code of the kind, such as {@code "MICRO_CRECHE"}; not blank
   * @return the sector, not null
   */
  public static Sector structureKind(String code) {
    return new Sector(Kind.STRUCTURE_KIND, code);
  }

  /**
   * Obtains a sector from its text, the inverse of {@link #toString()}: {@code "*"}, {@code
   * "NAF:88.91A"} or {@code "KIND:MICRO_CRECHE"}.
   *
   * @param text the text, not null
   * @return the sector, not null
   * @throws InvalidValueException with code {@link IndicatorErrorCode#SECTOR_INVALID} if the text
   *     is none of these
   */
  public static Sector parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if ("*".equals(t)) {
      return ALL;
    }
    if (t.startsWith("NAF:")) {
      String naf = t.substring(4);
      if (!CodeNaf.isValid(naf)) {
        throw new InvalidValueException(IndicatorErrorCode.SECTOR_INVALID, "sector", text);
      }
      return naf(CodeNaf.of(naf));
    }
    if (t.startsWith("KIND:") && t.length() > 5) {
      return structureKind(t.substring(5));
    }
    throw new InvalidValueException(IndicatorErrorCode.SECTOR_INVALID, "sector", text);
  }

  /**
   * Checks if this sector covers another: every sector covers itself, {@link #ALL} covers all.
   *
   * @param other the other sector, not null
   * @return true if what {@code other} counts is counted by this sector
   */
  public boolean covers(Sector other) {
    return kind == Kind.ALL || equals(other);
  }

  /** Returns {@code "*"}, {@code "NAF:88.91A"} or {@code "KIND:..."}. */
  @Override
  public String toString() {
    return switch (kind) {
      case ALL -> "*";
      case NAF -> "NAF:" + code;
      case STRUCTURE_KIND -> "KIND:" + code;
    };
  }
}
