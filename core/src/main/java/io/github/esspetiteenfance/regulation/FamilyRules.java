package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.legal.Dated;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The rules of MAM (CASF L424-1, L421-4) and LAEP. */
final class FamilyRules {

  private FamilyRules() {}

  /** Maisons d'assistants maternels and their assistants maternels. */
  static void mam(Check c) {
    List<Integer> agrements = c.facility.assistantAgrements();
    if (!agrements.isEmpty()) {
      Optional<Dated<BigDecimal>> min = c.need(Parameter.MAM_MIN_ASSISTANTS);
      Optional<Dated<BigDecimal>> max = c.need(Parameter.MAM_MAX_ASSISTANTS);
      if (min.isPresent() && max.isPresent()) {
        int n = agrements.size();
        if (n < Check.intOf(min.get()) || n > Check.intOf(max.get())) {
          c.add(
              FindingCode.MAM_ASSISTANTS_COUNT,
              List.of((n > Check.intOf(max.get()) ? max : min).get().basis()),
              "assistants",
              n,
              Check.intOf(min.get()),
              Check.intOf(max.get()));
        }
      }
      for (int i = 0; i < agrements.size(); i++) {
        agrement(c, "#" + (i + 1), agrements.get(i));
      }
    }
    c.observation
        .assistantsWorkingAtOnce()
        .ifPresent(
            n ->
                c.atMost(
                    Parameter.MAM_MAX_ASSISTANTS_AT_ONCE,
                    FindingCode.MAM_ASSISTANTS_AT_ONCE,
                    "assistantsWorkingAtOnce",
                    n));
    List<AssistantObservation> assistants = c.observation.assistants();
    for (int i = 0; i < assistants.size(); i++) {
      assistant(c, assistants.get(i), i);
    }
    childrenAtOnce(c, assistants);
  }

  /**
   * At most 20 children at the same time in one MAM (L424-1, SECONDARY): the children of the
   * presence observed, or else the children in care of the assistants observed at one moment.
   */
  private static void childrenAtOnce(Check c, List<AssistantObservation> assistants) {
    Optional<Integer> present =
        c.observation.children().isPresent()
            ? c.observation.children().map(ChildrenPresent::total)
            : assistants.isEmpty()
                ? Optional.empty()
                : Optional.of(
                    assistants.stream().mapToInt(AssistantObservation::childrenInCare).sum());
    present.ifPresent(
        n ->
            c.atMost(
                Parameter.MAM_MAX_CHILDREN_AT_ONCE,
                FindingCode.MAM_CHILDREN_AT_ONCE,
                "children",
                n));
  }

  private static void agrement(Check c, String who, int children) {
    Optional<Dated<BigDecimal>> max = c.need(Parameter.AM_MAX_AGREMENT);
    if (max.isEmpty() || children <= Check.intOf(max.get())) {
      return;
    }
    Optional<Dated<BigDecimal>> derogation = c.at(Parameter.AM_MAX_AGREMENT_DEROGATION);
    if (derogation.isPresent() && children <= Check.intOf(derogation.get())) {
      c.add(
          FindingCode.AM_AGREMENT_DEROGATION,
          List.of(derogation.get().basis()),
          who,
          children,
          Check.intOf(max.get()),
          Check.intOf(derogation.get()));
      return;
    }
    Dated<BigDecimal> limit = derogation.orElse(max.get());
    c.add(
        FindingCode.AM_AGREMENT_ABOVE_MAXIMUM,
        List.of(limit.basis()),
        who,
        children,
        Check.intOf(limit));
  }

  private static void assistant(Check c, AssistantObservation a, int index) {
    String who = a.name().orElse("#" + (index + 1));
    agrement(c, who, a.agrement());
    if (a.childrenInCare() > a.agrement()) {
      c.at(Parameter.AM_MAX_AGREMENT)
          .ifPresent(
              max ->
                  c.add(
                      FindingCode.AM_CHILDREN_ABOVE_AGREMENT,
                      List.of(max.basis()),
                      who,
                      a.childrenInCare(),
                      a.agrement()));
    }
    Optional<Dated<BigDecimal>> minors = c.need(Parameter.AM_MAX_MINORS);
    if (minors.isPresent() && a.minors() > Check.intOf(minors.get())) {
      Optional<Dated<BigDecimal>> temporary = c.at(Parameter.AM_MAX_MINORS_TEMPORARY);
      if (a.temporaryExtension() && temporary.isPresent()) {
        if (a.minors() > Check.intOf(temporary.get())) {
          c.add(
              FindingCode.AM_MINORS_EXCEEDED,
              List.of(temporary.get().basis()),
              who,
              a.minors(),
              Check.intOf(temporary.get()));
        } else {
          c.add(
              FindingCode.AM_TEMPORARY_EXTENSION,
              List.of(temporary.get().basis()),
              who,
              a.minors(),
              Check.intOf(minors.get()),
              Check.intOf(temporary.get()));
        }
      } else {
        c.add(
            FindingCode.AM_MINORS_EXCEEDED,
            List.of(minors.get().basis()),
            who,
            a.minors(),
            Check.intOf(minors.get()));
      }
    }
    if (a.childrenUnder3() > 0) {
      c.at(Parameter.AM_MAX_UNDER_3)
          .filter(max -> a.childrenUnder3() > Check.intOf(max))
          .ifPresent(
              max ->
                  c.add(
                      FindingCode.AM_UNDER_3_EXCEEDED,
                      List.of(max.basis()),
                      who,
                      a.childrenUnder3(),
                      Check.intOf(max)));
    }
  }

  /** Lieux d'accueil enfants-parents: children with an adult, two accueillants per session. */
  static void laep(Check c) {
    EajeRules.ages(c, Parameter.LAEP_AGE_LIMIT_MONTHS);
    c.observation
        .laepSession()
        .ifPresent(
            session -> {
              if (session.childrenWithoutAdult() > 0) {
                c.at(Parameter.LAEP_AGE_LIMIT_MONTHS)
                    .ifPresent(
                        d ->
                            c.add(
                                FindingCode.LAEP_CHILD_WITHOUT_ADULT,
                                List.of(d.basis()),
                                "childrenWithoutAdult",
                                session.childrenWithoutAdult()));
              }
              c.need(Parameter.LAEP_MIN_ACCUEILLANTS)
                  .filter(min -> session.accueillants() < Check.intOf(min))
                  .ifPresent(
                      min ->
                          c.add(
                              FindingCode.LAEP_TOO_FEW_ACCUEILLANTS,
                              List.of(min.basis()),
                              "accueillants",
                              session.accueillants(),
                              Check.intOf(min)));
            });
  }
}
