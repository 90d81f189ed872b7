package io.github.esspetiteenfance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.structure.StructureKind;
import io.github.esspetiteenfance.testing.EstablishmentGenerators;
import io.github.esspetiteenfance.testing.OrganizationGenerators;
import io.github.esspetiteenfance.testing.SeedPortraits;
import io.github.esspetiteenfance.testing.StructureGenerators;
import io.github.esspetiteenfance.testing.Validators;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every Bean Validation constraint declared anywhere in the core artifact is enforced by the
 * constructor of the record that declares it, which is what {@link
 * ModelValidator#isValidByConstruction(Class)} promises.
 *
 * <p>The test imports every class of core's main code, asks Hibernate Validator which ones carry
 * constraints, and for each constraint of each component builds the record from a real sample with
 * that one component replaced by a value that violates the constraint (Hibernate Validator confirms
 * it does): the constructor must refuse it. A constraint the test cannot violate, a constrained
 * class that is not a record, a class-level constraint or a constrained class without a sample all
 * fail the test, so a new constraint cannot slip past it.
 */
class ValidByConstructionTest {

  private static final int SAMPLES_PER_CLASS = 5;
  private static final String BASE = "io.github.esspetiteenfance";

  private static ValidatorFactory factory;
  private static Validator validator;
  private static List<Class<?>> coreClasses;
  private static Map<Class<?>, List<Object>> samples;

  @BeforeAll
  static void setUp() {
    factory = Validators.withoutExpressionLanguage();
    validator = factory.getValidator();
    coreClasses =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE)
                .stream()
                .map(JavaClass::reflect)
                .filter(c -> !c.isAnnotation() && !c.isAnonymousClass() && !c.isSynthetic())
                .toList();
    samples = harvestSamples();
  }

  @AfterAll
  static void tearDown() {
    factory.close();
  }

  /** Walks many generated model objects and keeps a few instances of every record met. */
  private static Map<Class<?>, List<Object>> harvestSamples() {
    List<Object> roots = new ArrayList<>();
    roots.addAll(draw(EstablishmentGenerators.establishments(), 400));
    roots.addAll(draw(OrganizationGenerators.organizations(), 200));
    for (StructureKind kind : StructureKind.values()) {
      roots.addAll(draw(StructureGenerators.structures(kind), 40));
    }
    roots.addAll(SeedPortraits.all());
    Map<Class<?>, List<Object>> found = new LinkedHashMap<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    roots.forEach(r -> walk(r, found, seen));
    return found;
  }

  private static <T> List<T> draw(Gen<T> gen, int count) {
    List<T> out = new ArrayList<>();
    qt().withFixedSeed(20_261_127L).withExamples(count).forAll(gen).checkAssert(out::add);
    return out;
  }

  private static void walk(
      Object value, Map<Class<?>, List<Object>> found, Map<Object, Boolean> seen) {
    if (value == null || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, found, seen));
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> walk(v, found, seen));
    } else if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> walk(v, found, seen));
    } else if (value instanceof Record r) {
      List<Object> list = found.computeIfAbsent(r.getClass(), k -> new ArrayList<>());
      if (list.size() < SAMPLES_PER_CLASS && !list.contains(r)) {
        list.add(r);
      }
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        walk(read(r, rc), found, seen);
      }
    }
  }

  private static Object read(Record r, RecordComponent rc) {
    try {
      rc.getAccessor().setAccessible(true);
      return rc.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Class<?>> constrainedClasses() {
    return coreClasses.stream()
        .filter(c -> validator.getConstraintsForClass(c).isBeanConstrained())
        .toList();
  }

  @Test
  void modelPackages_areExactlyThePackagesOfTheCoreArtifact() {
    Set<String> packages =
        coreClasses.stream()
            .map(Class::getPackageName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(packages).containsExactlyInAnyOrderElementsOf(ModelValidator.MODEL_PACKAGES);
    assertThat(coreClasses).allMatch(ModelValidator::isValidByConstruction);
  }

  @Test
  void isValidByConstruction_isFalseForOtherClasses() {
    assertThat(ModelValidator.isValidByConstruction(String.class)).isFalse();
    assertThat(ModelValidator.isValidByConstruction(java.time.LocalDate.class)).isFalse();
    assertThat(ModelValidator.isValidByConstruction(Validator.class)).isFalse();
    assertThat(ModelValidator.isValidByConstruction(List.class)).isFalse();
    assertThat(ModelValidator.isValidByConstruction(Establishment.class)).isTrue();
  }

  @Test
  void constrainedClasses_areRecordsWithoutClassLevelConstraints() {
    List<Class<?>> constrained = constrainedClasses();
    // 39 before #14.6 dropped @NotNull and @Valid from structure and establishment, 20 after
    assertThat(constrained).as("the model has constrained records").hasSizeGreaterThan(15);
    for (Class<?> c : constrained) {
      BeanDescriptor bean = validator.getConstraintsForClass(c);
      assertThat(c.isRecord())
          .as("%s is constrained, so it must be a record", c.getName())
          .isTrue();
      assertThat(bean.getConstraintDescriptors()).as("class-level constraints of %s", c).isEmpty();
      Set<String> components =
          java.util.Arrays.stream(c.getRecordComponents())
              .map(RecordComponent::getName)
              .collect(Collectors.toSet());
      for (PropertyDescriptor p : bean.getConstrainedProperties()) {
        assertThat(components)
            .as("constrained property %s of %s is a record component", p.getPropertyName(), c)
            .contains(p.getPropertyName());
      }
    }
  }

  @Test
  void everyConstrainedRecord_hasSamples() {
    List<String> missing =
        constrainedClasses().stream()
            .filter(c -> !samples.containsKey(c))
            .map(Class::getName)
            .toList();
    assertThat(missing).as("constrained classes without a sample").isEmpty();
  }

  @Test
  void everyConstraint_isEnforcedByTheConstructor() {
    int checked = 0;
    for (Class<?> c : constrainedClasses()) {
      for (Object sample : samples.getOrDefault(c, List.of())) {
        assertThat(rebuild(sample, null, null)).as("rebuilt %s", c).isEqualTo(sample);
        for (PropertyDescriptor p :
            validator.getConstraintsForClass(c).getConstrainedProperties()) {
          checked += checkProperty((Record) sample, p);
        }
      }
    }
    // 39 constrained records and 625 refused values when this test was written; 20 and 370 since
    // #14.6 dropped @NotNull and @Valid from structure and establishment (the null rules they
    // stated
    // are tried by everyRequiredComponent_andEveryCollectionElement_refusesNull)
    assertThat(checked).as("violations tried").isGreaterThan(300);
  }

  /**
   * Records whose components may be null, by design: the JSON model declares them nullable ({@code
   * ValidityPeriod.start/end}).
   */
  private static final Set<String> NULLABLE = Set.of("ValidityPeriod.start", "ValidityPeriod.end");

  /**
   * The rules that {@code @NotNull} (on components and on the elements of collections) and
   * {@code @Valid} used to state, and that the constructors state alone since they were dropped:
   * every record of the model refuses a null component that is not an {@code Optional} (the JSON
   * Schemas list it as required), and a collection holding a null. (Nested records need no check:
   * they are valid by construction, which this class proves for each.)
   */
  @Test
  void everyRequiredComponent_andEveryCollectionElement_refusesNull() {
    int checked = 0;
    for (Map.Entry<Class<?>, List<Object>> entry : samples.entrySet()) {
      Class<?> c = entry.getKey();
      if (!c.getPackageName().startsWith(BASE)) {
        continue;
      }
      Object sample = entry.getValue().get(0);
      for (RecordComponent rc : c.getRecordComponents()) {
        String what = c.getSimpleName() + "." + rc.getName();
        Class<?> type = rc.getType();
        if (type.isPrimitive() || type == Optional.class || NULLABLE.contains(what)) {
          continue;
        }
        checked++;
        assertRefused(sample, rc.getName(), null, what + " = null");
        Object holdingNull =
            List.class.isAssignableFrom(type)
                ? java.util.Collections.singletonList(null)
                : Set.class.isAssignableFrom(type)
                    ? new HashSet<>(java.util.Collections.singleton(null))
                    : null;
        if (holdingNull != null) {
          checked++;
          assertRefused(sample, rc.getName(), holdingNull, what + " holding null");
        }
      }
    }
    // 143 when this test was written
    assertThat(checked).as("null components tried").isGreaterThan(120);
  }

  private static void assertRefused(Object sample, String property, Object value, String what) {
    try {
      Object built = rebuild(sample, property, value);
      fail("the constructor accepted %s: %s", what, built);
    } catch (RuntimeException expected) {
      // refused: a NullPointerException or a typed exception of the library
    }
  }

  private static int checkProperty(Record sample, PropertyDescriptor p) {
    int checked = 0;
    Object current = component(sample, p.getPropertyName());
    for (ConstraintDescriptor<?> d : p.getConstraintDescriptors()) {
      checked +=
          refuseAll(sample, p.getPropertyName(), d, violations(d, current, p.getElementClass()));
    }
    for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
      assertThat(e.getConstrainedContainerElementTypes()).as("nested containers").isEmpty();
      for (ConstraintDescriptor<?> d : e.getConstraintDescriptors()) {
        List<Object> bad = new ArrayList<>();
        for (Object element : violations(d, elementOf(current), e.getElementClass())) {
          containing(current, element).ifPresent(bad::add);
        }
        checked += refuseAll(sample, p.getPropertyName(), d, bad);
      }
    }
    return checked;
  }

  private static int refuseAll(
      Record sample, String property, ConstraintDescriptor<?> d, List<Object> candidates) {
    String what = sample.getClass().getSimpleName() + "." + property + " @" + name(d);
    @SuppressWarnings("unchecked")
    Class<Object> type = (Class<Object>) (Class<?>) sample.getClass();
    // keep the candidates that Hibernate Validator itself finds invalid
    List<Object> values =
        candidates.stream()
            .filter(v -> !validator.validateValue(type, property, v).isEmpty())
            .toList();
    if (values.isEmpty()) {
      fail("no value known that violates " + what + " among " + candidates);
    }
    for (Object bad : values) {
      try {
        Object built = rebuild(sample, property, bad);
        fail("the constructor accepted %s = %s, which violates %s: %s", property, bad, what, built);
      } catch (RuntimeException expected) {
        // the constructor refused the value, as the constraint does
      }
    }
    return values.size();
  }

  private static String name(ConstraintDescriptor<?> d) {
    return d.getAnnotation().annotationType().getSimpleName();
  }

  private static Object component(Record r, String name) {
    for (RecordComponent rc : r.getClass().getRecordComponents()) {
      if (rc.getName().equals(name)) {
        return read(r, rc);
      }
    }
    throw new AssertionError("no component " + name);
  }

  /** Builds a copy of the record with one component replaced (none if {@code name} is null). */
  private static Object rebuild(Object sample, String name, Object value) {
    RecordComponent[] rcs = sample.getClass().getRecordComponents();
    Object[] args = new Object[rcs.length];
    Class<?>[] types = new Class<?>[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      types[i] = rcs[i].getType();
      args[i] = rcs[i].getName().equals(name) ? value : read((Record) sample, rcs[i]);
    }
    try {
      Constructor<?> canonical = sample.getClass().getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object elementOf(Object container) {
    if (container instanceof Optional<?> o) {
      return o.orElse(null);
    }
    if (container instanceof Collection<?> c) {
      return c.isEmpty() ? null : c.iterator().next();
    }
    return null;
  }

  /** The container of the sample's kind holding the element next to the sample's elements. */
  private static Optional<Object> containing(Object container, Object element) {
    if (container instanceof Optional<?>) {
      return element == null ? Optional.empty() : Optional.of(Optional.of(element));
    }
    if (container instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l);
      copy.add(element);
      return Optional.of(copy);
    }
    if (container instanceof Set<?> s) {
      Set<Object> copy = new HashSet<>(s);
      copy.add(element);
      return Optional.of(copy);
    }
    throw new AssertionError("container " + container.getClass());
  }

  /** Values of {@code type} that violate the constraint, built from a valid {@code current}. */
  private static List<Object> violations(ConstraintDescriptor<?> d, Object current, Class<?> type) {
    Annotation a = d.getAnnotation();
    List<Object> out = new ArrayList<>();
    if (a instanceof NotNull) {
      out.add(null);
    } else if (a instanceof NotBlank) {
      out.addAll(Arrays.asList("", " ", "\t\n", "\u0001", "\u001c", "\u2003", null));
    } else if (a instanceof NotEmpty) {
      out.add(empty(type, current));
    } else if (a instanceof Min min) {
      out.add(number(type, BigDecimal.valueOf(min.value()).subtract(BigDecimal.ONE)));
    } else if (a instanceof Max max) {
      out.add(number(type, BigDecimal.valueOf(max.value()).add(BigDecimal.ONE)));
    } else if (a instanceof Positive) {
      out.add(number(type, BigDecimal.ZERO));
    } else if (a instanceof PositiveOrZero) {
      out.add(number(type, BigDecimal.ONE.negate()));
    } else if (a instanceof DecimalMin min) {
      BigDecimal v = new BigDecimal(min.value());
      out.add(number(type, min.inclusive() ? v.subtract(new BigDecimal("0.01")) : v));
    } else if (a instanceof DecimalMax max) {
      BigDecimal v = new BigDecimal(max.value());
      out.add(number(type, max.inclusive() ? v.add(new BigDecimal("0.01")) : v));
    } else if (a instanceof Size size) {
      out.addAll(sized(current, size));
    } else if (a instanceof Pattern pattern) {
      java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern.regexp());
      for (String s : List.of("", " ", "\u00a0", "\u2003", "\u001c", "\t", "x", "0")) {
        if (!regex.matcher(s).matches()) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static Object empty(Class<?> type, Object current) {
    if (type == String.class || current instanceof String) {
      return "";
    }
    if (current instanceof Set<?> || Set.class.isAssignableFrom(type)) {
      return Set.of();
    }
    if (current instanceof Map<?, ?> || Map.class.isAssignableFrom(type)) {
      return Map.of();
    }
    return List.of();
  }

  private static Object number(Class<?> type, BigDecimal value) {
    if (type == int.class || type == Integer.class) {
      return value.intValueExact();
    }
    if (type == long.class || type == Long.class) {
      return value.longValueExact();
    }
    if (type == BigDecimal.class) {
      return value;
    }
    throw new AssertionError("number type " + type);
  }

  private static List<Object> sized(Object current, Size size) {
    List<Object> out = new ArrayList<>();
    if (current instanceof Collection<?> c && !c.isEmpty()) {
      List<Object> source = new ArrayList<>(c);
      if (size.min() > 0) {
        out.add(List.copyOf(source.subList(0, Math.min(source.size(), size.min() - 1))));
      }
      if (size.max() < Integer.MAX_VALUE) {
        List<Object> big = new ArrayList<>();
        for (int i = 0; big.size() <= size.max(); i++) {
          big.add(source.get(i % source.size()));
        }
        out.add(big);
      }
    } else if (current instanceof String s) {
      if (size.min() > 0) {
        out.add(s.substring(0, Math.min(s.length(), size.min() - 1)));
      }
      if (size.max() < Integer.MAX_VALUE) {
        out.add("x".repeat(size.max() + 1));
      }
    }
    return out;
  }
}
