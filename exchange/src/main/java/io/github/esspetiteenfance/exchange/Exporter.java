package io.github.esspetiteenfance.exchange;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import io.github.esspetiteenfance.Messages;
import io.github.esspetiteenfance.establishment.Establishment;
import io.github.esspetiteenfance.json.EssJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one entry point for exporting a dataset: every establishment in one format, with the account
 * of what was exported, what could not be and why.
 *
 * <p>Files written under {@code outDir/<format code>/}: data·inclusion {@code structures.json} and
 * {@code services.json} (JSON arrays, as data·inclusion publishes them); HSDS {@code services.json}
 * (an array of full services); schema.org one {@code <key>.jsonld} per establishment; and for every
 * format {@code export-report.json}, the account, in the language of the options ({@link
 * #account(ExportReport, Locale)}). Output is UTF-8, pretty-printed and stable: two exports of the
 * same dataset on the same date give the same bytes.
 */
public final class Exporter {

  private Exporter() {}

  /**
   * Exports establishments in memory.
   *
   * @param establishments the establishments, not null
   * @param format the format, not null
   * @param options the options, not null
   * @return the account, with every exported record, no files, not null
   */
  public static ExportReport export(
      List<Establishment> establishments, ExchangeFormat format, ExportOptions options) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    List<ExportedRecord> exported = new ArrayList<>();
    List<ExportReport.NotExported> notExported = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Establishment e : establishments) {
      String key = Keys.of(e);
      if (!keys.add(key)) {
        notExported.add(
            new ExportReport.NotExported(
                e.name(),
                key,
                new ExchangeException(ExchangeErrorCode.DUPLICATE_KEY, "key", e.name(), key)));
        continue;
      }
      try {
        exported.add(exportOne(e, format, options));
      } catch (EssPetiteEnfanceException ex) {
        notExported.add(new ExportReport.NotExported(e.name(), key, ex));
      }
    }
    return new ExportReport(format, exported, notExported, List.of());
  }

  /**
   * Exports establishments and writes the files under {@code outDir/<format code>/}, dated today.
   *
   * @param establishments the establishments, not null
   * @param format the format, not null
   * @param outDir the output directory, created if needed, not null
   * @return the account, with the files written, not null
   * @throws ExchangeException with code {@code exchange.write.failed} if a file cannot be written
   */
  public static ExportReport export(
      List<Establishment> establishments, ExchangeFormat format, Path outDir) {
    return export(establishments, format, outDir, ExportOptions.asOf(LocalDate.now()));
  }

  /**
   * Exports establishments and writes the files under {@code outDir/<format code>/}.
   *
   * @param establishments the establishments, not null
   * @param format the format, not null
   * @param outDir the output directory, created if needed, not null
   * @param options the options, not null
   * @return the account, with the files written, not null
   * @throws ExchangeException with code {@code exchange.write.failed} if a file cannot be written
   */
  public static ExportReport export(
      List<Establishment> establishments,
      ExchangeFormat format,
      Path outDir,
      ExportOptions options) {
    ExportReport report = export(establishments, format, options);
    Path dir = outDir.resolve(format.code());
    List<Path> files = new ArrayList<>();
    if (format == ExchangeFormat.SCHEMA_ORG) {
      for (ExportedRecord r : report.exported()) {
        for (ObjectNode d : r.documents(SchemaOrg.DOCUMENTS)) {
          files.add(write(dir.resolve(r.key() + ".jsonld"), d));
        }
      }
    } else {
      collections(report.exported())
          .forEach((name, docs) -> files.add(write(dir.resolve(name + ".json"), docs)));
    }
    files.add(write(dir.resolve("export-report.json"), account(report, options.language())));
    return new ExportReport(format, report.exported(), report.notExported(), files);
  }

  /**
   * Returns the documents of records merged by collection, in order.
   *
   * @param records the records, not null
   * @return the arrays by collection name, not null
   */
  public static Map<String, ArrayNode> collections(List<ExportedRecord> records) {
    Map<String, ArrayNode> all = new LinkedHashMap<>();
    for (ExportedRecord r : records) {
      r.documents()
          .forEach(
              (name, docs) ->
                  docs.forEach(d -> all.computeIfAbsent(name, n -> Json.NODES.arrayNode()).add(d)));
    }
    return all;
  }

  /**
   * Returns the account of an export as JSON in a language: per establishment its key, name and
   * gaps (field, kind, stable code, message), then the establishments not exported (key, name,
   * stable code, message). Machines read the codes; the messages are for people.
   *
   * @param report the report, not null
   * @param locale the language of the messages; French for {@code fr}, English otherwise; not null
   * @return the JSON account, not null
   */
  public static ObjectNode account(ExportReport report, Locale locale) {
    Locale language = Messages.supportedLanguage(locale);
    ObjectNode a = Json.object();
    a.put("format", report.format().code());
    a.put("language", language.getLanguage());
    a.put("summary", report.message(language));
    a.put("exportedCount", report.exported().size());
    a.put("notExportedCount", report.notExported().size());
    ArrayNode exported = a.putArray("exported");
    for (ExportedRecord r : report.exported()) {
      ObjectNode e = exported.addObject();
      e.put("key", r.key());
      e.put("establishment", r.establishment());
      ArrayNode gaps = e.putArray("gaps");
      for (Gap g : r.gaps()) {
        ObjectNode n = gaps.addObject();
        n.put("field", g.field());
        n.put("kind", g.kind().name());
        n.put("code", g.code().code());
        n.put("message", g.message(language));
      }
    }
    ArrayNode not = a.putArray("notExported");
    for (ExportReport.NotExported n : report.notExported()) {
      ObjectNode e = not.addObject();
      e.put("key", n.key());
      e.put("establishment", n.establishment());
      e.put("code", n.code());
      e.put("message", n.message(language));
    }
    return a;
  }

  static ExportedRecord exportOne(Establishment e, ExchangeFormat format, ExportOptions options) {
    return switch (format) {
      case DATA_INCLUSION -> DataInclusion.export(e, options);
      case HSDS -> Hsds.export(e, options);
      case SCHEMA_ORG -> SchemaOrg.export(e, options);
    };
  }

  private static Path write(Path file, Object tree) {
    ObjectWriter writer = EssJson.mapper().writerWithDefaultPrettyPrinter();
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, writer.writeValueAsString(tree) + "\n");
      return file;
    } catch (IOException ex) {
      throw new ExchangeException(
          ExchangeErrorCode.WRITE_FAILED, "outDir", file, ex, String.valueOf(ex.getMessage()));
    }
  }
}
