package io.github.esspetiteenfance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.esspetiteenfance.organization.OrganizationBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every builder of the model is obtained the same way ({@code XBuilder.builder()}) and fails the
 * same way: an empty builder's {@code build()} either builds (nothing is required) or throws the
 * library's typed {@link InvalidValueException} (a {@link MissingAttributesException} naming the
 * missing attributes, or the invariant an empty collection breaks), never Immutables' {@link
 * IllegalStateException}.
 */
class BuildersTest {

  private static List<Class<?>> builders;

  @BeforeAll
  static void findBuilders() {
    builders =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.esspetiteenfance")
                .stream()
                .filter(
                    c -> c.getSimpleName().endsWith("Builder") && c.getEnclosingClass().isEmpty())
                .map(JavaClass::reflect)
                .filter(c -> Modifier.isPublic(c.getModifiers()))
                .toList();
  }

  @Test
  void everyBuilder_isObtainedByAStaticBuilderMethod() throws ReflectiveOperationException {
    assertThat(builders).hasSizeGreaterThan(30);
    for (Class<?> b : builders) {
      Method factory = b.getMethod("builder");
      assertThat(Modifier.isStatic(factory.getModifiers())).as(b.getName()).isTrue();
      assertThat(factory.getReturnType()).as(b.getName()).isEqualTo(b);
    }
  }

  @Test
  void emptyBuilders_failWithTheLibrarysTypedException() throws ReflectiveOperationException {
    List<String> missingReported = new ArrayList<>();
    for (Class<?> b : builders) {
      Object builder = b.getMethod("builder").invoke(null);
      try {
        b.getMethod("build").invoke(builder);
      } catch (InvocationTargetException e) {
        assertThat(e.getCause()).as(b.getName()).isInstanceOf(InvalidValueException.class);
        if (e.getCause() instanceof MissingAttributesException m) {
          assertThat(m.missingAttributes()).as(b.getName()).isNotEmpty();
          assertThat(m.message(Locale.FRENCH)).contains(m.missingAttributes().get(0));
          missingReported.add(b.getSimpleName());
        }
      }
    }
    assertThat(missingReported)
        .hasSizeGreaterThan(10)
        .contains("OrganizationBuilder", "EstablishmentBuilder", "NetworkBuilder");
  }

  @Test
  void missingAttributes_areNamedWithTheSharedCode() {
    assertThatThrownBy(() -> OrganizationBuilder.builder().name("Les Polichinelles").build())
        .isInstanceOfSatisfying(
            MissingAttributesException.class,
            e -> {
              assertThat(e.code()).isEqualTo("model.missing-attributes");
              assertThat(e.missingAttributes()).contains("legalForm").doesNotContain("name");
              assertThat(e.message(Locale.ENGLISH))
                  .startsWith("Cannot build: required attributes are missing: ");
              assertThat(e.message(Locale.FRENCH))
                  .startsWith("Construction impossible : attributs obligatoires manquants : ");
            });
  }
}
