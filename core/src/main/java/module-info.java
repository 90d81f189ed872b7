/**
 * The core of ess-petite-enfance: the model, French identifiers, territories, validation,
 * regulatory rules and calculations. No Jackson.
 *
 * <p>Every package is exported except {@code io.github.esspetiteenfance.internal}, which is
 * implementation support and may change without notice, and {@code
 * io.github.esspetiteenfance.constraints.fr.internal}, the validators of the constraints, which is
 * only opened: the Bean Validation provider creates them by reflection, users never name them. The
 * exported packages are also opened: Hibernate Validator reads the private fields of the records it
 * validates, and the message files and bundled CSV data of each package are resources that the
 * library reads through its class loader, which a named module only allows for open packages.
 */
module io.github.esspetiteenfance.core {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value.annotations;

  exports io.github.esspetiteenfance;
  exports io.github.esspetiteenfance.constraints.fr;
  exports io.github.esspetiteenfance.diagnostic;
  exports io.github.esspetiteenfance.establishment;
  exports io.github.esspetiteenfance.fee;
  exports io.github.esspetiteenfance.identifier;
  exports io.github.esspetiteenfance.indicator;
  exports io.github.esspetiteenfance.legal;
  exports io.github.esspetiteenfance.network;
  exports io.github.esspetiteenfance.organization;
  exports io.github.esspetiteenfance.psu;
  exports io.github.esspetiteenfance.regulation;
  exports io.github.esspetiteenfance.structure;
  exports io.github.esspetiteenfance.territory;
  exports io.github.esspetiteenfance.validation;

  opens io.github.esspetiteenfance;
  opens io.github.esspetiteenfance.constraints.fr;
  opens io.github.esspetiteenfance.constraints.fr.internal;
  opens io.github.esspetiteenfance.diagnostic;
  opens io.github.esspetiteenfance.establishment;
  opens io.github.esspetiteenfance.fee;
  opens io.github.esspetiteenfance.identifier;
  opens io.github.esspetiteenfance.indicator;
  opens io.github.esspetiteenfance.legal;
  opens io.github.esspetiteenfance.network;
  opens io.github.esspetiteenfance.organization;
  opens io.github.esspetiteenfance.psu;
  opens io.github.esspetiteenfance.regulation;
  opens io.github.esspetiteenfance.structure;
  opens io.github.esspetiteenfance.territory;
  opens io.github.esspetiteenfance.validation;
}
