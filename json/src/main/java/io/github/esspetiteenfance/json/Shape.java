package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.esspetiteenfance.EssPetiteEnfanceException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The expected JSON shape of a Java type, used to check a whole document and report every problem
 * before binding it. Instances are immutable once built and thread-safe.
 */
abstract class Shape {

  final JavaType type;

  Shape(JavaType type) {
    this.type = type;
  }

  /** Checks a (non-null) node, reporting every problem found into the walk. */
  abstract void walk(JsonNode node, Walk walk, JsonPath path);

  /**
   * Finds the domain rules broken inside a structurally valid node, bottom-up: binds each object
   * whose children bind, and reports the core exception of each that does not.
   *
   * @return true if the node binds
   */
  boolean locate(JsonNode node, Locator locator, JsonPath path) {
    return true;
  }

  /** Binds nodes on behalf of {@link #locate}. */
  interface Locator {
    /** Binds a node, reporting the domain problem if it fails; returns true if it binds. */
    boolean bind(JsonNode node, Shape shape, JsonPath path);
  }

  static void wrongType(Walk walk, JsonPath path, JsonNode node, String expected) {
    walk.report(path, JsonErrorCode.WRONG_TYPE, node, expected);
  }

  /** Returns the first core exception in a cause chain, or null. */
  static EssPetiteEnfanceException domainCause(Throwable t) {
    Set<Throwable> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
      if (c instanceof EssPetiteEnfanceException e) {
        return e;
      }
    }
    return null;
  }

  /** Returns the root cause of a throwable. */
  static Throwable rootCause(Throwable t) {
    Throwable c = t;
    Set<Throwable> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    while (c.getCause() != null && seen.add(c)) {
      c = c.getCause();
    }
    return c;
  }

  /** A JSON string holding any text. */
  static final class Text extends Shape {
    Text(JavaType type) {
      super(type);
    }

    @Override
    void walk(JsonNode node, Walk walk, JsonPath path) {
      if (!node.isTextual()) {
        wrongType(walk, path, node, "string");
      }
    }
  }

  /** A JSON string in a fixed format, parsed into a JDK value (a date...). */
  static final class Formatted extends Shape {
    final String format;
    private final Function<String, ?> parser;

    /** The parser returns null for a text it refuses. */
    Formatted(JavaType type, String format, Function<String, ?> parser) {
      super(type);
      this.format = format;
      this.parser = parser;
    }

    @Override
    void walk(JsonNode node, Walk walk, JsonPath path) {
      if (!node.isTextual()) {
        wrongType(walk, path, node, "string");
      } else if (parser.apply(node.textValue()) == null) {
        walk.report(path, JsonErrorCode.INVALID_FORMAT, node, format);
      }
    }
  }

  /** A JSON string holding the canonical text of an identifier or code of the model. */
  static final class Identifier extends Shape {
    final TextCodec codec;

    Identifier(JavaType type, TextCodec codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    void walk(JsonNode node, Walk walk, JsonPath path) {
      if (!node.isTextual()) {
        wrongType(walk, path, node, "string");
        return;
      }
      check(node, walk, path);
    }

    /** Checks a text node (a value or a map key). */
    void check(JsonNode node, Walk walk, JsonPath path) {
      String text = node.textValue();
      Object value;
      try {
        value = codec.parse().apply(text);
      } catch (EssPetiteEnfanceException e) {
        walk.report(path, e);
        return;
      } catch (RuntimeException e) {
        walk.report(path, JsonErrorCode.REJECTED_VALUE, node, String.valueOf(e.getMessage()));
        return;
      }
      if (!type.getRawClass().isInstance(value)) {
        walk.report(
            path,
            JsonErrorCode.REJECTED_VALUE,
            node,
            "not a " + type.getRawClass().getSimpleName());
        return;
      }
      String canonical = codec.canonical().apply(value);
      if (!canonical.equals(text)) {
        walk.report(path, JsonErrorCode.NOT_CANONICAL, node, canonical);
      }
    }
  }

  /** A JSON boolean. */
  static final class Bool extends Shape {
    Bool(JavaType type) {
      super(type);
    }

    @Override
    void walk(JsonNode node, Walk walk, JsonPath path) {
      if (!node.isBoolean()) {
        wrongType(walk, path, node, "boolean");
      }
    }
  }

  /** A JSON integer within the range of its Java type. */
  static final class Integral extends Shape {
    final BigInteger min;
    final BigInteger max;
    private final boolean coversInt;

    Integral(JavaType type, BigInteger min, BigInteger max) {
      super(type);
      this.min = min;
      this.max = max;
      this.coversInt =
          min == null
              || (min.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) <= 0
                  && max.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) >= 0);
    }

    @Override
    void walk(JsonNode node, Walk walk, JsonPath path) {
      if (!node.isIntegralNumber()) {
        wrongType(walk, path, node, "integer");
        return;
      }
      if (min == null || (node.isInt() && coversInt)) {
        return;
      }
      BigInteger value = node.bigIntegerValue();
      if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
        walk.report(path, JsonErrorCode.OUT_OF_RANGE, node, "[" + min + ", " + max + "]");
      }
    }
  }

  /** A JSON number, read as an exact decimal. */
  static final class Decimal extends Shape {
    Decimal(JavaType type) {
      super(type);
    }

    @Override
    void walk(JsonNode node, Walk walk, JsonPath path) {
      if (!node.isNumber()) {
        wrongType(walk, path, node, "number");
        return;
      }
      if (node.isBigDecimal() && Math.abs(node.decimalValue().scale()) > walk.maxDecimalScale) {
        walk.report(path, JsonErrorCode.OUT_OF_RANGE, node, "|scale| <= " + walk.maxDecimalScale);
      }
    }
  }

  /** A JSON string holding the code of an enum constant. */
  static final class EnumCode extends Shape {
    final Map<String, Object> constants;
    private final String allowed;

    EnumCode(JavaType type, Map<String, Object> constants) {
      super(type);
      this.constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
      this.allowed = allowed(constants.keySet());
    }

    @Override
    void walk(JsonNode node, Walk walk, JsonPath path) {
      if (!node.isTextual()) {
        wrongType(walk, path, node, "string");
        return;
      }
      check(node, walk, path);
    }

    void check(JsonNode node, Walk walk, JsonPath path) {
      if (!constants.containsKey(node.textValue())) {
        walk.report(path, JsonErrorCode.UNKNOWN_CODE, node, allowed);
      }
    }
  }

  /** A JSON array; without duplicates when it stands for a set. */
  static class Array extends Shape {
    final Shape element;
    final boolean unique;

    Array(JavaType type, Shape element, boolean unique) {
      super(type);
      this.element = element;
      this.unique = unique;
    }

    @Override
    void walk(JsonNode node, Walk walk, JsonPath path) {
      if (!node.isArray()) {
        wrongType(walk, path, node, "array");
        return;
      }
      Set<JsonNode> seen = unique ? new HashSet<>() : null;
      for (int i = 0; i < node.size() && !walk.isFull(); i++) {
        JsonNode child = node.get(i);
        if (child.isNull()) {
          walk.report(path.index(i), JsonErrorCode.NULL_VALUE, child);
          continue;
        }
        element.walk(child, walk, path.index(i));
        if (unique && !seen.add(child)) {
          walk.report(path.index(i), JsonErrorCode.DUPLICATE_ELEMENT, child);
        }
      }
    }

    @Override
    boolean locate(JsonNode node, Locator locator, JsonPath path) {
      boolean ok = true;
      for (int i = 0; i < node.size(); i++) {
        ok &= element.locate(node.get(i), locator, path.index(i));
      }
      return ok;
    }
  }

  /** A timeline: an array of dated values whose periods must not overlap. */
  static final class TimelineArray extends Array {
    TimelineArray(JavaType type, Shape element) {
      super(type, element, false);
    }

    @Override
    boolean locate(JsonNode node, Locator locator, JsonPath path) {
      return super.locate(node, locator, path) && locator.bind(node, this, path);
    }
  }

  /** A JSON object used as a map, whose keys are text, codes or identifiers. */
  static final class MapObject extends Shape {
    final Shape key;
    final Shape value;

    MapObject(JavaType type, Shape key, Shape value) {
      super(type);
      this.key = key;
      this.value = value;
    }

    @Override
    void walk(JsonNode node, Walk walk, JsonPath path) {
      if (!node.isObject()) {
        wrongType(walk, path, node, "object");
        return;
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (walk.isFull()) {
          return;
        }
        JsonPath at = path.property(e.getKey());
        if (key instanceof Identifier id) {
          id.check(TextNode.valueOf(e.getKey()), walk, at);
        } else if (key instanceof EnumCode code) {
          code.check(TextNode.valueOf(e.getKey()), walk, at);
        }
        if (e.getValue().isNull()) {
          walk.report(at, JsonErrorCode.NULL_VALUE, e.getValue());
        } else {
          value.walk(e.getValue(), walk, at);
        }
      }
    }

    @Override
    boolean locate(JsonNode node, Locator locator, JsonPath path) {
      boolean ok = true;
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        ok &= value.locate(e.getValue(), locator, path.property(e.getKey()));
      }
      return ok;
    }
  }

  /** A property of a record. */
  record Property(String name, Shape shape, boolean required) {}

  /** A record: a JSON object with a fixed set of properties, and its "type" if it has one. */
  static final class RecordObject extends Shape {
    final String typeName;
    final Map<String, Property> properties = new LinkedHashMap<>();
    private final List<Property> required = new ArrayList<>();

    RecordObject(JavaType type, String typeName) {
      super(type);
      this.typeName = typeName;
    }

    void add(Property property) {
      properties.put(property.name(), property);
      if (property.required()) {
        required.add(property);
      }
    }

    @Override
    void walk(JsonNode node, Walk walk, JsonPath path) {
      if (!node.isObject()) {
        wrongType(walk, path, node, "object");
        return;
      }
      if (typeName != null) {
        JsonNode id = node.get(JsonModel.TYPE_PROPERTY);
        if (id == null) {
          walk.report(path, JsonErrorCode.MISSING_TYPE, null, typeName);
        } else if (!id.isTextual() || !typeName.equals(id.textValue())) {
          walk.report(
              path.property(JsonModel.TYPE_PROPERTY), JsonErrorCode.UNKNOWN_TYPE, id, typeName);
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (walk.isFull()) {
          return;
        }
        String name = e.getKey();
        Property p = properties.get(name);
        if (p == null) {
          if (!walk.ignoreUnknownProperties
              && !(typeName != null && JsonModel.TYPE_PROPERTY.equals(name))) {
            walk.report(path.property(name), JsonErrorCode.UNKNOWN_PROPERTY, e.getValue(), name);
          }
        } else if (e.getValue().isNull()) {
          walk.report(path.property(name), JsonErrorCode.NULL_VALUE, e.getValue());
        } else {
          p.shape().walk(e.getValue(), walk, path.property(name));
        }
      }
      for (Property p : required) {
        if (node.get(p.name()) == null) {
          walk.report(path.property(p.name()), JsonErrorCode.MISSING_PROPERTY, null, p.name());
        }
      }
    }

    @Override
    boolean locate(JsonNode node, Locator locator, JsonPath path) {
      boolean ok = true;
      for (Property p : properties.values()) {
        JsonNode child = node.get(p.name());
        if (child != null) {
          ok &= p.shape().locate(child, locator, path.property(p.name()));
        }
      }
      return ok && locator.bind(node, this, path);
    }
  }

  /** A polymorphic interface: a JSON object whose "type" names the record it is. */
  static final class Polymorphic extends Shape {
    final Map<String, RecordObject> subtypes = new LinkedHashMap<>();
    private String allowed = "";

    Polymorphic(JavaType type) {
      super(type);
    }

    void add(String name, RecordObject subtype) {
      subtypes.put(name, subtype);
      allowed = allowed(subtypes.keySet());
    }

    @Override
    void walk(JsonNode node, Walk walk, JsonPath path) {
      if (!node.isObject()) {
        wrongType(walk, path, node, "object");
        return;
      }
      JsonNode id = node.get(JsonModel.TYPE_PROPERTY);
      if (id == null) {
        walk.report(path, JsonErrorCode.MISSING_TYPE, null, allowed);
        return;
      }
      RecordObject subtype = id.isTextual() ? subtypes.get(id.textValue()) : null;
      if (subtype == null) {
        walk.report(
            path.property(JsonModel.TYPE_PROPERTY), JsonErrorCode.UNKNOWN_TYPE, id, allowed);
        return;
      }
      subtype.walk(node, walk, path);
    }

    @Override
    boolean locate(JsonNode node, Locator locator, JsonPath path) {
      return subtypes
          .get(node.get(JsonModel.TYPE_PROPERTY).textValue())
          .locate(node, locator, path);
    }
  }

  static String allowed(Set<String> values) {
    List<String> shown = new ArrayList<>();
    int i = 0;
    for (String v : values) {
      if (i++ == 30) {
        shown.add("...");
        break;
      }
      shown.add(v);
    }
    return String.join(", ", shown);
  }
}
