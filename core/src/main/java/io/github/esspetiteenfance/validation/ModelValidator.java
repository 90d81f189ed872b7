package io.github.esspetiteenfance.validation;

import io.github.esspetiteenfance.diagnostic.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Validates objects of the model with Jakarta Bean Validation and returns a {@link
 * ValidationReport} of every problem, with stable codes and messages in French and English.
 *
 * <p>The service is built once ({@link #shared()} or {@link #create()}) and is then thread-safe. It
 * runs Hibernate Validator configured for a library:
 *
 * <ul>
 *   <li><b>no expression language</b>: messages are interpolated by {@link
 *       org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator}, so no Jakarta
 *       EL implementation is needed on the classpath (the library does not bring one); <code>${...}
 *       </code> expressions in message templates are left as they are;
 *   <li><b>never fail-fast</b>: every violation is reported, on nested objects too ({@code @Valid}
 *       cascades through records, {@code Optional} and {@code List} elements);
 *   <li>the library's own constraints ({@code io.github.esspetiteenfance.constraints.fr}) and their
 *       messages ({@code ContributorValidationMessages*.properties}) are found without
 *       configuration.
 * </ul>
 *
 * <p>Problem codes: {@code "constraint."} followed by the simple name of the constraint annotation
 * for the constraints of Jakarta Validation ({@code jakarta.validation.constraints}), Hibernate
 * Validator ({@code org.hibernate.validator.constraints}) and the library ({@code
 * io.github.esspetiteenfance.constraints.fr}); {@code "constraint."} followed by the fully
 * qualified name for any other constraint. Severity: {@link Severity#WARNING} if the constraint's
 * payload lists {@link Warning}, {@link Severity#ERROR} otherwise.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModelValidator implements AutoCloseable {

  private static final List<String> SHORT_CODE_PACKAGES =
      List.of(
          "jakarta.validation.constraints",
          "org.hibernate.validator.constraints",
          "io.github.esspetiteenfance.constraints.fr");

  /** The packages of the core artifact (checked against its classes by a test). */
  static final Set<String> MODEL_PACKAGES =
      Set.of(
          "io.github.esspetiteenfance",
          "io.github.esspetiteenfance.constraints.fr.internal",
          "io.github.esspetiteenfance.diagnostic",
          "io.github.esspetiteenfance.establishment",
          "io.github.esspetiteenfance.fee",
          "io.github.esspetiteenfance.identifier",
          "io.github.esspetiteenfance.indicator",
          "io.github.esspetiteenfance.internal",
          "io.github.esspetiteenfance.legal",
          "io.github.esspetiteenfance.network",
          "io.github.esspetiteenfance.organization",
          "io.github.esspetiteenfance.psu",
          "io.github.esspetiteenfance.regulation",
          "io.github.esspetiteenfance.structure",
          "io.github.esspetiteenfance.territory",
          "io.github.esspetiteenfance.validation");

  private static final java.util.regex.Pattern CONTAINER_ELEMENT =
      java.util.regex.Pattern.compile("\\.?<[a-z ]+>");

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparing(Problem::code)
          .thenComparing(Problem::messageEnglish);

  private final ValidatorFactory factory;
  private final Validator validator;
  private final boolean closeable;

  private ModelValidator(boolean closeable) {
    this.factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .failFast(false)
            .messageInterpolator(new BilingualMessageInterpolator())
            .buildValidatorFactory();
    this.validator = factory.getValidator();
    this.closeable = closeable;
  }

  /**
   * Returns the service shared by the whole application, built on first use.
   *
   * <p>{@link #close()} has no effect on it.
   *
   * @return the shared service, not null
   */
  public static ModelValidator shared() {
    return Shared.INSTANCE;
  }

  /**
   * Obtains a new service, with its own Hibernate Validator factory. Build it once and keep it;
   * {@link #close()} it when done.
   *
   * @return a new service, not null
   */
  public static ModelValidator create() {
    return new ModelValidator(true);
  }

  /**
   * Validates an object and its nested objects; the report's language is English.
   *
   * @param <T> the type of the object
   * @param object the object, not null
   * @return the report of every problem, not null
   */
  public <T> ValidationReport<T> validate(T object) {
    return validate(object, Locale.ENGLISH);
  }

  /**
   * Validates an object and its nested objects.
   *
   * @param <T> the type of the object
   * @param object the object, not null
   * @param locale the caller's language for {@link ValidationReport#messages()} and the exception
   *     of {@link ValidationReport#orThrow()}; every problem also keeps both languages; not null
   * @param groups the validation groups, the default group if none
   * @return the report of every problem, not null
   */
  public <T> ValidationReport<T> validate(T object, Locale locale, Class<?>... groups) {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(locale, "locale");
    Set<ConstraintViolation<T>> violations = validator.validate(object, groups);
    List<Problem> problems =
        violations.stream().map(ModelValidator::toProblem).sorted(ORDER).toList();
    return new ValidationReport<>(object, locale, problems);
  }

  /**
   * Tells whether every instance of a class is valid by construction: whether it is a class of the
   * library's model (the packages of {@code ess-petite-enfance-core}, loaded by the same class
   * loader as this class).
   *
   * <p>The model's records enforce in their constructors every Bean Validation constraint declared
   * on their components, with the same algorithm (one rule, one implementation: a constraint and
   * the factory that throws share it). A record of the model that exists is therefore valid, and
   * {@link #validate(Object)} can find no problem in it; {@code ValidByConstructionTest} proves it
   * for every constrained class of the core artifact, constraint by constraint, by building each
   * record with a value that violates the constraint and checking that the constructor refuses it.
   * Consumers that receive model objects from a trusted path (the json module's reader, which
   * builds every object through its constructor) use this to skip a second, redundant validation
   * pass.
   *
   * <p>Classes of the application, even when they contain model objects, are not valid by
   * construction: validate them.
   *
   * @param type the class, not null
   * @return true if every instance of the class satisfies its constraints
   */
  public static boolean isValidByConstruction(Class<?> type) {
    Objects.requireNonNull(type, "type");
    return MODEL_PACKAGES.contains(type.getPackageName())
        && type.getClassLoader() == ModelValidator.class.getClassLoader();
  }

  /**
   * Returns the stable code of a constraint annotation type.
   *
   * @param constraint the annotation type, not null
   * @return {@code "constraint.NotBlank"}, {@code "constraint.ValidSiren"}, or {@code
   *     "constraint."} followed by the fully qualified name for a constraint outside the known
   *     packages
   */
  public static String codeOf(Class<? extends Annotation> constraint) {
    String pkg = constraint.getPackageName();
    boolean known = SHORT_CODE_PACKAGES.contains(pkg);
    String name = known ? constraint.getName().substring(pkg.length() + 1) : constraint.getName();
    return "constraint." + name.replace('$', '.');
  }

  /**
   * Returns the severity a constraint reports.
   *
   * @param descriptor the constraint's descriptor, not null
   * @return {@link Severity#WARNING} if its payload lists {@link Warning} or a sub-type
   */
  static Severity severityOf(ConstraintDescriptor<?> descriptor) {
    for (Class<? extends Payload> payload : descriptor.getPayload()) {
      if (Warning.class.isAssignableFrom(payload)) {
        return Severity.WARNING;
      }
    }
    return Severity.ERROR;
  }

  private static Problem toProblem(ConstraintViolation<?> violation) {
    Class<? extends Annotation> type =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    String[] messages = BilingualMessageInterpolator.split(violation.getMessage());
    return new Problem(
        path(violation),
        codeOf(type),
        severityOf(violation.getConstraintDescriptor()),
        Optional.ofNullable(violation.getInvalidValue()),
        type.getName(),
        messages[0],
        messages[1]);
  }

  /**
   * Returns the property path of a violation, without Hibernate Validator's container-element
   * markers: {@code "communes[1]"} rather than {@code "communes[1].<list element>"}.
   */
  private static String path(ConstraintViolation<?> violation) {
    return CONTAINER_ELEMENT
        .matcher(violation.getPropertyPath().toString())
        .replaceAll("")
        .replaceFirst("^\\.", "");
  }

  /** Closes the Hibernate Validator factory of a service from {@link #create()}. */
  @Override
  public void close() {
    if (closeable) {
      factory.close();
    }
  }

  private static final class Shared {
    static final ModelValidator INSTANCE = new ModelValidator(false);
  }
}
