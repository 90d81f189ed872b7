package io.github.esspetiteenfance.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that a schema.org document is valid JSON-LD 1.1 (Titanium expands it without error, with
 * the bundled context standing for {@code https://schema.org}) and that every term expands to a
 * schema.org IRI of the vocabulary list (test resource {@code schema-org/schema-org-terms.txt}).
 */
final class JsonLdCheck {

  static final String SCHEMA = "https://schema.org/";

  static final Set<String> TERMS = terms();

  /** Serves the bundled context for {@code https://schema.org}; refuses any other URL (offline). */
  static final DocumentLoader OFFLINE =
      (URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options) -> {
        String u = url.toString();
        if (!u.equals("https://schema.org") && !u.equals("https://schema.org/")) {
          throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + u);
        }
        InputStream in = SchemaOrg.class.getResourceAsStream(SchemaOrg.CONTEXT_RESOURCE);
        JsonDocument d = JsonDocument.of(in);
        d.setDocumentUrl(url);
        return d;
      };

  private JsonLdCheck() {}

  private static Set<String> terms() {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                JsonLdCheck.class.getResourceAsStream("/schema-org/schema-org-terms.txt"),
                StandardCharsets.UTF_8))) {
      return r.lines().filter(l -> !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the expanded form of a document. */
  static JsonArray expand(JsonNode document) {
    try {
      return JsonLd.expand(JsonDocument.of(new StringReader(document.toString())))
          .loader(OFFLINE)
          .get();
    } catch (JsonLdError e) {
      throw new AssertionError("not valid JSON-LD: " + e.getMessage() + "\n" + document, e);
    }
  }

  /** Asserts the document is valid JSON-LD whose every term expands to a schema.org IRI. */
  static void assertSchemaOrg(JsonNode document) {
    JsonArray expanded = expand(document);
    assertThat(expanded).as("expanded %s", document).hasSize(1);
    Set<String> expandedTerms = new HashSet<>();
    walk(expanded, expandedTerms);
    Set<String> compactTerms = new HashSet<>();
    compactTerms(document, compactTerms);
    assertThat(expandedTerms).as("no term dropped by the expansion").containsAll(compactTerms);
  }

  private static void walk(JsonValue value, Set<String> seen) {
    if (value instanceof JsonArray array) {
      array.forEach(v -> walk(v, seen));
    } else if (value instanceof JsonObject object) {
      for (var e : object.entrySet()) {
        String key = e.getKey();
        if (key.equals("@type")) {
          for (JsonValue t : e.getValue().asJsonArray()) {
            assertSchemaOrgIri(((JsonString) t).getString(), "@type");
          }
        } else if (key.equals("@id")) {
          String id = ((JsonString) e.getValue()).getString();
          if (id.startsWith("http")) {
            assertSchemaOrgIri(id, "@id");
          } else {
            assertThat(id).startsWith("urn:uuid:");
          }
        } else if (key.startsWith("@")) {
          assertThat(key).isIn("@value", "@list");
        } else {
          assertSchemaOrgIri(key, "property");
          seen.add(key.substring(SCHEMA.length()));
          walk(e.getValue(), seen);
        }
      }
    }
  }

  private static void assertSchemaOrgIri(String iri, String what) {
    assertThat(iri).as(what).startsWith(SCHEMA);
    assertThat(TERMS)
        .as("%s %s in the schema.org vocabulary", what, iri)
        .contains(iri.substring(SCHEMA.length()));
  }

  private static void compactTerms(JsonNode node, Set<String> terms) {
    if (node.isArray()) {
      node.forEach(n -> compactTerms(n, terms));
    } else if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!name.startsWith("@")) {
          terms.add(name);
          compactTerms(node.get(name), terms);
        }
      }
    }
  }
}
