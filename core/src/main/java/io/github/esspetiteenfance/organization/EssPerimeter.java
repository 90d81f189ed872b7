package io.github.esspetiteenfance.organization;

import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.legal.Confidence;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a unit belongs to the social and solidarity economy, under one of two explicit
 * definitions ({@link PerimeterDefinition}), and says which rule decided and how sure the answer
 * is.
 *
 * <h2>{@link PerimeterDefinition#STATUTORY}: loi n° 2014-856 art. 1</h2>
 *
 * <ol>
 *   <li>A legal form of the association, cooperative, mutual or foundation family is in the ESS
 *       ({@link PerimeterRule#LEGAL_FORM}).
 *   <li>A commercial-company form is in the ESS if it holds an ESUS agrément valid on the date
 *       ({@link PerimeterRule#ESUS_AGREMENT}), or else if it declared the ESS status {@code O} in
 *       Sirene ({@link PerimeterRule#DECLARED_ESS_STATUS}); otherwise it is not ({@link
 *       PerimeterRule#COMMERCIAL_COMPANY_WITHOUT_EVIDENCE}), with {@link
 *       Caveat#DECLARATION_UNKNOWN} when the declaration was not looked up.
 *   <li>Every other form is outside ({@link PerimeterRule#FORM_NOT_IN_ARTICLE_1}); a declaration
 *       {@code O} or an agrément on such a form is reported as {@link Caveat#DECLARATION_CONFLICT}
 *       and the answer becomes UNCONFIRMED.
 * </ol>
 *
 * <h2>{@link PerimeterDefinition#STATISTICAL}: INSEE and the CRESS observatories</h2>
 *
 * <ol>
 *   <li>A commercial-company form is not counted, whatever it declared ({@link
 *       PerimeterRule#COMMERCIAL_COMPANY_NOT_COUNTED}).
 *   <li>A form outside the four families and INSEE's fifth family is not counted ({@link
 *       PerimeterRule#CJ_NOT_IN_LIST}).
 *   <li>An excluded activity is not counted, whatever the form ({@link
 *       PerimeterRule#ACTIVITY_EXCLUDED}, {@link ActivityExclusion}); 94.12 is doubtful and only
 *       flagged ({@link Caveat#DOUBTFUL_ACTIVITY_EXCLUSION}).
 *   <li>A non-employer unit is not counted ({@link PerimeterRule#NON_EMPLOYER}).
 *   <li>Otherwise the unit is counted in its family ({@link PerimeterRule#CJ_IN_LIST}).
 * </ol>
 *
 * <p>An unknown activity or employer status does not exclude the unit: the answer carries {@link
 * Caveat#ACTIVITY_UNKNOWN} or {@link Caveat#EMPLOYER_UNKNOWN} and is UNCONFIRMED.
 *
 * <p>The classification is deterministic and depends only on its arguments. This class is immutable
 * and thread-safe.
 */
public final class EssPerimeter {

  private EssPerimeter() {}

  /**
   * Classifies a unit under a definition.
   *
   * @param facts what is known of the unit, not null
   * @param definition the definition to apply, not null
   * @param date the date of the answer (an ESUS agrément must be valid on it), not null
   * @return the answer, not null
   */
  public static EssClassification classify(
      PerimeterFacts facts, PerimeterDefinition definition, LocalDate date) {
    Objects.requireNonNull(definition, "definition");
    return switch (definition) {
      case STATUTORY -> statutory(facts, date);
      case STATISTICAL -> statistical(facts);
    };
  }

  /**
   * Classifies an organization under a definition.
   *
   * @param organization the organization, not null
   * @param definition the definition to apply, not null
   * @param date the date of the answer, not null
   * @return the answer, not null
   */
  public static EssClassification classify(
      Organization organization, PerimeterDefinition definition, LocalDate date) {
    return classify(organization.perimeterFacts(), definition, date);
  }

  /**
   * Classifies a unit under the statutory definition (loi 2014-856 art. 1).
   *
   * @param facts what is known of the unit, not null
   * @param date the date of the answer, not null
   * @return the answer, not null
   */
  public static EssClassification statutory(PerimeterFacts facts, LocalDate date) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(date, "date");
    Answer a = new Answer(PerimeterDefinition.STATUTORY, facts.legalForm());
    EssFamily family = facts.legalForm().family();
    boolean declaredEss = facts.declaredStatus() == DeclaredEssStatus.DECLARED_ESS;
    boolean declaredNotEss = facts.declaredStatus() == DeclaredEssStatus.DECLARED_NOT_ESS;
    Optional<EsusAgrement> agrement = facts.esusAgrement();
    if (family.isEssByLegalForm()) {
      if (declaredNotEss) {
        a.caveat(Caveat.DECLARATION_CONFLICT);
      }
      return a.decide(family, PerimeterRule.LEGAL_FORM);
    }
    if (family == EssFamily.SOCIETE_COMMERCIALE_ESS) {
      if (agrement.isPresent() && agrement.get().isValidOn(date)) {
        if (agrement.get().isExpiryEstimated()) {
          a.caveat(Caveat.ESUS_EXPIRY_ESTIMATED);
        }
        if (declaredNotEss) {
          a.caveat(Caveat.DECLARATION_CONFLICT);
        }
        return a.decide(family, PerimeterRule.ESUS_AGREMENT);
      }
      if (declaredEss) {
        return a.decide(family, PerimeterRule.DECLARED_ESS_STATUS);
      }
      if (facts.declaredStatus() == DeclaredEssStatus.UNKNOWN) {
        a.caveat(Caveat.DECLARATION_UNKNOWN);
      }
      return a.decide(EssFamily.OUTSIDE_ESS, PerimeterRule.COMMERCIAL_COMPANY_WITHOUT_EVIDENCE);
    }
    if (declaredEss || agrement.isPresent()) {
      a.caveat(Caveat.DECLARATION_CONFLICT);
    }
    return a.decide(outside(family), PerimeterRule.FORM_NOT_IN_ARTICLE_1);
  }

  /**
   * Classifies a unit under the statistical definition (INSEE and the CRESS observatories).
   *
   * @param facts what is known of the unit, not null
   * @return the answer, not null
   */
  public static EssClassification statistical(PerimeterFacts facts) {
    Objects.requireNonNull(facts, "facts");
    Answer a = new Answer(PerimeterDefinition.STATISTICAL, facts.legalForm());
    EssFamily family = facts.legalForm().family();
    if (family == EssFamily.SOCIETE_COMMERCIALE_ESS) {
      return a.decide(EssFamily.OUTSIDE_ESS, PerimeterRule.COMMERCIAL_COMPANY_NOT_COUNTED);
    }
    if (!family.isEss()) {
      return a.decide(family, PerimeterRule.CJ_NOT_IN_LIST);
    }
    Optional<CodeNaf> activity = facts.activity();
    if (activity.isEmpty()) {
      a.caveat(Caveat.ACTIVITY_UNKNOWN);
    } else {
      Optional<ActivityExclusion> exclusion = ActivityExclusion.find(activity.get());
      if (exclusion.isPresent() && !exclusion.get().doubtful()) {
        return a.decideIgnoringForm(EssFamily.OUTSIDE_ESS, PerimeterRule.ACTIVITY_EXCLUDED);
      }
      if (exclusion.isPresent()) {
        a.caveat(Caveat.DOUBTFUL_ACTIVITY_EXCLUSION);
      }
    }
    switch (facts.employer()) {
      case NON_EMPLOYER:
        return a.decideIgnoringForm(EssFamily.OUTSIDE_ESS, PerimeterRule.NON_EMPLOYER);
      case UNKNOWN:
        a.caveat(Caveat.EMPLOYER_UNKNOWN);
        break;
      case EMPLOYER:
      default:
        break;
    }
    return a.decide(family, PerimeterRule.CJ_IN_LIST);
  }

  /**
   * Returns the activity exclusions of the statistical definition.
   *
   * @return the exclusions, the doubtful one included; not null
   */
  public static List<ActivityExclusion> activityExclusions() {
    return ActivityExclusion.all();
  }

  private static EssFamily outside(EssFamily family) {
    return family == EssFamily.PUBLIC_SECTOR ? EssFamily.PUBLIC_SECTOR : EssFamily.OUTSIDE_ESS;
  }

  /** Collects the caveats of an answer and computes its confidence. */
  private static final class Answer {
    private final PerimeterDefinition definition;
    private final LegalForm form;
    private final Optional<CjMapping> mapping;
    private final EnumSet<Caveat> caveats = EnumSet.noneOf(Caveat.class);

    Answer(PerimeterDefinition definition, LegalForm form) {
      this.definition = definition;
      this.form = form;
      this.mapping =
          form instanceof LegalForm.Coded coded ? Optional.of(coded.mapping()) : Optional.empty();
      if (mapping.isPresent() && mapping.get().doubtful()) {
        caveats.add(Caveat.DOUBTFUL_LEGAL_CATEGORY);
      }
      if (mapping.isEmpty()) {
        caveats.add(Caveat.LEGAL_FORM_DECLARED_ONLY);
      }
    }

    void caveat(Caveat caveat) {
      caveats.add(caveat);
    }

    /** Decides with the weakest of the rule's, the form's and the caveats' confidence. */
    EssClassification decide(EssFamily family, PerimeterRule rule) {
      return build(family, rule, rule.basis().confidence().weakest(form.confidence()));
    }

    /** Decides on the activity or employer alone: the form's confidence does not matter. */
    EssClassification decideIgnoringForm(EssFamily family, PerimeterRule rule) {
      caveats.remove(Caveat.DOUBTFUL_LEGAL_CATEGORY);
      caveats.remove(Caveat.LEGAL_FORM_DECLARED_ONLY);
      return build(family, rule, rule.basis().confidence());
    }

    private EssClassification build(EssFamily family, PerimeterRule rule, Confidence base) {
      Confidence confidence = base;
      for (Caveat c : caveats) {
        confidence = confidence.weakest(weight(c));
      }
      return new EssClassification(
          definition, family, rule, confidence, mapping, List.copyOf(caveats));
    }

    private static Confidence weight(Caveat caveat) {
      return switch (caveat) {
        case DOUBTFUL_LEGAL_CATEGORY, LEGAL_FORM_DECLARED_ONLY -> Confidence.DERIVED;
        case DECLARATION_CONFLICT,
            DECLARATION_UNKNOWN,
            ESUS_EXPIRY_ESTIMATED,
            ACTIVITY_UNKNOWN,
            DOUBTFUL_ACTIVITY_EXCLUSION,
            EMPLOYER_UNKNOWN ->
            Confidence.UNCONFIRMED;
      };
    }
  }
}
