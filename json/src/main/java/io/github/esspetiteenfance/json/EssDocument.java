package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.esspetiteenfance.diagnostic.Finding;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.fee.Family;
import io.github.esspetiteenfance.fee.HourlyRate;
import io.github.esspetiteenfance.fee.MonthlyContract;
import io.github.esspetiteenfance.indicator.ConsistencyReport;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.network.Network;
import io.github.esspetiteenfance.organization.Organization;
import io.github.esspetiteenfance.regulation.ComplianceReport;
import io.github.esspetiteenfance.structure.Structure;
import java.lang.reflect.Type;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A type of document of the JSON format: its name, the Java type it is read as, and its JSON
 * Schema. Use the constants with {@link EssJson#read(EssDocument, String)}:
 *
 * <pre>{@code
 * List<Establishment> dataset = EssJson.read(EssDocument.ESTABLISHMENTS, json);
 * String schema = EssDocument.ESTABLISHMENTS.schema();
 * }</pre>
 *
 * <p>Why a class of constants and not an {@code enum}: the constants of a Java enum cannot have
 * different type arguments, so {@code EssJson.read(ESTABLISHMENTS, json)} could only return {@code
 * Object} and the caller would cast. Each constant here carries its type ({@code
 * EssDocument<List<Establishment>>}), so the result is typed at compile time, and the class keeps
 * what an enum offers: a closed set of constants compared by identity, {@link #values()} in a fixed
 * order, {@link #valueOf(String)} by name.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the Java type of the document
 */
public final class EssDocument<T> {

  private static final Map<String, EssDocument<?>> VALUES = new LinkedHashMap<>();

  /** One establishment (an EAJE, a MAM, a recyclerie...): {@code establishment}. */
  public static final EssDocument<Establishment> ESTABLISHMENT =
      of("establishment", Establishment.class);

  /**
   * A dataset: a JSON array of establishments, {@code establishments}. Read element by element: the
   * limits apply to each establishment, so a dataset of any size can be read (see also {@link
   * EssJsonReader#readLines} and {@link EssJsonReader#readArray} to read without holding it).
   */
  public static final EssDocument<List<Establishment>> ESTABLISHMENTS =
      of("establishments", new TypeReference<List<Establishment>>() {}.getType());

  /** One structure, of any kind: {@code structure}. */
  public static final EssDocument<Structure> STRUCTURE = of("structure", Structure.class);

  /** One organization (the legal person that runs establishments): {@code organization}. */
  public static final EssDocument<Organization> ORGANIZATION =
      of("organization", Organization.class);

  /** One network (federation, union...): {@code network}. */
  public static final EssDocument<Network> NETWORK = of("network", Network.class);

  /** One observatory indicator: {@code indicator}. */
  public static final EssDocument<Indicator> INDICATOR = of("indicator", Indicator.class);

  /** A family, input of the CNAF family-fee calculation: {@code family}. */
  public static final EssDocument<Family> FAMILY = of("family", Family.class);

  /** A monthly contract, input of the monthly fee: {@code monthly-contract}. */
  public static final EssDocument<MonthlyContract> MONTHLY_CONTRACT =
      of("monthly-contract", MonthlyContract.class);

  /** An hourly rate with its legal bases, result of the fee calculation: {@code hourly-rate}. */
  public static final EssDocument<HourlyRate> HOURLY_RATE = of("hourly-rate", HourlyRate.class);

  /** A legal basis (text, article, validity, confidence, source): {@code legal-basis}. */
  public static final EssDocument<LegalBasis> LEGAL_BASIS = of("legal-basis", LegalBasis.class);

  /** The result of a regulatory check: {@code compliance-report}. */
  public static final EssDocument<ComplianceReport> COMPLIANCE_REPORT =
      of("compliance-report", ComplianceReport.class);

  /** One regulatory finding: {@code finding}. */
  public static final EssDocument<Finding> FINDING = of("finding", Finding.class);

  /** The result of the consistency checks of published figures: {@code consistency-report}. */
  public static final EssDocument<ConsistencyReport> CONSISTENCY_REPORT =
      of("consistency-report", ConsistencyReport.class);

  /** One finding of the consistency checks of figures: {@code indicator-finding}. */
  public static final EssDocument<Finding> INDICATOR_FINDING =
      of("indicator-finding", Finding.class);

  private final String name;
  private final Type type;

  private EssDocument(String name, Type type) {
    this.name = name;
    this.type = type;
  }

  private static <T> EssDocument<T> of(String name, Type type) {
    EssDocument<T> document = new EssDocument<>(name, type);
    VALUES.put(name, document);
    return document;
  }

  /**
   * Returns every document type, in declaration order.
   *
   * @return the document types, unmodifiable, not null
   */
  public static List<EssDocument<?>> values() {
    return List.copyOf(VALUES.values());
  }

  /**
   * Returns the document type of a name.
   *
   * @param name the name, such as {@code "establishments"}; not null
   * @return the document type, empty if none has this name
   */
  public static Optional<EssDocument<?>> valueOf(String name) {
    return Optional.ofNullable(VALUES.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Returns the name of this document type, such as {@code "establishments"}: the name of its
   * schema file.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the Java type the document is read as, such as {@code List<Establishment>}.
   *
   * @return the type, not null
   */
  public Type type() {
    return type;
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of this document type, shipped in this jar.
   *
   * @return the schema as JSON text, not null
   * @throws IllegalStateException if the jar lacks it (a packaging bug)
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  public String schema() {
    return EssJsonSchemas.text(name)
        .orElseThrow(() -> new IllegalStateException("no schema for document " + name));
  }

  /**
   * Returns the location of the JSON Schema of this document type in the jar.
   *
   * @return the URL, not null
   * @throws IllegalStateException if the jar lacks it (a packaging bug)
   */
  public URL schemaUrl() {
    return EssJsonSchemas.url(name)
        .orElseThrow(() -> new IllegalStateException("no schema for document " + name));
  }

  /** Returns the name of this document type. */
  @Override
  public String toString() {
    return name;
  }
}
