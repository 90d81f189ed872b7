package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.identifier.CodeNaf;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link EssPerimeter} needs to know about a unit: its legal form, its declared ESS status,
 * its ESUS agrément, its main activity and whether it employs staff.
 *
 * <p>Obtain one from an {@link Organization} ({@link Organization#perimeterFacts()}), with {@link
 * #of(LegalForm)} and the {@code with...} methods, or with {@link PerimeterFactsBuilder}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param legalForm the legal form, not null
 * @param declaredStatus the ESS status declared in Sirene, not null
 * @param esusAgrement the ESUS agrément, if any
 * @param activity the main activity (APE code, NAF rév. 2 or 2025), if known
 * @param employer whether the unit employs staff, not null
 */
@Value.Builder
public record PerimeterFacts(
    LegalForm legalForm,
    DeclaredEssStatus declaredStatus,
    Optional<EsusAgrement> esusAgrement,
    Optional<CodeNaf> activity,
    EmployerStatus employer) {

  /** Creates the facts. */
  public PerimeterFacts {
    Objects.requireNonNull(legalForm, "legalForm");
    Objects.requireNonNull(declaredStatus, "declaredStatus");
    Objects.requireNonNull(esusAgrement, "esusAgrement");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(employer, "employer");
  }

  /**
   * Obtains the facts of a legal form alone: declared ESS status, activity and employer unknown, no
   * agrément.
   *
   * @param legalForm the legal form, not null
   * @return the facts, not null
   */
  public static PerimeterFacts of(LegalForm legalForm) {
    return new PerimeterFacts(
        legalForm,
        DeclaredEssStatus.UNKNOWN,
        Optional.empty(),
        Optional.empty(),
        EmployerStatus.UNKNOWN);
  }

  /**
   * Returns a copy of these facts with a declared ESS status.
   *
   * @param status the status, not null
   * @return the new facts, not null
   */
  public PerimeterFacts withDeclaredStatus(DeclaredEssStatus status) {
    return new PerimeterFacts(legalForm, status, esusAgrement, activity, employer);
  }

  /**
   * Returns a copy of these facts with an ESUS agrément.
   *
   * @param agrement the agrément, not null
   * @return the new facts, not null
   */
  public PerimeterFacts withEsusAgrement(EsusAgrement agrement) {
    return new PerimeterFacts(legalForm, declaredStatus, Optional.of(agrement), activity, employer);
  }

  /**
   * Returns a copy of these facts with a main activity.
   *
   * @param code the NAF code, not null
   * @return the new facts, not null
   */
  public PerimeterFacts withActivity(CodeNaf code) {
    return new PerimeterFacts(legalForm, declaredStatus, esusAgrement, Optional.of(code), employer);
  }

  /**
   * Returns a copy of these facts with an employer status.
   *
   * @param status the status, not null
   * @return the new facts, not null
   */
  public PerimeterFacts withEmployer(EmployerStatus status) {
    return new PerimeterFacts(legalForm, declaredStatus, esusAgrement, activity, status);
  }
}
