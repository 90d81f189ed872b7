package io.github.esspetiteenfance.moduletest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.json.EssJson;
import io.github.esspetiteenfance.organization.Organization;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The published modules on the module path: this test runs inside the named module {@code
 * io.github.esspetiteenfance.moduletest}, which requires json (and through it core) by their module
 * descriptors.
 */
class ModulePathTest {

  @Test
  void libraryAndThisTest_runAsNamedModules() {
    assertThat(ModulePathTest.class.getModule().getName())
        .isEqualTo("io.github.esspetiteenfance.moduletest");
    assertThat(Siren.class.getModule().getName()).isEqualTo("io.github.esspetiteenfance.core");
    assertThat(EssJson.class.getModule().getName()).isEqualTo("io.github.esspetiteenfance.json");
  }

  @Test
  void core_exportsItsPublicPackagesButNotInternal() {
    ModuleDescriptor core = Siren.class.getModule().getDescriptor();
    assertThat(core.isAutomatic()).isFalse();
    assertThat(core.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .contains(
            "io.github.esspetiteenfance",
            "io.github.esspetiteenfance.identifier",
            "io.github.esspetiteenfance.constraints.fr",
            "io.github.esspetiteenfance.organization")
        .doesNotContain("io.github.esspetiteenfance.internal");
    assertThat(EssJson.class.getModule().getDescriptor().exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.github.esspetiteenfance.json");
  }

  @Test
  void modelObject_buildsAndValidates() {
    Organization organization = ModuleSmoke.organization();
    assertThat(organization.siren()).contains(Siren.of("552 081 317"));
    assertThat(ModuleSmoke.problems()).isZero();
  }

  @Test
  void document_writesAndReadsBack() {
    assertThat(ModuleSmoke.roundTrip()).isEqualTo(ModuleSmoke.organization());
  }

  @Test
  void messagesOfCoreAndJson_readInFrench() {
    assertThat(ModuleSmoke.identifierMessage()).contains("552081318").contains("clé");
    assertThat(ModuleSmoke.refusedDocument()).contains("json.").doesNotContain("???");
  }

  @Test
  void constraintOfCore_validatorCreatedFromTheUnexportedPackage() {
    assertThat(ModuleSmoke.siretProblems("130 025 265 00013")).isEmpty();
    assertThat(ModuleSmoke.siretProblems("130 025 265 00014")).hasSize(1);
    assertThat(ModuleSmoke.siretProblems("130 025 265 00014").get(0)).contains("ValidSiret");
    assertThat(ModuleSmoke.Form.class.getModule().isNamed()).isTrue();
    assertThat(
            io.github.esspetiteenfance.constraints.fr.ValidSiret.class
                .getModule()
                .getDescriptor()
                .exports())
        .extracting(ModuleDescriptor.Exports::source)
        .doesNotContain("io.github.esspetiteenfance.constraints.fr.internal");
  }
}
