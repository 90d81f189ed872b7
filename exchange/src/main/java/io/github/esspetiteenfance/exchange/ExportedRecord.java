package io.github.esspetiteenfance.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The documents one establishment gives in one format, with the gaps of its export.
 *
 * <p>This record is immutable (its nodes are not copied) and thread-safe if its nodes are not
 * modified.
 *
 * @param format the format, not null
 * @param key the establishment's natural key ({@code siret-<SIRET>}, or its operator's and its own
 *     names as a slug), which every identifier of the documents is derived from, not blank
 * @param establishment the establishment's name, not blank
 * @param documents the documents by collection ({@code structures} and {@code services} for
 *     data·inclusion, {@code services} for HSDS, {@code documents} for schema.org), in order, not
 *     null; the caller must not modify the nodes
 * @param gaps the fields that could not be filled or carried over, not null
 */
public record ExportedRecord(
    ExchangeFormat format,
    String key,
    String establishment,
    Map<String, List<ObjectNode>> documents,
    List<Gap> gaps) {

  /** Creates a record; copies the map, the lists and the gaps. */
  public ExportedRecord {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(establishment, "establishment");
    Map<String, List<ObjectNode>> copy = new LinkedHashMap<>();
    documents.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    documents = java.util.Collections.unmodifiableMap(copy);
    gaps = List.copyOf(gaps);
  }

  /**
   * Returns the documents of a collection.
   *
   * @param collection the collection's name, not null
   * @return the documents, empty if none, not null
   */
  public List<ObjectNode> documents(String collection) {
    return documents.getOrDefault(collection, List.of());
  }
}
