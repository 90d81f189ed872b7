package io.github.esspetiteenfance.benchmarks;

import java.math.BigDecimal;
import java.util.List;

/**
 * The same JSON as an {@code Establishment}, bound into simple records with no validation at all:
 * strings for identifiers, codes and dates, no invariants, no Bean Validation. The baseline of the
 * benchmark.
 */
record PlainEstablishment(
    String siret,
    String name,
    PlainEstablishment.Organization operator,
    PlainEstablishment.Structure structure,
    List<Site> sites,
    Jobs jobs,
    List<Milestone> history,
    List<Partner> partners,
    String description) {

  record Organization(
      String name,
      String siren,
      String rna,
      LegalForm legalForm,
      String declaredStatus,
      Esus esusAgrement,
      List<String> statuses,
      List<Membership> memberships,
      Origin origin,
      String activity,
      String employer,
      List<String> territories) {}

  record LegalForm(
      String type, String code, String family, String wording, String confidence, String source) {}

  record Esus(String granted, String expiry, LegalBasis expiryRule) {}

  record LegalBasis(
      String text, String article, Period validity, String confidence, String source) {}

  record Period(String start, String end) {}

  record Membership(String network, String role, String since) {}

  record Origin(String kind, Integer year, List<String> predecessors, String note) {}

  record Structure(
      String type,
      Capacity capacity,
      Ages ages,
      String management,
      Funding funding,
      List<Pedagogy> pedagogies,
      InclusiveCare inclusiveCare,
      OpeningHours openingHours,
      List<Labelled> commitments,
      PartialDate opened,
      List<String> modes,
      Integer assistantsMaternels,
      List<Stop> stops,
      List<Assistant> assistants,
      List<String> mandates,
      List<String> publics,
      List<Labelled> activities) {}

  record Capacity(int places) {}

  record Ages(int minMonths, int maxMonths) {}

  record Funding(String mode, String label) {}

  record Pedagogy(String approach, String label, Boolean inspirationOnly) {}

  record InclusiveCare(Integer places, String details) {}

  record OpeningHours(List<Slot> slots) {}

  record Slot(List<String> days, String opens, String closes) {}

  record Labelled(String kind, String label) {}

  record PartialDate(int year, String season, String month, Integer day) {}

  record Stop(String place, List<String> days) {}

  record Assistant(String name, Agrement agrement) {}

  record Agrement(int children, String grantedOn, String details) {}

  record Site(String name, Location location, String address) {}

  record Location(String commune, List<String> departements) {}

  record Jobs(int year, Integer headcount, BigDecimal fte, String band) {}

  record Milestone(String kind, PartialDate date, String description) {}

  record Partner(String name, String role, String details) {}
}
