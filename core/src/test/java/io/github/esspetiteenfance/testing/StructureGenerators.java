package io.github.esspetiteenfance.testing;

import io.github.esspetiteenfance.InvalidValueException;
import io.github.esspetiteenfance.structure.AemoBuilder;
import io.github.esspetiteenfance.structure.AgeRange;
import io.github.esspetiteenfance.structure.Agrement;
import io.github.esspetiteenfance.structure.AssistantMaternel;
import io.github.esspetiteenfance.structure.Capacity;
import io.github.esspetiteenfance.structure.CareMode;
import io.github.esspetiteenfance.structure.CentreEducatifRenforceBuilder;
import io.github.esspetiteenfance.structure.CentreParentalBuilder;
import io.github.esspetiteenfance.structure.CentreSocialBuilder;
import io.github.esspetiteenfance.structure.Commitment;
import io.github.esspetiteenfance.structure.CommitmentKind;
import io.github.esspetiteenfance.structure.CrecheCollective;
import io.github.esspetiteenfance.structure.CrecheFamiliale;
import io.github.esspetiteenfance.structure.CrecheItinerante;
import io.github.esspetiteenfance.structure.EspaceDeRencontreBuilder;
import io.github.esspetiteenfance.structure.Funding;
import io.github.esspetiteenfance.structure.FundingMode;
import io.github.esspetiteenfance.structure.HalteGarderie;
import io.github.esspetiteenfance.structure.HostedPublic;
import io.github.esspetiteenfance.structure.InclusiveCare;
import io.github.esspetiteenfance.structure.ItineraryStop;
import io.github.esspetiteenfance.structure.JardinDEnfants;
import io.github.esspetiteenfance.structure.LieuAccueilEnfantsParentsBuilder;
import io.github.esspetiteenfance.structure.MaisonAssistantsMaternelsBuilder;
import io.github.esspetiteenfance.structure.MaisonParentaleBuilder;
import io.github.esspetiteenfance.structure.Management;
import io.github.esspetiteenfance.structure.Mandate;
import io.github.esspetiteenfance.structure.MediationFamilialeBuilder;
import io.github.esspetiteenfance.structure.MicroCreche;
import io.github.esspetiteenfance.structure.MultiAccueil;
import io.github.esspetiteenfance.structure.OpeningHours;
import io.github.esspetiteenfance.structure.OpeningSlot;
import io.github.esspetiteenfance.structure.PartialDate;
import io.github.esspetiteenfance.structure.PedagogicalApproach;
import io.github.esspetiteenfance.structure.Pedagogy;
import io.github.esspetiteenfance.structure.PlacementFamilialBuilder;
import io.github.esspetiteenfance.structure.RatioOption;
import io.github.esspetiteenfance.structure.RecyclerieActivity;
import io.github.esspetiteenfance.structure.RecyclerieActivityKind;
import io.github.esspetiteenfance.structure.RecycleriePetiteEnfanceBuilder;
import io.github.esspetiteenfance.structure.RelaisPetiteEnfanceBuilder;
import io.github.esspetiteenfance.structure.ResidenceMaternelleBuilder;
import io.github.esspetiteenfance.structure.Season;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.structure.StructureKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of valid values of the {@code structure} package: value types and
 * structures of every kind, with optional attributes present or absent.
 *
 * <p>Published in core's test-jar for the JSON round-trip and indicator tests. Every generated
 * value satisfies the invariants (its constructor accepted it) and Bean Validation.
 */
public final class StructureGenerators {

  private static final List<String> LABELS =
      List.of(
          "autonomie des enfants",
          "jardin partagé",
          "éveil musical",
          "ateliers cuisine",
          "Snoezelen",
          "portage",
          "langue des signes pour bébés",
          "motricité libre");

  private static final List<String> PLACES =
      List.of("Monnières", "Saint-Hilaire-de-Clisson", "Clisson", "Gétigné", "Vallet", "Mouzillon");

  private StructureGenerators() {}

  /**
   * Returns a generator of age ranges from 0 to 21 years.
   *
   * @return the generator, not null
   */
  public static Gen<AgeRange> ageRanges() {
    return Generate.range(0, 240)
        .zip(Generate.range(1, 252), (min, length) -> AgeRange.ofMonths(min, min + length));
  }

  /**
   * Returns a generator of capacities from 1 to 200 places.
   *
   * @return the generator, not null
   */
  public static Gen<Capacity> capacities() {
    return Generate.range(1, 200).map(Capacity::of);
  }

  /**
   * Returns a generator of sets of days, not empty.
   *
   * @return the generator, not null
   */
  public static Gen<Set<DayOfWeek>> days() {
    return rs -> {
      Set<DayOfWeek> days = enumSubset(DayOfWeek.class, rs);
      if (days.isEmpty()) {
        days.add(Generate.enumValues(DayOfWeek.class).generate(rs));
      }
      return days;
    };
  }

  /**
   * Returns a generator of opening slots, some overnight, some of 24 hours.
   *
   * @return the generator, not null
   */
  public static Gen<OpeningSlot> openingSlots() {
    Gen<LocalTime> times = Generate.range(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
    return days().zip(times, times, OpeningSlot::of);
  }

  /**
   * Returns a generator of weekly schedules of 1 to 4 non-overlapping slots.
   *
   * @return the generator, not null
   */
  public static Gen<OpeningHours> openingHours() {
    Gen<OpeningSlot> slots = openingSlots();
    Gen<Integer> count = Generate.range(1, 4);
    return rs -> {
      List<OpeningSlot> kept = new ArrayList<>();
      kept.add(slots.generate(rs));
      int n = count.generate(rs);
      for (int i = 1; i < n; i++) {
        OpeningSlot candidate = slots.generate(rs);
        List<OpeningSlot> tried = new ArrayList<>(kept);
        tried.add(candidate);
        try {
          new OpeningHours(tried);
          kept.add(candidate);
        } catch (InvalidValueException overlap) {
          // keep the slots that fit
        }
      }
      return new OpeningHours(kept);
    };
  }

  /**
   * Returns a generator of partial dates of every precision, from 1950 to 2035.
   *
   * @return the generator, not null
   */
  public static Gen<PartialDate> partialDates() {
    Gen<Integer> years = Generate.range(1950, 2035);
    Gen<PartialDate> byYear = years.map(PartialDate::ofYear);
    Gen<PartialDate> bySeason = years.zip(Generate.enumValues(Season.class), PartialDate::ofSeason);
    Gen<PartialDate> byMonth =
        years.zip(Generate.range(1, 12), (y, m) -> PartialDate.of(java.time.YearMonth.of(y, m)));
    Gen<PartialDate> byDay =
        Generate.range(
                (int) LocalDate.of(1950, 1, 1).toEpochDay(),
                (int) LocalDate.of(2035, 12, 31).toEpochDay())
            .map(d -> PartialDate.of(LocalDate.ofEpochDay(d)));
    return Generate.oneOf(byYear, bySeason, byMonth, byDay);
  }

  /**
   * Returns a generator of labels (free French texts).
   *
   * @return the generator, not null
   */
  public static Gen<String> labels() {
    return Generate.pick(LABELS);
  }

  /**
   * Returns a generator of pedagogies, {@code OTHER} ones with a label.
   *
   * @return the generator, not null
   */
  public static Gen<Pedagogy> pedagogies() {
    return Generate.enumValues(PedagogicalApproach.class)
        .zip(
            labels().toOptionals(60),
            Generate.booleans(),
            (a, l, inspired) ->
                new Pedagogy(
                    a, a == PedagogicalApproach.OTHER && l.isEmpty() ? label() : l, inspired));
  }

  /**
   * Returns a generator of commitments, {@code OTHER} ones with a label.
   *
   * @return the generator, not null
   */
  public static Gen<Commitment> commitments() {
    return Generate.enumValues(CommitmentKind.class)
        .zip(
            labels().toOptionals(70),
            (k, l) -> new Commitment(k, k == CommitmentKind.OTHER && l.isEmpty() ? label() : l));
  }

  /**
   * Returns a generator of funding modes.
   *
   * @return the generator, not null
   */
  public static Gen<Funding> fundings() {
    return Generate.enumValues(FundingMode.class)
        .zip(
            labels().toOptionals(70),
            (m, l) -> new Funding(m, m == FundingMode.OTHER && l.isEmpty() ? label() : l));
  }

  /**
   * Returns a generator of recyclerie activities.
   *
   * @return the generator, not null
   */
  public static Gen<RecyclerieActivity> recyclerieActivities() {
    return Generate.enumValues(RecyclerieActivityKind.class)
        .zip(
            labels().toOptionals(70),
            (k, l) ->
                new RecyclerieActivity(
                    k, k == RecyclerieActivityKind.OTHER && l.isEmpty() ? label() : l));
  }

  /**
   * Returns a generator of agréments of 1 to 6 children.
   *
   * @return the generator, not null
   */
  public static Gen<Agrement> agrements() {
    Gen<Optional<LocalDate>> dates =
        Generate.range(
                (int) LocalDate.of(2000, 1, 1).toEpochDay(),
                (int) LocalDate.of(2030, 12, 31).toEpochDay())
            .map(d -> LocalDate.ofEpochDay(d))
            .toOptionals(20);
    return Generate.range(Agrement.MIN_CHILDREN, Agrement.MAX_CHILDREN)
        .zip(dates, labels().toOptionals(80), Agrement::new);
  }

  /**
   * Returns a generator of structures of every kind.
   *
   * @return the generator, not null
   */
  public static Gen<Structure> structures() {
    return Generate.enumValues(StructureKind.class).flatMap(StructureGenerators::structures);
  }

  /**
   * Returns a generator of structures of one kind.
   *
   * @param kind the kind, not null
   * @return the generator, not null
   */
  public static Gen<Structure> structures(StructureKind kind) {
    return rs -> structure(kind, rs);
  }

  // ---------------------------------------------------------------------------------------------

  private static Structure structure(StructureKind kind, RandomnessSource rs) {
    Optional<OpeningHours> hours = openingHours().toOptionals(40).generate(rs);
    Set<Commitment> commitments = setOf(commitments(), 4, rs);
    Optional<PartialDate> opened = partialDates().toOptionals(40).generate(rs);
    Optional<Capacity> capacity = capacities().toOptionals(30).generate(rs);
    Optional<AgeRange> ages = ageRanges().toOptionals(30).generate(rs);
    Set<Pedagogy> pedagogies = setOf(pedagogies(), 3, rs);
    Set<Mandate> mandates = enumSubset(Mandate.class, rs);
    Set<HostedPublic> publics = enumSubset(HostedPublic.class, rs);
    return switch (kind) {
      case CRECHE_COLLECTIVE -> {
        E e = eaje(rs);
        yield new CrecheCollective(
            e.capacity,
            e.ages,
            e.management,
            e.funding,
            e.pedagogies,
            e.inclusiveCare,
            e.hours,
            e.commitments,
            e.opened,
            e.ratioOption,
            e.largestUnit,
            e.authorisationRequested,
            e.veryDenseZone);
      }
      case HALTE_GARDERIE -> {
        E e = eaje(rs);
        yield new HalteGarderie(
            e.capacity,
            e.ages,
            e.management,
            e.funding,
            e.pedagogies,
            e.inclusiveCare,
            e.hours,
            e.commitments,
            e.opened,
            e.ratioOption,
            e.largestUnit,
            e.authorisationRequested,
            e.veryDenseZone);
      }
      case MULTI_ACCUEIL -> {
        E e = eaje(rs);
        yield new MultiAccueil(
            e.capacity,
            e.ages,
            e.management,
            e.funding,
            e.pedagogies,
            e.inclusiveCare,
            e.hours,
            e.commitments,
            e.opened,
            e.ratioOption,
            e.largestUnit,
            e.authorisationRequested,
            e.veryDenseZone,
            modes(rs));
      }
      case MICRO_CRECHE -> {
        E e = eaje(rs);
        yield new MicroCreche(
            e.capacity,
            e.ages,
            e.management,
            e.funding,
            e.pedagogies,
            e.inclusiveCare,
            e.hours,
            e.commitments,
            e.opened,
            e.ratioOption,
            e.largestUnit,
            e.authorisationRequested,
            e.veryDenseZone);
      }
      case CRECHE_FAMILIALE -> {
        E e = eaje(rs);
        yield new CrecheFamiliale(
            e.capacity,
            e.ages,
            e.management,
            e.funding,
            e.pedagogies,
            e.inclusiveCare,
            e.hours,
            e.commitments,
            e.opened,
            e.ratioOption,
            e.largestUnit,
            e.authorisationRequested,
            e.veryDenseZone,
            Generate.range(1, 60).toOptionals(50).generate(rs));
      }
      case JARDIN_D_ENFANTS -> {
        E e = eaje(rs);
        yield new JardinDEnfants(
            e.capacity,
            e.ages,
            e.management,
            e.funding,
            e.pedagogies,
            e.inclusiveCare,
            e.hours,
            e.commitments,
            e.opened,
            e.ratioOption,
            e.largestUnit,
            e.authorisationRequested,
            e.veryDenseZone);
      }
      case CRECHE_ITINERANTE -> {
        E e = eaje(rs);
        yield new CrecheItinerante(
            e.capacity,
            e.ages,
            e.management,
            e.funding,
            e.pedagogies,
            e.inclusiveCare,
            e.hours,
            e.commitments,
            e.opened,
            e.ratioOption,
            e.largestUnit,
            e.authorisationRequested,
            e.veryDenseZone,
            stops(rs));
      }
      case MAISON_ASSISTANTS_MATERNELS ->
          MaisonAssistantsMaternelsBuilder.builder()
              .assistants(assistants(rs))
              .ages(ages)
              .pedagogies(pedagogies)
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case LIEU_ACCUEIL_ENFANTS_PARENTS ->
          LieuAccueilEnfantsParentsBuilder.builder()
              .ages(ages)
              .pedagogies(pedagogies)
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case RELAIS_PETITE_ENFANCE ->
          RelaisPetiteEnfanceBuilder.builder()
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case ESPACE_DE_RENCONTRE ->
          EspaceDeRencontreBuilder.builder()
              .mandates(mandates)
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case MEDIATION_FAMILIALE ->
          MediationFamilialeBuilder.builder()
              .mandates(mandates)
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case CENTRE_SOCIAL ->
          CentreSocialBuilder.builder()
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case MAISON_PARENTALE ->
          MaisonParentaleBuilder.builder()
              .capacity(capacity)
              .ages(ages)
              .publics(publics)
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case RESIDENCE_MATERNELLE ->
          ResidenceMaternelleBuilder.builder()
              .capacity(capacity)
              .ages(ages)
              .publics(publics)
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case CENTRE_PARENTAL ->
          CentreParentalBuilder.builder()
              .capacity(capacity)
              .ages(ages)
              .publics(publics)
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case AEMO ->
          AemoBuilder.builder()
              .capacity(capacity)
              .ages(ages)
              .mandates(mandates)
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case PLACEMENT_FAMILIAL ->
          PlacementFamilialBuilder.builder()
              .capacity(capacity)
              .ages(ages)
              .mandates(mandates)
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case CENTRE_EDUCATIF_RENFORCE ->
          CentreEducatifRenforceBuilder.builder()
              .capacity(capacity)
              .ages(ages)
              .mandates(mandates)
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
      case RECYCLERIE_PETITE_ENFANCE ->
          RecycleriePetiteEnfanceBuilder.builder()
              .activities(setOf(recyclerieActivities(), 5, rs))
              .openingHours(hours)
              .commitments(commitments)
              .opened(opened)
              .build();
    };
  }

  /** The attributes shared by every EAJE, generated together. */
  private record E(
      Optional<Capacity> capacity,
      Optional<AgeRange> ages,
      Optional<Management> management,
      Optional<Funding> funding,
      Set<Pedagogy> pedagogies,
      Optional<InclusiveCare> inclusiveCare,
      Optional<OpeningHours> hours,
      Set<Commitment> commitments,
      Optional<PartialDate> opened,
      Optional<RatioOption> ratioOption,
      Optional<Capacity> largestUnit,
      Optional<LocalDate> authorisationRequested,
      Optional<Boolean> veryDenseZone) {}

  private static E eaje(RandomnessSource rs) {
    Optional<Capacity> capacity = capacities().toOptionals(20).generate(rs);
    Optional<InclusiveCare> inclusive =
        Generate.range(1, capacity.map(Capacity::places).orElse(10))
            .toOptionals(50)
            .zip(labels().toOptionals(70), InclusiveCare::new)
            .toOptionals(50)
            .generate(rs);
    return new E(
        capacity,
        ageRanges().toOptionals(30).generate(rs),
        Generate.enumValues(Management.class).toOptionals(30).generate(rs),
        fundings().toOptionals(30).generate(rs),
        setOf(pedagogies(), 3, rs),
        inclusive,
        openingHours().toOptionals(40).generate(rs),
        setOf(commitments(), 4, rs),
        partialDates().toOptionals(40).generate(rs),
        Generate.enumValues(RatioOption.class).toOptionals(50).generate(rs),
        Generate.range(1, capacity.map(Capacity::places).orElse(100))
            .map(Capacity::of)
            .toOptionals(60)
            .generate(rs),
        Generate.range(0, 365 * 30)
            .map(d -> LocalDate.of(2000, 1, 1).plusDays(d))
            .toOptionals(50)
            .generate(rs),
        SourceDSL.booleans().all().toOptionals(50).generate(rs));
  }

  private static Set<CareMode> modes(RandomnessSource rs) {
    Set<CareMode> modes = enumSubset(CareMode.class, rs);
    boolean combined =
        modes.containsAll(EnumSet.of(CareMode.COLLECTIVE, CareMode.FAMILIAL))
            || modes.containsAll(EnumSet.of(CareMode.REGULAR, CareMode.OCCASIONAL));
    if (!modes.isEmpty() && !combined) {
      modes.add(CareMode.REGULAR);
      modes.add(CareMode.OCCASIONAL);
    }
    return modes;
  }

  private static List<ItineraryStop> stops(RandomnessSource rs) {
    List<String> places = new ArrayList<>(PLACES);
    int n = Generate.range(0, places.size()).generate(rs);
    List<ItineraryStop> stops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String place = places.remove((int) (long) Generate.range(0, places.size() - 1).generate(rs));
      stops.add(new ItineraryStop(place, enumSubset(DayOfWeek.class, rs)));
    }
    return stops;
  }

  private static List<AssistantMaternel> assistants(RandomnessSource rs) {
    int n = Generate.range(1, 6).generate(rs);
    List<AssistantMaternel> all = new ArrayList<>();
    Gen<Optional<String>> names =
        Generate.pick(List.of("Anne", "Karima", "Sophie", "Marc", "Léa")).toOptionals(50);
    for (int i = 0; i < n; i++) {
      all.add(new AssistantMaternel(names.generate(rs), agrements().generate(rs)));
    }
    return all;
  }

  private static <T> Set<T> setOf(Gen<T> values, int max, RandomnessSource rs) {
    int n = Generate.range(0, max).generate(rs);
    Set<T> set = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      set.add(values.generate(rs));
    }
    return set;
  }

  private static <E extends Enum<E>> Set<E> enumSubset(Class<E> type, RandomnessSource rs) {
    Set<E> set = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (Generate.booleans().generate(rs)) {
        set.add(e);
      }
    }
    return set;
  }

  private static Optional<String> label() {
    return Optional.of(LABELS.get(0));
  }
}
