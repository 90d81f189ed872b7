package io.github.esspetiteenfance;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every error or finding code of the library has a message in English and in French. */
class MessageBundlesTest {

  static List<ErrorCode> allCodes() {
    List<ErrorCode> codes = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.esspetiteenfance")) {
      if (c.isEnum() && c.isAssignableTo(ErrorCode.class)) {
        for (Object constant : c.reflect().getEnumConstants()) {
          codes.add((ErrorCode) constant);
        }
      }
    }
    return codes;
  }

  @Test
  void everyCode_hasEnglishAndFrenchMessages() {
    List<ErrorCode> codes = allCodes();
    assertThat(codes).isNotEmpty();
    assertThat(codes)
        .allSatisfy(
            code ->
                assertThat(Messages.hasBothLanguages(code.messageBundle(), code.code()))
                    .as("messages for %s in %s", code.code(), code.messageBundle())
                    .isTrue());
  }

  @Test
  void codes_areUnique() {
    List<String> texts = allCodes().stream().map(ErrorCode::code).toList();
    assertThat(texts).doesNotHaveDuplicates();
  }

  @Test
  void english_isChosenWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      ErrorCode code = io.github.esspetiteenfance.CommonErrorCode.BLANK;
      assertThat(code.message(Locale.ENGLISH, "name"))
          .isEqualTo("The field 'name' must not be blank.");
      assertThat(code.message(Locale.FRANCE, "name"))
          .isEqualTo("Le champ « name » ne doit pas être vide.");
      assertThat(code.message(Locale.GERMAN, "name")).startsWith("The field");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
