package io.github.esspetiteenfance.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The exception, its codes and messages, and the shared nomenclature. */
class InvalidIdentifierExceptionTest {

  @ParameterizedTest
  @EnumSource(IdentifierViolation.class)
  void everyViolation_messagesNameTheInputInBothLanguages(IdentifierViolation violation) {
    InvalidIdentifierException e = new InvalidIdentifierException(violation, "XYZ 123");
    assertThat(e.violation()).isSameAs(violation);
    assertThat(e.errorCode()).isSameAs(violation);
    assertThat(e.code()).isEqualTo(violation.code()).startsWith("identifier.");
    assertThat(e.identifierType()).isEqualTo(violation.identifierType());
    assertThat(e.input()).isEqualTo("XYZ 123");
    assertThat(e.field()).isEmpty();
    String english = e.message(Locale.ENGLISH);
    String french = e.message(Locale.FRANCE);
    assertThat(english).contains("XYZ 123").doesNotContain("{").isNotEqualTo(french);
    assertThat(french).contains("XYZ 123").doesNotContain("{");
    assertThat(e.getMessage()).isEqualTo("[" + violation.code() + "] " + english);
  }

  @Test
  void everyViolation_codeNamesItsType() {
    for (IdentifierViolation violation : IdentifierViolation.values()) {
      IdentifierType type = violation.identifierType();
      String expected =
          type == IdentifierType.CODE_NAF
              ? "naf"
              : type.name().toLowerCase(Locale.ROOT).replace('_', '-');
      assertThat(violation.code()).startsWith("identifier." + expected + ".");
    }
  }

  @Test
  void exception_isAnIllegalArgumentException() {
    assertThat(new InvalidIdentifierException(IdentifierViolation.SIREN_CHECKSUM, "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasNoCause();
  }

  @Test
  void categorieJuridique_loadedOnceAndShared_acrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<CategorieJuridique>> tasks =
          IntStream.range(0, 64)
              .<Callable<CategorieJuridique>>mapToObj(i -> () -> CategorieJuridique.of("9220"))
              .toList();
      CategorieJuridique first = CategorieJuridique.of("9220");
      for (Future<CategorieJuridique> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isSameAs(first);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void categorieJuridique_all_ascendingUniqueWithLabels() {
    List<CategorieJuridique> all = CategorieJuridique.all();
    assertThat(all).hasSize(260).doesNotHaveDuplicates();
    assertThat(all).isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()));
    assertThat(all).allSatisfy(cj -> assertThat(cj.label()).isNotBlank().doesNotStartWith("\""));
    assertThat(all).allSatisfy(cj -> assertThat(CategorieJuridique.of(cj.toString())).isSameAs(cj));
  }
}
