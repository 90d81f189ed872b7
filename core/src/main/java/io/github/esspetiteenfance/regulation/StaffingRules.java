package io.github.esspetiteenfance.regulation;

import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.LegalBasis;
import io.github.esspetiteenfance.structure.RatioOption;
import io.github.esspetiteenfance.structure.StructureKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The staffing rules of a {@link Presence}: ratio, outing, minimum of two, qualified, parents. */
final class StaffingRules {

  private StaffingRules() {}

  static void check(Check c) {
    if (c.observation.children().isEmpty() && c.observation.staff().isEmpty()) {
      return;
    }
    boolean jardin = c.facility.kind() == StructureKind.JARDIN_D_ENFANTS;
    if (!jardin && !c.facility.isCollectiveCreche()) {
      c.notChecked(Subject.STAFFING, Subject.NOT_FOR_KIND);
      return;
    }
    Optional<Presence> observed = c.observation.presence();
    if (observed.isEmpty()) {
      // the children or the adults alone: the ratios cannot be checked, and the check says so
      c.notChecked(Subject.STAFFING, Subject.NOT_OBSERVED);
      return;
    }
    Presence presence = observed.get();
    ChildrenPresent children = presence.children();
    StaffingSetting setting =
        jardin
            ? StaffingSetting.JARDIN_D_ENFANTS
            : c.isMicroCreche() ? StaffingSetting.MICRO_CRECHE : StaffingSetting.CRECHE;
    if (c.facility.capacity().isEmpty() && !c.isMicroCreche()) {
      // Without the capacity, only what holds for every capacity is checked: the minimum of two
      // as in a micro-crèche (from 4 children), no qualified professional among them.
      c.notChecked(Subject.QUALIFIED_AMONG_TWO, Subject.CAPACITY_UNKNOWN);
      if (!jardin) {
        setting = StaffingSetting.MICRO_CRECHE;
      }
    }
    if (jardin) {
      if (c.need(Parameter.JARDIN_RATIO_UNDER_3).isEmpty()
          || c.need(Parameter.JARDIN_RATIO_3_AND_OVER).isEmpty()) {
        return;
      }
      if (children.total() > 0 && children.aged3AndOver() == 0) {
        c.add(FindingCode.JARDIN_AGES_UNKNOWN, List.of(), "children", children.total());
      }
      check(c, setting, Optional.empty(), presence);
      return;
    }
    if (c.need(Parameter.RATIO_NON_WALKING).isEmpty()
        || c.need(Parameter.RATIO_WALKING).isEmpty()) {
      return;
    }
    Optional<RatioOption> chosen = c.facility.ratioOption();
    boolean sixExists = c.at(Parameter.RATIO_ANY_AGE).isPresent();
    if (chosen.isPresent()) {
      RatioOption option = chosen.get();
      if (option == RatioOption.ONE_PER_SIX && !sixExists) {
        c.add(FindingCode.RATIO_OPTION_NOT_AVAILABLE, List.of(), "ratioOption", option);
        option = RatioOption.ONE_PER_FIVE_OR_EIGHT;
      }
      check(c, setting, Optional.of(option), presence);
      return;
    }
    if (!sixExists) {
      check(c, setting, Optional.of(RatioOption.ONE_PER_FIVE_OR_EIGHT), presence);
      return;
    }
    // No option stated: the staff is compliant if it meets either option.
    StaffingCalculator calculator = StaffingCalculator.of(c.parameters);
    StaffRequirement a =
        calculator.requirement(
            c.date, situation(c, setting, RatioOption.ONE_PER_FIVE_OR_EIGHT, presence));
    StaffRequirement b =
        calculator.requirement(c.date, situation(c, setting, RatioOption.ONE_PER_SIX, presence));
    boolean parental = c.facility.parental();
    boolean meetsA = a.isMetBy(presence.staff(), parental);
    boolean meetsB = b.isMetBy(presence.staff(), parental);
    if (meetsA && meetsB) {
      return;
    }
    if (meetsA || meetsB) {
      RatioOption met = meetsA ? RatioOption.ONE_PER_FIVE_OR_EIGHT : RatioOption.ONE_PER_SIX;
      c.add(
          FindingCode.STAFF_RATIO_OPTION_DEPENDENT,
          ratioBases(c, met, children),
          "ratioOption",
          met,
          counted(c, presence.staff()));
      return;
    }
    RatioOption easier =
        a.byRatio() <= b.byRatio() ? RatioOption.ONE_PER_FIVE_OR_EIGHT : RatioOption.ONE_PER_SIX;
    check(c, setting, Optional.of(easier), presence);
  }

  private static StaffingSituation situation(
      Check c, StaffingSetting setting, RatioOption option, Presence presence) {
    return new StaffingSituation(
        setting,
        capacityOrSmallest(c),
        setting == StaffingSetting.JARDIN_D_ENFANTS ? Optional.empty() : Optional.of(option),
        c.facility.parental(),
        presence.outing(),
        presence.children());
  }

  private static void check(
      Check c, StaffingSetting setting, Optional<RatioOption> option, Presence presence) {
    StaffingSituation situation =
        new StaffingSituation(
            setting,
            capacityOrSmallest(c),
            option,
            c.facility.parental(),
            presence.outing(),
            presence.children());
    StaffRequirement required = StaffingCalculator.of(c.parameters).requirement(c.date, situation);
    StaffPresent staff = presence.staff();
    ChildrenPresent children = presence.children();
    int counted = counted(c, staff);
    int n = children.total();
    if (counted < required.byRatio()) {
      List<LegalBasis> bases =
          setting == StaffingSetting.JARDIN_D_ENFANTS
              ? jardinBases(c, children)
              : ratioBases(c, option.orElseThrow(), children);
      if (Bases.EVERY_MOMENT.validity().contains(c.date)) {
        bases.add(Bases.EVERY_MOMENT);
      }
      parentsBasis(c, bases);
      c.add(FindingCode.STAFF_RATIO_NOT_MET, bases, "staff", counted, required.byRatio(), n);
    }
    if (counted < required.byOuting()) {
      List<LegalBasis> bases = new ArrayList<>();
      c.at(Parameter.OUTING_RATIO).ifPresent(d -> bases.add(d.basis()));
      parentsBasis(c, bases);
      c.add(FindingCode.OUTING_RATIO_NOT_MET, bases, "staff", counted, required.byOuting(), n);
    }
    if (counted < required.minimumAdults()) {
      List<LegalBasis> bases = new ArrayList<>();
      c.at(Parameter.MINIMUM_ADULTS).ifPresent(d -> bases.add(d.basis()));
      parentsBasis(c, bases);
      c.add(FindingCode.STAFF_MINIMUM_ADULTS, bases, "staff", counted, required.minimumAdults(), n);
    }
    if (c.facility.parental() && staff.professionals() < required.professionals()) {
      List<LegalBasis> bases = new ArrayList<>(List.of(Bases.parentsCount(c.date)));
      if (required.minimumAdults() == 0) {
        bases.add(Bases.PARENTAL_ONE_PROFESSIONAL);
      }
      c.add(
          FindingCode.STAFF_MINIMUM_PROFESSIONALS,
          bases,
          "professionals",
          staff.professionals(),
          required.professionals());
    }
    if (staff.qualified() < required.qualified()) {
      List<LegalBasis> bases = new ArrayList<>();
      c.at(Parameter.QUALIFIED_AMONG_MINIMUM_ABOVE_PLACES).ifPresent(d -> bases.add(d.basis()));
      c.add(
          FindingCode.STAFF_QUALIFIED_MISSING,
          bases,
          "qualified",
          staff.qualified(),
          required.qualified(),
          situation.capacity());
    }
  }

  /** The capacity, or 1 when unknown: the smallest, to which no capacity-based rule applies. */
  private static int capacityOrSmallest(Check c) {
    return c.facility.capacity().orElse(1);
  }

  private static int counted(Check c, StaffPresent staff) {
    return staff.professionals() + (c.facility.parental() ? staff.parents() : 0);
  }

  private static void parentsBasis(Check c, List<LegalBasis> bases) {
    if (c.facility.parental()) {
      bases.add(Bases.parentsCount(c.date));
    }
  }

  private static List<LegalBasis> ratioBases(
      Check c, RatioOption option, ChildrenPresent children) {
    List<LegalBasis> bases = new ArrayList<>();
    if (option == RatioOption.ONE_PER_SIX) {
      c.at(Parameter.RATIO_ANY_AGE).ifPresent(d -> bases.add(d.basis()));
      return bases;
    }
    pair(
        c,
        bases,
        children.notWalking(),
        Parameter.RATIO_NON_WALKING,
        children.walking(),
        Parameter.RATIO_WALKING);
    return bases;
  }

  private static List<LegalBasis> jardinBases(Check c, ChildrenPresent children) {
    List<LegalBasis> bases = new ArrayList<>();
    pair(
        c,
        bases,
        children.under3(),
        Parameter.JARDIN_RATIO_UNDER_3,
        children.aged3AndOver(),
        Parameter.JARDIN_RATIO_3_AND_OVER);
    return bases;
  }

  private static void pair(
      Check c,
      List<LegalBasis> bases,
      int first,
      Parameter firstRatio,
      int second,
      Parameter secondRatio) {
    Optional<Dated<BigDecimal>> a = c.at(firstRatio);
    Optional<Dated<BigDecimal>> b = c.at(secondRatio);
    if (first > 0 || second == 0) {
      a.ifPresent(d -> bases.add(d.basis()));
    }
    if (second > 0) {
      b.ifPresent(d -> bases.add(d.basis()));
    }
    if (first > 0 && second > 0) {
      bases.add(Bases.PRO_RATA);
    }
  }
}
