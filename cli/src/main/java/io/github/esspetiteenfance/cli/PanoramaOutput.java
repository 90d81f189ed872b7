package io.github.esspetiteenfance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.esspetiteenfance.indicator.Indicator;
import io.github.esspetiteenfance.indicator.SecrecyRule;
import io.github.esspetiteenfance.indicator.Sector;
import io.github.esspetiteenfance.opendata.RowAccounting;
import io.github.esspetiteenfance.opendata.published.Comparison;
import io.github.esspetiteenfance.organization.PerimeterDefinition;
import io.github.esspetiteenfance.territory.Territory;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a panorama as a table for readers, as CSV or as JSON. */
final class PanoramaOutput {

  /** The indicators of one territory and sector. */
  record Section(Territory territory, Sector sector, List<Indicator> indicators) {}

  private final CliTexts texts;
  private final Locale locale;

  PanoramaOutput(CliTexts texts, Locale locale) {
    this.texts = texts;
    this.locale = locale;
  }

  /**
   * The label of an indicator without its territory, such as "ESS parmi toutes (établissements)".
   */
  String label(Indicator i) {
    String unit = i.measure().unit(locale);
    String who = i.population().familiesLabel(locale);
    String employers =
        i.population().employersOnly()
            ? ""
            : ("fr".equals(locale.getLanguage()) ? ", employeurs ou non" : ", employers or not");
    return i.base()
        .map(
            b ->
                who
                    + ("fr".equals(locale.getLanguage()) ? " parmi " : " among ")
                    + b.familiesLabel(locale)
                    + " ("
                    + unit
                    + employers
                    + ")")
        .orElse(who + " (" + unit + employers + ")");
  }

  void table(
      PrintStream out,
      String title,
      PerimeterDefinition perimeter,
      SecrecyRule rule,
      List<Section> sections,
      List<Comparison> comparisons) {
    String rule72 = "=".repeat(72);
    out.println(rule72);
    out.println(texts.get("table.title", title));
    out.println(
        texts.get(
            "table.perimeter",
            texts.get("table.perimeter." + perimeter.name()),
            texts.get(rule == SecrecyRule.NONE ? "table.secrecy.off" : "table.secrecy.on")));
    out.println(rule72);
    for (Section s : sections) {
      out.println();
      out.println(name(s.territory()) + " — " + texts.get("table.sector", s.sector()));
      out.println("-".repeat(72));
      for (Indicator i : s.indicators()) {
        out.println(String.format(Locale.ROOT, "  %-56s %s", label(i), i.shown().message(locale)));
      }
    }
    out.println();
    out.println(texts.get("table.comparisons"));
    out.println("-".repeat(72));
    if (comparisons.isEmpty()) {
      out.println("  " + texts.get("table.comparisons.none"));
    } else {
      long agree = comparisons.stream().filter(Comparison::agrees).count();
      out.println("  " + texts.get("table.agree", agree, comparisons.size() - agree));
      for (Comparison c : comparisons) {
        out.println("  - " + label(c.published()) + " — " + c.summary(locale));
        // publisher and dataset are names, shown as they are; the confidence is translated
        out.println(
            "    "
                + texts.get(
                    "table.source",
                    c.published().source().publisher(),
                    c.published().source().dataset(),
                    texts.get("confidence." + c.published().source().confidence())));
      }
    }
  }

  void csv(PrintStream out, List<Section> sections, List<Comparison> comparisons) {
    out.println(
        "territory_level,territory_code,territory_name,sector,measure,population,base,value,"
            + "secret");
    for (Section s : sections) {
      for (Indicator i : s.indicators()) {
        out.println(
            String.join(
                ",",
                s.territory().level().name(),
                cell(String.valueOf(s.territory().code())),
                cell(s.territory().name()),
                cell(s.sector().toString()),
                i.measure().name(),
                cell(i.population().toString()),
                cell(i.base().map(Object::toString).orElse("")),
                cell(i.isSecret() ? "" : i.value().toString()),
                Boolean.toString(i.isSecret())));
      }
    }
  }

  void json(
      PrintStream out,
      String title,
      PerimeterDefinition perimeter,
      List<Section> sections,
      List<Comparison> comparisons,
      List<RowAccounting> accountings) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("title", title);
    root.put("perimeter", perimeter.name());
    List<Object> acc = new ArrayList<>();
    for (RowAccounting a : accountings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", a.source());
      m.put("read", a.read());
      m.put("accepted", a.accepted());
      Map<String, Long> filtered = new LinkedHashMap<>();
      a.filtered().forEach((k, v) -> filtered.put(k.code(), v));
      m.put("filtered", filtered);
      m.put("rejected", a.rejectedByCode());
      acc.add(m);
    }
    root.put("accounting", acc);
    List<Object> secs = new ArrayList<>();
    for (Section s : sections) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("territory", territory(s.territory()));
      m.put("sector", s.sector().toString());
      List<Object> indicators = new ArrayList<>();
      for (Indicator i : s.indicators()) {
        indicators.add(indicator(i));
      }
      m.put("indicators", indicators);
      secs.add(m);
    }
    root.put("sections", secs);
    List<Object> comps = new ArrayList<>();
    for (Comparison c : comparisons) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("computed", indicator(c.computed()));
      m.put("published", indicator(c.published()));
      m.put("agrees", c.agrees());
      m.put("summary", c.summary(locale));
      comps.add(m);
    }
    root.put("comparisons", comps);
    try {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> indicator(Indicator i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("territory", territory(i.territory()));
    m.put("measure", i.measure().name());
    m.put("population", i.population().toString());
    i.base().ifPresent(b -> m.put("base", b.toString()));
    m.put("secret", i.isSecret());
    if (!i.isSecret()) {
      m.put("value", i.value().toString());
    }
    m.put("display", i.shown().message(locale));
    m.put("label", label(i));
    return m;
  }

  private static Map<String, Object> territory(Territory t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("level", t.level().name());
    m.put("code", String.valueOf(t.code()));
    m.put("name", t.name());
    return m;
  }

  private static String name(Territory t) {
    return t.toString();
  }

  /** A CSV cell: quoted when it holds a comma, a quote or a line break. */
  static String cell(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
