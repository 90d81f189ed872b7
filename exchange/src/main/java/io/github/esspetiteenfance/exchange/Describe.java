package io.github.esspetiteenfance.exchange;

import io.github.esspetiteenfance.structure.AgeRange;
import io.github.esspetiteenfance.structure.ChildProtection;
import io.github.esspetiteenfance.structure.Eaje;
import io.github.esspetiteenfance.structure.EspaceDeRencontre;
import io.github.esspetiteenfance.structure.FamilyHousing;
import io.github.esspetiteenfance.structure.FundingMode;
import io.github.esspetiteenfance.structure.HostedPublic;
import io.github.esspetiteenfance.structure.Labelled;
import io.github.esspetiteenfance.structure.Mandate;
import io.github.esspetiteenfance.structure.MediationFamiliale;
import io.github.esspetiteenfance.structure.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** French texts written into free-text fields of the formats. Package-private. */
final class Describe {

  /**
   * The fee note of a PSU-funded EAJE. The barème is the CNAF's national scale of family
   * contributions (circulaire CNAF n° 2019-005 and its updates; computed by the library's {@code
   * fee} package, which names its sources).
   */
  static final String PSU_FEES =
      "Participation familiale selon le barème national des participations familiales de la CNAF"
          + " (prestation de service unique, PSU) : un taux d'effort, fonction du nombre d'enfants à"
          + " charge, appliqué aux ressources du foyer entre un plancher et un plafond publiés"
          + " chaque année.";

  static final String PAJE_FEES =
      "Tarif fixé par le gestionnaire (financement PAJE) ; les familles peuvent percevoir le"
          + " complément de libre choix du mode de garde (CMG) de la PAJE.";

  private Describe() {}

  /** Returns the fee note of a structure, if its funding says one. */
  static Optional<String> fees(Structure structure) {
    if (structure instanceof Eaje eaje && eaje.funding().isPresent()) {
      FundingMode mode = eaje.funding().get().mode();
      return switch (mode) {
        case PSU -> Optional.of(PSU_FEES);
        case PAJE_CMG -> Optional.of(PAJE_FEES);
        default -> eaje.funding().get().label().map(l -> "Financement : " + l + ".");
      };
    }
    return Optional.empty();
  }

  /** Returns whether the structure's funding is the PSU. */
  static boolean isPsu(Structure structure) {
    return structure instanceof Eaje eaje
        && eaje.funding().map(f -> f.mode() == FundingMode.PSU).orElse(false);
  }

  /** Returns "Enfants de 2 mois à 4 ans" for an age range (upper bound exclusive). */
  static String ages(AgeRange ages) {
    return "Enfants de " + months(ages.minMonths()) + " à " + months(ages.maxMonths()) + ".";
  }

  private static String months(int months) {
    if (months == 0) {
      return "la naissance";
    }
    if (months % 12 == 0) {
      int years = months / 12;
      return years + (years == 1 ? " an" : " ans");
    }
    return months + " mois";
  }

  /** Returns the publics of a structure in words: ages and hosted publics. */
  static Optional<String> publics(Structure structure) {
    List<String> parts = new ArrayList<>();
    structure.ages().ifPresent(a -> parts.add(ages(a)));
    if (structure instanceof FamilyHousing housing && !housing.publics().isEmpty()) {
      parts.add("Public accueilli : " + labels(housing.publics()) + ".");
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
  }

  /** Returns the access conditions of a structure acting on a mandate. */
  static Optional<String> mandates(Structure structure) {
    Set<Mandate> mandates = Set.of();
    if (structure instanceof EspaceDeRencontre e) {
      mandates = e.mandates();
    } else if (structure instanceof MediationFamiliale m) {
      mandates = m.mandates();
    } else if (structure instanceof ChildProtection c) {
      mandates = c.mandates();
    }
    if (mandates.isEmpty()) {
      return Optional.empty();
    }
    List<Mandate> ordered = new ArrayList<>(mandates);
    ordered.sort(null);
    return Optional.of("Accès " + labels(ordered) + ".");
  }

  /** Returns the legal form in words: the INSEE code and label, or the declared wording. */
  static String legalForm(io.github.esspetiteenfance.organization.Organization operator) {
    io.github.esspetiteenfance.organization.LegalForm form = operator.legalForm();
    if (form instanceof io.github.esspetiteenfance.organization.LegalForm.Coded coded) {
      return "catégorie juridique " + coded.code() + " (" + coded.mapping().label() + ")";
    }
    return ((io.github.esspetiteenfance.organization.LegalForm.Declared) form).wording();
  }

  /** Returns an age in years, two decimals at most (HALF_UP), from months. */
  static java.math.BigDecimal years(int months) {
    java.math.BigDecimal y =
        java.math.BigDecimal.valueOf(months)
            .divide(java.math.BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return y.scale() < 0 ? y.setScale(0) : y;
  }

  static String labels(java.util.Collection<? extends Labelled> values) {
    List<String> labels = new ArrayList<>();
    values.forEach(v -> labels.add(v.label()));
    return String.join(", ", labels);
  }

  static List<HostedPublic> hostedPublics(Structure structure) {
    return structure instanceof FamilyHousing h ? List.copyOf(h.publics()) : List.of();
  }
}
